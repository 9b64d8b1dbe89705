/// Winding numbers around closed polylines, with each ring's bounding box checked first so that a
/// point far from most rings costs little (the fill of a many-ring path asks once per face).
struct RingWinding {
    private let rings: [(box: Rect, points: [Point])]

    init(_ rings: [Polyline]) {
        self.rings = rings.compactMap { ring in Rect(enclosing: ring.points).map { ($0, ring.points) } }
    }

    /// The sum over rings of their winding numbers around `p`, with `BezierPath.winding(at:)`'s
    /// sign and half-open crossing rule.
    func winding(at p: Point) -> Int {
        var total = 0
        for ring in rings where p.y >= ring.box.minY && p.y < ring.box.maxY && p.x < ring.box.maxX {
            var a = ring.points[ring.points.count - 1]
            for b in ring.points {
                if a.y <= p.y && p.y < b.y {
                    if (b - a).cross(p - a) > 0 { total += 1 }
                } else if b.y <= p.y && p.y < a.y {
                    if (b - a).cross(p - a) < 0 { total -= 1 }
                }
                a = b
            }
        }
        return total
    }
}
