/// A chain of straight segments through `points`; the flattened form of one subpath.
///
/// A closed polyline joins its last point back to its first; the first point is not repeated at
/// the end (GEOS rings, which do repeat it, are converted at the boundary).
public struct Polyline: Hashable, Sendable {
    public var points: [Point]
    public var isClosed: Bool

    public init(_ points: [Point], isClosed: Bool) {
        self.points = points
        self.isClosed = isClosed
    }
}

extension Polyline {
    /// The segments' end points in order, including the closing segment of a closed polyline.
    public var segments: [(Point, Point)] {
        guard points.count >= 2 else { return [] }
        var result = zip(points, points.dropFirst()).map { ($0, $1) }
        if isClosed, let first = points.first, let last = points.last, first != last { result.append((last, first)) }
        return result
    }

    /// The total length of the segments (the closing segment counts for a closed polyline).
    public var length: Double { segments.reduce(0) { $0 + $1.0.distance(to: $1.1) } }

    /// The shoelace area of the polyline closed by a straight segment, with `BezierPath.signedArea`'s
    /// sign convention (positive when it runs clockwise on paper, y down).
    public var signedArea: Double {
        guard points.count >= 3 else { return 0 }
        var twice = 0.0
        var previous = points[points.count - 1]
        for p in points {
            twice += previous.x * p.y - p.x * previous.y
            previous = p
        }
        return twice / 2
    }

    /// The same points in the opposite order.
    public func reversed() -> Polyline { Polyline(points.reversed(), isClosed: isClosed) }

    /// The polyline as a path of straight lines (closed with `close` when `isClosed`).
    public var path: BezierPath { BezierPath.polygon(points, closed: isClosed) }
}
