import Foundation

/// Elliptic arcs to cubic Béziers, via the centre parameterisation of SVG 1.1 appendix F.6.5/F.6.6
/// (out-of-range radii are scaled up as F.6.6 prescribes), then one cubic per ≤ 90° piece with the
/// classic control distance 4/3·tan(θ/4), whose radial error is below 2.7e-4 of the radius.
extension BezierPath {
    /// The same path with every arc and quadratic replaced by cubics: what Cairo can draw and
    /// what an affine transform maps exactly.
    public func cubicsOnly() -> BezierPath {
        var out: [PathElement] = []
        out.reserveCapacity(elements.count)
        var current = Point.zero
        var start = Point.zero
        for e in elements {
            switch e {
            case .move(let p):
                out.append(e); current = p; start = p
            case .line(let p):
                out.append(e); current = p
            case .quad(let c, let p):
                let c1 = current.lerp(to: c, 2.0 / 3.0)
                let c2 = p.lerp(to: c, 2.0 / 3.0)
                out.append(.cubic(control1: c1, control2: c2, to: p)); current = p
            case .cubic(_, _, let p):
                out.append(e); current = p
            case .arc(let radii, let rotation, let largeArc, let sweep, let p):
                out.append(contentsOf: Self.arcAsCubics(
                    from: current, radii: radii, rotation: rotation, largeArc: largeArc, sweep: sweep, to: p))
                current = p
            case .close:
                out.append(e); current = start
            }
        }
        return BezierPath(out)
    }

    /// Cubic segments (or one line, for degenerate radii) that follow the SVG arc from `p0` to `p1`.
    static func arcAsCubics(
        from p0: Point, radii: Vector, rotation: Angle, largeArc: Bool, sweep: Bool, to p1: Point
    ) -> [PathElement] {
        if p0 == p1 { return [] }
        guard let arc = EllipticalArc(from: p0, radii: radii, rotation: rotation, largeArc: largeArc, sweep: sweep, to: p1)
        else { return [.line(to: p1)] }
        return arc.cubics()
    }
}
