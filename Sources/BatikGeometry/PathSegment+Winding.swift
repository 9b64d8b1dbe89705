/// Winding numbers by ray crossing: a horizontal ray from the point toward +x, each segment cut
/// into pieces monotone in y (at the roots of y′), each piece crossing the ray at most once.
/// Ranges are half-open in y (lower end in, upper end out) so that a crossing at a shared end point
/// counts exactly once and a horizontal touch counts not at all.
extension PathSegment {
    /// Bisection steps to locate a crossing on a monotone piece: 64 halvings exhaust a Double.
    static let crossingBisectionSteps = 64

    /// The signed count of the segment's crossings of the ray from `p` toward +x: +1 for each
    /// crossing that runs down the page (y increasing), −1 for each that runs up. With this sign a
    /// subpath running clockwise on paper (positive `signedArea`) winds +1 around its inside.
    func windingContribution(at p: Point) -> Int {
        if case .line(let a, let b) = self {
            if a.y <= p.y && p.y < b.y { return (b - a).cross(p - a) > 0 ? 1 : 0 }
            if b.y <= p.y && p.y < a.y { return (b - a).cross(p - a) < 0 ? -1 : 0 }
            return 0
        }
        let hull = hullBounds
        if p.y < hull.minY || p.y >= hull.maxY || p.x >= hull.maxX { return 0 }
        var total = 0
        var ta = 0.0, ya = start.y
        for tb in extremaParameters(axis: 1) + [1] {
            let yb = tb == 1 ? end.y : point(at: tb).y
            let down = ya <= p.y && p.y < yb
            let up = yb <= p.y && p.y < ya
            if down || up {
                if p.x < hull.minX || crossingX(y: p.y, from: ta, to: tb, increasing: down) > p.x {
                    total += down ? 1 : -1
                }
            }
            ta = tb; ya = yb
        }
        return total
    }

    /// The x where the piece between `t0` and `t1`, monotone in y, meets the height `y`.
    private func crossingX(y: Double, from t0: Double, to t1: Double, increasing: Bool) -> Double {
        var lo = t0, hi = t1
        for _ in 0..<Self.crossingBisectionSteps {
            let mid = (lo + hi) / 2
            if mid <= lo || mid >= hi { break }
            if (point(at: mid).y < y) == increasing { lo = mid } else { hi = mid }
        }
        return point(at: (lo + hi) / 2).x
    }

    /// A box that certainly holds the segment, cheaper than `bounds`: the control hull for
    /// Béziers, the circumscribed square of the larger radius for arcs.
    var hullBounds: Rect {
        switch self {
        case .line(let a, let b): return Rect(enclosing: [a, b])!
        case .quad(let a, let b, let c): return Rect(enclosing: [a, b, c])!
        case .cubic(let a, let b, let c, let d): return Rect(enclosing: [a, b, c, d])!
        case .arc(let arc):
            let r = arc.maxRadius
            return Rect(x: arc.center.x - r, y: arc.center.y - r, width: 2 * r, height: 2 * r)
                .union(Rect(enclosing: [arc.start, arc.end])!)
        }
    }
}
