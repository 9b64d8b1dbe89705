internal import CGEOS

/// Filling a path into a region.
///
/// A fill rule is a statement about winding numbers, which GEOS does not know about, so the
/// region is built from the arrangement of the outline: GEOS nodes the flattened rings where they
/// cross (`GEOSUnaryUnion_r` of the linework) and cuts the plane into faces (`GEOSPolygonize_r`);
/// each face lies wholly inside or outside the fill, so one interior point per face
/// (`GEOSPointOnSurface_r`) and its winding number decide it; the chosen faces are united again.
/// Self-crossing outlines, overlapping subpaths and holes of either direction all come out as the
/// fill rule says, and the result is always valid.
extension Region {
    /// The area a fill of `path` under `fillRule` covers, with curves flattened within `tolerance`
    /// (every subpath is closed, as a fill closes it).
    public init(path: BezierPath, tolerance: Double = BezierPath.defaultFlatteningTolerance, fillRule: FillRule = .nonZero) throws(RegionError) {
        let rings = path.flattened(tolerance: tolerance)
            .map { Polyline($0.points, isClosed: true) }
            .filter { $0.points.count >= 3 }
        if rings.isEmpty {
            self = .empty
            return
        }
        let context = try GEOSContext()
        // One simple ring needs no arrangement: it is its own fill under either rule.
        if rings.count == 1 {
            let single = Region(polygons: [Polygon(exterior: rings[0].points)])
            let g = try context.geometry(single)
            if try context.predicate("check a ring", { GEOSisValid_r(context.handle, g.pointer) }) {
                self = single
                return
            }
        }
        self = try Self.fill(rings, fillRule: fillRule, context: context)
    }

    private static func fill(_ rings: [Polyline], fillRule: FillRule, context: GEOSContext) throws(RegionError) -> Region {
        var lines: [GEOSOwnedGeometry] = []
        for ring in rings { lines.append(try context.closedLine(ring.points)) }
        let linework = try context.collection(of: lines, type: GEOS_MULTILINESTRING)
        let noded = try context.own(GEOSUnaryUnion_r(context.handle, linework.pointer), "node the outline")
        var input: [OpaquePointer?] = [noded.pointer]
        let faces = try context.own(
            input.withUnsafeMutableBufferPointer { GEOSPolygonize_r(context.handle, $0.baseAddress, 1) },
            "cut the outline into faces")

        let windings = RingWinding(rings)
        let count = GEOSGetNumGeometries_r(context.handle, faces.pointer)
        guard count >= 0 else { throw context.error("read the faces") }
        var kept: [GEOSOwnedGeometry] = []
        for i in 0..<count {
            guard let face = GEOSGetGeometryN_r(context.handle, faces.pointer, i) else { throw context.error("read a face") }
            let probe = try context.own(GEOSPointOnSurface_r(context.handle, face), "find a point inside a face")
            var x = 0.0, y = 0.0
            guard GEOSGeomGetX_r(context.handle, probe.pointer, &x) != 0, GEOSGeomGetY_r(context.handle, probe.pointer, &y) != 0
            else { throw context.error("read a point") }
            if fillRule.isInside(winding: windings.winding(at: Point(x, y))) {
                kept.append(try context.own(GEOSGeom_clone_r(context.handle, face), "copy a face"))
            }
        }
        if kept.isEmpty { return .empty }
        let chosen = try context.collection(of: kept, type: GEOS_GEOMETRYCOLLECTION)
        return try context.region(try context.own(GEOSUnaryUnion_r(context.handle, chosen.pointer), "unite the filled faces"))
    }
}

extension GEOSContext {
    /// A closed line string through `points` (the first point repeated at the end).
    func closedLine(_ points: [Point]) throws(RegionError) -> GEOSOwnedGeometry {
        var buffer: [Double] = []
        buffer.reserveCapacity(2 * points.count + 2)
        for p in points + [points[0]] { buffer.append(p.x); buffer.append(p.y) }
        let sequence = buffer.withUnsafeBufferPointer {
            GEOSCoordSeq_copyFromBuffer_r(handle, $0.baseAddress, UInt32($0.count / 2), 0, 0)
        }
        guard let sequence else { throw error("make a line") }
        return try own(GEOSGeom_createLineString_r(handle, sequence), "make a line")
    }
}
