import Foundation

/// An elliptic arc in centre form (SVG 1.1 appendix F.6.5): the shape behind `PathElement.arc`,
/// which flattening, area, bounds and winding use directly so that they measure the true ellipse
/// rather than its cubic approximation.
///
/// Parameterised by `t` in [0, 1]: the eccentric angle runs from `startAngle` through `sweepAngle`.
struct EllipticalArc: Hashable, Sendable {
    var start: Point
    var end: Point
    var center: Point
    /// The radii after F.6.6 scaling (large enough to reach from `start` to `end`).
    var rx: Double
    var ry: Double
    var cosPhi: Double
    var sinPhi: Double
    /// θ₁ in F.6.5.5, radians.
    var startAngle: Double
    /// Δθ in F.6.5.6, radians: positive sweeps toward +y from +x (clockwise on paper).
    var sweepAngle: Double

    /// The centre form of the SVG arc from `p0` to `p1`, or nil when the arc is degenerate: equal
    /// end points draw nothing and a zero radius draws a straight line (F.6.2).
    init?(from p0: Point, radii: Vector, rotation: Angle, largeArc: Bool, sweep: Bool, to p1: Point) {
        if p0 == p1 { return nil }
        var rx = abs(radii.dx), ry = abs(radii.dy)
        if rx == 0 || ry == 0 { return nil }
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
        var delta = atan2(u.cross(v), u.dot(v))
        if !sweep && delta > 0 { delta -= 2 * .pi }
        if sweep && delta < 0 { delta += 2 * .pi }

        self.start = p0
        self.end = p1
        self.center = Point(cx, cy)
        self.rx = rx
        self.ry = ry
        self.cosPhi = cosPhi
        self.sinPhi = sinPhi
        self.startAngle = atan2(u.dy, u.dx)
        self.sweepAngle = delta
    }

    var maxRadius: Double { max(rx, ry) }

    /// The point at eccentric angle `theta`.
    func point(angle theta: Double) -> Point {
        let ct = cos(theta), st = sin(theta)
        return Point(center.x + rx * ct * cosPhi - ry * st * sinPhi, center.y + rx * ct * sinPhi + ry * st * cosPhi)
    }

    /// d/dθ of `point(angle:)`.
    func tangent(angle theta: Double) -> Vector {
        let ct = cos(theta), st = sin(theta)
        return Vector(-rx * st * cosPhi - ry * ct * sinPhi, -rx * st * sinPhi + ry * ct * cosPhi)
    }

    func angle(at t: Double) -> Double { startAngle + sweepAngle * t }

    /// The point at parameter `t`; the ends are returned exactly.
    func point(at t: Double) -> Point {
        if t <= 0 { return start }
        if t >= 1 { return end }
        return point(angle: angle(at: t))
    }

    /// d/dt of `point(at:)`.
    func derivative(at t: Double) -> Vector { tangent(angle: angle(at: t)) * sweepAngle }

    /// Parameters in (0, 1) where x (`axis` 0) or y (`axis` 1) has a local extreme: the angles
    /// where that coordinate's derivative vanishes, θ* + kπ.
    func extremaParameters(axis: Int) -> [Double] {
        let base = axis == 0 ? atan2(-ry * sinPhi, rx * cosPhi) : atan2(ry * cosPhi, rx * sinPhi)
        var result: [Double] = []
        for k in -4...4 {
            let t = (base + Double(k) * .pi - startAngle) / sweepAngle
            if t > 0 && t < 1 { result.append(t) }
        }
        return result.sorted()
    }

    /// ½∮(x dy − y dx) along the arc, exactly: with E(θ) the offset from the centre,
    /// (c + E) × E′ = c × E′ + rx·ry, so the integral is ½(c × (p₁ − p₀) + rx·ry·Δθ).
    var areaContribution: Double {
        (center.vector.cross(end - start) + rx * ry * sweepAngle) / 2
    }

    /// The arc as cubic Béziers, one per piece of at most `maxPieceSweep` radians, with the classic
    /// control distance 4/3·tan(φ/4) along the tangents.
    func cubics(maxPieceSweep: Double = .pi / 2) -> [PathElement] {
        // The small allowance keeps an exact quarter turn from splitting into two pieces by rounding.
        let pieces = max(1, Int((abs(sweepAngle) / maxPieceSweep - 1e-9).rounded(.up)))
        let step = sweepAngle / Double(pieces)
        let k = 4.0 / 3.0 * tan(step / 4)
        var result: [PathElement] = []
        result.reserveCapacity(pieces)
        var theta = startAngle
        var a = start, ta = tangent(angle: theta)
        for i in 0..<pieces {
            let next = theta + step
            let b = i == pieces - 1 ? end : point(angle: next)
            let tb = tangent(angle: next)
            result.append(.cubic(control1: a + ta * k, control2: b - tb * k, to: b))
            theta = next; a = b; ta = tb
        }
        return result
    }
}
