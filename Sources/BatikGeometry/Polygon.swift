/// A polygon with holes: the outline and cut-outs of one connected piece of a `Region`.
///
/// Rings are listed without repeating their first point at the end. In a region's normalized
/// polygons the exterior runs clockwise on paper (positive `signedArea`) and holes run the other
/// way, each ring starts at its top-most (then left-most) point, and holes are sorted the same way,
/// so equal shapes built the same way compare equal.
public struct Polygon: Hashable, Sendable {
    public var exterior: [Point]
    public var holes: [[Point]]

    public init(exterior: [Point], holes: [[Point]] = []) {
        self.exterior = exterior
        self.holes = holes
    }
}

extension Polygon {
    /// The area inside the exterior and outside the holes (for a valid polygon).
    public var area: Double {
        abs(Self.signedArea(of: exterior)) - holes.reduce(0) { $0 + abs(Self.signedArea(of: $1)) }
    }

    /// The exterior and holes as closed subpaths, exterior first, keeping their directions (so a
    /// non-zero fill of a normalized polygon leaves the holes empty).
    public var path: BezierPath {
        ([exterior] + holes).reduce(into: BezierPath()) { $0.append(.polygon($1)) }
    }

    static func signedArea(of ring: [Point]) -> Double {
        Polyline(ring, isClosed: true).signedArea
    }

    /// The ring without repeated points (consecutive or closing), turned to run clockwise on paper
    /// when `clockwise` (counter-clockwise otherwise) and started at its top-left-most point.
    static func normalizedRing(_ ring: [Point], clockwise: Bool) -> [Point] {
        var points: [Point] = []
        points.reserveCapacity(ring.count)
        for p in ring where points.last != p { points.append(p) }
        if points.count > 1, points.first == points.last { points.removeLast() }
        guard points.count > 1 else { return points }
        if (signedArea(of: points) > 0) != clockwise { points.reverse() }
        let startIndex = points.indices.min { isBefore(points[$0], points[$1]) }!
        return Array(points[startIndex...] + points[..<startIndex])
    }

    /// Reading order on paper: top to bottom, then left to right.
    static func isBefore(_ a: Point, _ b: Point) -> Bool { a.y != b.y ? a.y < b.y : a.x < b.x }

    static func isBefore(_ a: [Point], _ b: [Point]) -> Bool {
        for (p, q) in zip(a, b) where p != q { return isBefore(p, q) }
        return a.count < b.count
    }

    /// The polygon with its rings normalized as the type's documentation describes; holes of
    /// fewer than three points, which enclose nothing, are dropped.
    func normalized() -> Polygon {
        Polygon(
            exterior: Self.normalizedRing(exterior, clockwise: true),
            holes: holes.map { Self.normalizedRing($0, clockwise: false) }.filter { $0.count >= 3 }.sorted(by: Self.isBefore))
    }
}
