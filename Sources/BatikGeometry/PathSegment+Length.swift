/// Arc length.
///
/// Béziers use Gravesen's bracketing (J. Gravesen, "Adaptive subdivision and the length and energy
/// of Bézier curves", Computational Geometry 8, 1997): the length lies between the chord Lc and
/// the control polygon Lp, and (2·Lc + (d−1)·Lp)/(d+1) estimates it, so a piece whose bracket is
/// narrow enough is done and any other is split in half (de Casteljau) with half the tolerance each.
/// Circular arcs are exact (r·|Δθ|); elliptic arcs integrate the speed by adaptive Gauss–Legendre
/// quadrature, comparing one panel with two halves.
extension PathSegment {
    /// Splits beyond this depth stop refining: 2¹⁶ pieces is far past any tolerance a cloth needs,
    /// and the bound keeps degenerate input (cusps, NaN) from recursing without end.
    static let maxLengthDepth = 16

    func length(tolerance: Double) -> Double {
        switch self {
        case .line(let p0, let p1):
            return p0.distance(to: p1)
        case .quad(let p0, let p1, let p2):
            // Degree elevation is exact, and Gravesen's bracket works for any degree.
            return Self.cubicLength(p0, p0.lerp(to: p1, 2.0 / 3.0), p2.lerp(to: p1, 2.0 / 3.0), p2, tolerance, 0)
        case .cubic(let p0, let p1, let p2, let p3):
            return Self.cubicLength(p0, p1, p2, p3, tolerance, 0)
        case .arc(let a):
            if a.rx == a.ry { return a.rx * abs(a.sweepAngle) }
            return Self.integrateSpeed(of: self, from: 0, to: 1, tolerance: tolerance, depth: 0)
        }
    }

    private static func cubicLength(_ p0: Point, _ p1: Point, _ p2: Point, _ p3: Point, _ tolerance: Double, _ depth: Int) -> Double {
        let chord = p0.distance(to: p3)
        let polygon = p0.distance(to: p1) + p1.distance(to: p2) + p2.distance(to: p3)
        // For d = 3 the estimate is the bracket's midpoint, so its error is at most half the bracket.
        if (polygon - chord) / 2 <= tolerance || depth >= maxLengthDepth {
            return (chord + polygon) / 2
        }
        let p01 = p0.lerp(to: p1, 0.5), p12 = p1.lerp(to: p2, 0.5), p23 = p2.lerp(to: p3, 0.5)
        let p012 = p01.lerp(to: p12, 0.5), p123 = p12.lerp(to: p23, 0.5)
        let mid = p012.lerp(to: p123, 0.5)
        return cubicLength(p0, p01, p012, mid, tolerance / 2, depth + 1)
            + cubicLength(mid, p123, p23, p3, tolerance / 2, depth + 1)
    }

    /// Five-point Gauss–Legendre nodes and weights on [−1, 1].
    private static let gaussLegendre5: [(Double, Double)] = [
        (0, 0.568_888_888_888_888_9),
        (-0.538_469_310_105_683_1, 0.478_628_670_499_366_5), (0.538_469_310_105_683_1, 0.478_628_670_499_366_5),
        (-0.906_179_845_938_664_0, 0.236_926_885_056_189_1), (0.906_179_845_938_664_0, 0.236_926_885_056_189_1),
    ]

    private static func gaussSpeed(of segment: PathSegment, from a: Double, to b: Double) -> Double {
        let half = (b - a) / 2, mid = (a + b) / 2
        return gaussLegendre5.reduce(0) { $0 + $1.1 * segment.derivative(at: mid + half * $1.0).length } * half
    }

    private static func integrateSpeed(of segment: PathSegment, from a: Double, to b: Double, tolerance: Double, depth: Int) -> Double {
        let whole = gaussSpeed(of: segment, from: a, to: b)
        let m = (a + b) / 2
        let halves = gaussSpeed(of: segment, from: a, to: m) + gaussSpeed(of: segment, from: m, to: b)
        if abs(whole - halves) <= tolerance || depth >= maxLengthDepth { return halves }
        return integrateSpeed(of: segment, from: a, to: m, tolerance: tolerance / 2, depth: depth + 1)
            + integrateSpeed(of: segment, from: m, to: b, tolerance: tolerance / 2, depth: depth + 1)
    }
}
