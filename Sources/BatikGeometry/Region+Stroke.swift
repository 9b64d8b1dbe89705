internal import CGEOS
import Foundation

/// The area a canting's wax line covers: the polyline buffered by half the line width with round
/// caps and round joins (`GEOSBufferWithStyle_r` on a LineString, or on a Point for a dot), as a
/// round spout lays it. Follows `Region+Offset.swift` for the choice of arc segments.
extension Region {
    /// The area covered by a line of `width` millimetres drawn along `polyline`, round at its ends
    /// and corners; a polyline of one point gives a round dot of diameter `width`. Round parts are
    /// flattened within `tolerance`. Empty for a width that is not positive.
    public init(stroking polyline: Polyline, width: Double, tolerance: Double = Tolerance.shape) throws(RegionError) {
        try self.init(stroking: [polyline], width: width, tolerance: tolerance)
    }

    /// The area covered by lines of `width` drawn along every polyline (their union).
    public init(stroking polylines: [Polyline], width: Double, tolerance: Double = Tolerance.shape) throws(RegionError)
    {
        let lines = polylines.filter { !$0.points.isEmpty }
        guard width > 0, width.isFinite, !lines.isEmpty else {
            self = .empty
            return
        }
        let context = try GEOSContext()
        var parts: [GEOSOwnedGeometry] = []
        for line in lines { parts.append(try context.lineOrPoint(line)) }
        let collection = try context.collection(of: parts, type: GEOS_GEOMETRYCOLLECTION)
        let radius = width / 2
        let buffered = GEOSBufferWithStyle_r(
            context.handle, collection.pointer, radius,
            Int32(Self.quadrantSegments(distance: radius, tolerance: tolerance)),
            Int32(GEOSBUF_CAP_ROUND.rawValue), Int32(GEOSBUF_JOIN_ROUND.rawValue), 5)
        self = try context.region(try context.own(buffered, "stroke \(lines.count) lines \(width) mm wide"))
    }

    /// A round dot of `diameter` centred on `centre` (a cecek).
    public init(dotAt centre: Point, diameter: Double, tolerance: Double = Tolerance.shape) throws(RegionError) {
        try self.init(stroking: [Polyline([centre], isClosed: false)], width: diameter, tolerance: tolerance)
    }
}

extension GEOSContext {
    /// A LineString through the polyline's points (the first repeated at the end when it is
    /// closed), or a Point for a polyline of one point, or of several copies of one point.
    func lineOrPoint(_ polyline: Polyline) throws(RegionError) -> GEOSOwnedGeometry {
        var points = polyline.points
        if polyline.isClosed, let first = points.first, points.count > 1, first != points.last { points.append(first) }
        if Set(points).count == 1 {
            return try own(GEOSGeom_createPointFromXY_r(handle, points[0].x, points[0].y), "make a point")
        }
        var buffer: [Double] = []
        buffer.reserveCapacity(2 * points.count)
        for p in points { buffer.append(p.x); buffer.append(p.y) }
        let sequence = buffer.withUnsafeBufferPointer {
            GEOSCoordSeq_copyFromBuffer_r(handle, $0.baseAddress, UInt32($0.count / 2), 0, 0)
        }
        guard let sequence else { throw error("make a line") }
        return try own(GEOSGeom_createLineString_r(handle, sequence), "make a line of \(points.count) points")
    }

    /// The line strings in `geometry` as polylines (looking inside multi-geometries and
    /// collections; points and polygons are dropped). A line string that ends where it starts
    /// becomes a closed polyline.
    func polylines(in geometry: OpaquePointer) throws(RegionError) -> [Polyline] {
        try lines(in: geometry).compactMap { chain in
            var points = chain
            let closed = points.count > 2 && points.first == points.last
            if closed { points.removeLast() }
            return points.count >= 2 ? Polyline(points, isClosed: closed) : nil
        }
    }
}
