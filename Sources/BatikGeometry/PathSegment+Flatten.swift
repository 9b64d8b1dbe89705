import Foundation

/// Flattening by uniform subdivision with a guaranteed bound on the error.
///
/// For Béziers the piece count comes from Wang's formula (G.-Z. Wang, "The subdivision method for
/// finding the intersection between two Bézier curves or surfaces", Zhejiang University Journal,
/// 1984; see also Goldman, *Pyramid Algorithms*, §5.6): a degree-d curve cut into n equal
/// parameter steps stays within d(d−1)/8 · max‖Δ²Pᵢ‖ / n² of its chords, so
/// n = ⌈√(d(d−1)·M / (8·tolerance))⌉ keeps every point within `tolerance` of the polyline.
///
/// For elliptic arcs, a chord spanning eccentric angle φ is within r·(1 − cos(φ/2)) of the arc for
/// a circle of radius r; the ellipse is an affine image of its unit circle that stretches no
/// distance by more than the larger radius, so that radius gives the bound.
extension PathSegment {
    /// How many equal parameter steps keep the polyline within `tolerance` of the segment.
    func flatteningSteps(tolerance: Double) -> Int {
        func count(_ x: Double) -> Int { x.isFinite ? max(1, Int(x.rounded(.up))) : 1 }
        switch self {
        case .line:
            return 1
        case .quad(let p0, let p1, let p2):
            let m = (p0.vector - p1.vector * 2 + p2.vector).length
            return count((m / (4 * tolerance)).squareRoot())
        case .cubic(let p0, let p1, let p2, let p3):
            let m = max((p0.vector - p1.vector * 2 + p2.vector).length, (p1.vector - p2.vector * 2 + p3.vector).length)
            return count((3 * m / (4 * tolerance)).squareRoot())
        case .arc(let a):
            let r = a.maxRadius
            guard tolerance < r else { return count(abs(a.sweepAngle) / .pi) }
            let stepAngle = 2 * acos(1 - tolerance / r)
            return count(abs(a.sweepAngle) / stepAngle)
        }
    }

    /// The polyline's points after the segment's start, ending exactly at its end.
    func flattenedPoints(tolerance: Double) -> [Point] {
        let n = flatteningSteps(tolerance: tolerance)
        if n == 1 { return [end] }
        var result: [Point] = []
        result.reserveCapacity(n)
        for i in 1..<n { result.append(point(at: Double(i) / Double(n))) }
        result.append(end)
        return result
    }
}
