internal import CGEOS

/// Clipping lines to a region: the parts of a polyline that lie inside, through GEOS's overlay
/// (`GEOSIntersection_r` of a LineString with the region's MultiPolygon).
///
/// GEOS may split a result line at its own nodes and does not promise the input's direction, so
/// the pieces are merged again where they meet end to end (`GEOSLineMerge_r`), turned to run the
/// way the input runs, and sorted by where they start along it. Points where the line only
/// touches the region carry no length and are dropped.
extension Region {
    /// The parts of `polyline` inside the region, in order along it, each running the same way.
    /// A part that runs along the region's edge counts as inside.
    public func clip(_ polyline: Polyline) throws(RegionError) -> [Polyline] {
        try clip([polyline])[0]
    }

    /// The parts of each polyline inside the region (one list per input, in input order); one GEOS
    /// conversion of the region serves them all.
    public func clip(_ polylines: [Polyline]) throws(RegionError) -> [[Polyline]] {
        if isEmpty { return polylines.map { _ in [] } }
        let context = try GEOSContext()
        let area = try context.geometry(self)
        var result: [[Polyline]] = []
        result.reserveCapacity(polylines.count)
        for polyline in polylines {
            var points = polyline.points
            if polyline.isClosed, let first = points.first, first != points.last { points.append(first) }
            guard points.count >= 2 else {
                result.append([])
                continue
            }
            let line = try context.lineString(points)
            let inside = try context.own(
                GEOSIntersection_r(context.handle, line.pointer, area.pointer), "clip a line to a region")
            let merged = try context.own(
                GEOSLineMerge_r(context.handle, inside.pointer), "join the pieces of a clipped line")
            let pieces = try context.lines(in: merged.pointer)
            result.append(Self.ordered(pieces, along: points))
        }
        return result
    }

    /// `pieces` turned to run along `path` (an open chain of points) and sorted by where they start.
    static func ordered(_ pieces: [[Point]], along path: [Point]) -> [Polyline] {
        let placed = pieces.compactMap { piece -> (start: Double, line: Polyline)? in
            guard piece.count >= 2, let first = piece.first, let last = piece.last else { return nil }
            let s = Self.arcPosition(of: first, along: path), e = Self.arcPosition(of: last, along: path)
            // A piece that closes on itself (a whole ring inside) keeps its direction.
            let forward = s <= e || first == last
            return (min(s, e), Polyline(forward ? piece : piece.reversed(), isClosed: false))
        }
        return placed.sorted { $0.start < $1.start }.map(\.line)
    }

    /// How far along `path` (by arc length) the point of `path` nearest to `point` lies.
    static func arcPosition(of point: Point, along path: [Point]) -> Double {
        var best = (distance: Double.infinity, position: 0.0)
        var walked = 0.0
        for (a, b) in zip(path, path.dropFirst()) {
            let ab = b - a
            let length = ab.length
            let t = length > 0 ? max(0, min(1, (point - a).dot(ab) / (length * length))) : 0
            let d = point.distance(to: a + ab * t)
            if d < best.distance { best = (d, walked + t * length) }
            walked += length
        }
        return best.position
    }
}

extension GEOSContext {
    /// An open line string through `points` (at least two).
    func lineString(_ points: [Point]) throws(RegionError) -> GEOSOwnedGeometry {
        var buffer: [Double] = []
        buffer.reserveCapacity(2 * points.count)
        for p in points { buffer.append(p.x); buffer.append(p.y) }
        let sequence = buffer.withUnsafeBufferPointer {
            GEOSCoordSeq_copyFromBuffer_r(handle, $0.baseAddress, UInt32($0.count / 2), 0, 0)
        }
        guard let sequence else { throw error("make a line") }
        return try own(GEOSGeom_createLineString_r(handle, sequence), "make a line")
    }

    /// The point chains of the line strings in `geometry`, looking inside multi-geometries and
    /// collections; points and polygons are dropped.
    func lines(in geometry: OpaquePointer) throws(RegionError) -> [[Point]] {
        switch GEOSGeomTypeId_r(handle, geometry) {
        case Int32(GEOS_LINESTRING.rawValue), Int32(GEOS_LINEARRING.rawValue):
            if GEOSisEmpty_r(handle, geometry) == 1 { return [] }
            return [try coordinates(of: geometry)]
        case Int32(GEOS_MULTILINESTRING.rawValue), Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
            let count = GEOSGetNumGeometries_r(handle, geometry)
            guard count >= 0 else { throw error("read a collection") }
            var result: [[Point]] = []
            for i in 0..<count {
                guard let part = GEOSGetGeometryN_r(handle, geometry, i) else { throw error("read a collection") }
                result += try lines(in: part)
            }
            return result
        case -1:
            throw error("read a geometry")
        default:
            return []
        }
    }

    /// Every coordinate of a line string or ring, as stored (a ring's first point repeated at the end).
    func coordinates(of line: OpaquePointer) throws(RegionError) -> [Point] {
        guard let sequence = GEOSGeom_getCoordSeq_r(handle, line) else { throw error("read a line") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(handle, sequence, &size) != 0 else { throw error("read a line") }
        var buffer = [Double](repeating: 0, count: 2 * Int(size))
        let ok = buffer.withUnsafeMutableBufferPointer {
            GEOSCoordSeq_copyToBuffer_r(handle, sequence, $0.baseAddress, 0, 0)
        }
        guard ok != 0 else { throw error("read a line") }
        return (0..<Int(size)).map { Point(buffer[2 * $0], buffer[2 * $0 + 1]) }
    }
}
