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
        var rx = abs(radii.dx), ry = abs(radii.dy)
        if rx == 0 || ry == 0 { return [.line(to: p1)] }
        let cosPhi = cos(rotation.radians), sinPhi = sin(rotation.radians)
        // F.6.5.1: the midpoint in the ellipse's rotated frame.
        let hx = (p0.x - p1.x) / 2, hy = (p0.y - p1.y) / 2
        let x1p = cosPhi * hx + sinPhi * hy
        let y1p = -sinPhi * hx + cosPhi * hy
        // F.6.6.2: radii too small to reach are scaled up just enough.
        let lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry)
        if lambda > 1 {
            let s = lambda.squareRoot()
            rx *= s; ry *= s
        }
        // F.6.5.2: the centre in the rotated frame.
        let num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
        let den = rx * rx * y1p * y1p + ry * ry * x1p * x1p
        var coef = den == 0 ? 0 : (max(0, num) / den).squareRoot()
        if largeArc == sweep { coef = -coef }
        let cxp = coef * rx * y1p / ry
        let cyp = -coef * ry * x1p / rx
        // F.6.5.3: the centre in user space.
        let cx = cosPhi * cxp - sinPhi * cyp + (p0.x + p1.x) / 2
        let cy = sinPhi * cxp + cosPhi * cyp + (p0.y + p1.y) / 2
        // F.6.5.5/6: start angle and sweep.
        let u = Vector((x1p - cxp) / rx, (y1p - cyp) / ry)
        let v = Vector((-x1p - cxp) / rx, (-y1p - cyp) / ry)
        let theta1 = atan2(u.dy, u.dx)
        var delta = atan2(u.cross(v), u.dot(v))
        if !sweep && delta > 0 { delta -= 2 * .pi }
        if sweep && delta < 0 { delta += 2 * .pi }

        let pieces = max(1, Int((abs(delta) / (.pi / 2)).rounded(.up) - 1e-9))
        let step = delta / Double(pieces)
        let k = 4.0 / 3.0 * tan(step / 4)
        func onEllipse(_ t: Double) -> (Point, Vector) {
            let ct = cos(t), st = sin(t)
            let point = Point(cx + rx * ct * cosPhi - ry * st * sinPhi, cy + rx * ct * sinPhi + ry * st * cosPhi)
            let tangent = Vector(-rx * st * cosPhi - ry * ct * sinPhi, -rx * st * sinPhi + ry * ct * cosPhi)
            return (point, tangent)
        }
        var result: [PathElement] = []
        var t = theta1
        var (a, ta) = onEllipse(t)
        for i in 0..<pieces {
            let t2 = t + step
            var (b, tb) = onEllipse(t2)
            if i == pieces - 1 { b = p1 }
            result.append(.cubic(control1: a + ta * k, control2: b - tb * k, to: b))
            t = t2; a = b; ta = tb
        }
        return result
    }
}
