/// An area of cloth: polygons with holes, the result of filling paths and combining them with
/// polygon booleans (union, intersection, difference), insets and outsets.
///
/// The boolean and offset operations run in GEOS (the reentrant `_r` C API, one context per call,
/// hidden behind `internal import`), so a `Region` is a plain value that is safe to share across
/// tasks. Its polygons are normalized (see `Polygon`), so the same operations on the same input
/// always give identical output, and `==` compares those polygons exactly.
public struct Region: Hashable, Sendable {
    /// The pieces of the region, normalized and in reading order of their top-left points.
    public private(set) var polygons: [Polygon]

    /// A region made of `polygons` as given (normalized, but not checked): overlapping or
    /// self-crossing polygons make an invalid region, which `isValid()` reports and `repaired()`
    /// fixes. Rings of fewer than three points, which enclose nothing, are dropped. Use
    /// `Region(path:)` to fill arbitrary outlines.
    public init(polygons: [Polygon]) {
        self.polygons = polygons.map { $0.normalized() }
            .filter { $0.exterior.count >= 3 }
            .sorted { Polygon.isBefore($0.exterior, $1.exterior) }
    }

    /// The empty region.
    public static let empty = Region(polygons: [])

    /// A rectangle.
    public init(rect: Rect) {
        self.init(polygons: [Polygon(exterior: rect.corners)])
    }
}

extension Region {
    /// True when the region covers no area.
    public var isEmpty: Bool { polygons.isEmpty }

    /// The covered area in square millimetres (holes excluded).
    public var area: Double { polygons.reduce(0) { $0 + $1.area } }

    /// The bounding box of the exteriors, or nil when empty.
    public var bounds: Rect? { Rect(enclosing: polygons.lazy.flatMap(\.exterior)) }

    /// Every ring as a closed subpath of straight lines, exteriors clockwise on paper and holes
    /// counter-clockwise, so either fill rule draws the region.
    public var path: BezierPath { polygons.reduce(into: BezierPath()) { $0.append($1.path) } }

    /// Whether `point` lies inside the region (a point exactly on an edge may go either way).
    public func contains(_ point: Point) -> Bool {
        // In a valid region no two rings cross, so an odd number of ring crossings to the right
        // means inside an exterior and outside its holes.
        var crossings = 0
        for polygon in polygons {
            for ring in [polygon.exterior] + polygon.holes {
                var previous = ring[ring.count - 1]
                for p in ring {
                    if (previous.y <= point.y) != (p.y <= point.y) {
                        let x = previous.x + (point.y - previous.y) / (p.y - previous.y) * (p.x - previous.x)
                        if x > point.x { crossings += 1 }
                    }
                    previous = p
                }
            }
        }
        return crossings % 2 == 1
    }
}
