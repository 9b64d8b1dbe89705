/// One drawn piece of a path with both end points explicit: what the measuring algorithms walk.
/// Quadratics are kept as they are (flattening bounds them more tightly than their cubic form).
enum PathSegment: Hashable, Sendable {
    case line(Point, Point)
    case quad(Point, Point, Point)
    case cubic(Point, Point, Point, Point)
    case arc(EllipticalArc)

    var start: Point {
        switch self {
        case .line(let p, _), .quad(let p, _, _), .cubic(let p, _, _, _): p
        case .arc(let a): a.start
        }
    }

    var end: Point {
        switch self {
        case .line(_, let p), .quad(_, _, let p), .cubic(_, _, _, let p): p
        case .arc(let a): a.end
        }
    }

    /// The point at parameter `t` in [0, 1].
    func point(at t: Double) -> Point {
        switch self {
        case .line(let p0, let p1):
            return p0.lerp(to: p1, t)
        case .quad(let p0, let p1, let p2):
            let u = 1 - t
            return Point(u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x, u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y)
        case .cubic(let p0, let p1, let p2, let p3):
            let u = 1 - t
            let b0 = u * u * u, b1 = 3 * u * u * t, b2 = 3 * u * t * t, b3 = t * t * t
            return Point(
                b0 * p0.x + b1 * p1.x + b2 * p2.x + b3 * p3.x,
                b0 * p0.y + b1 * p1.y + b2 * p2.y + b3 * p3.y)
        case .arc(let a):
            return a.point(at: t)
        }
    }

    /// d/dt of `point(at:)`.
    func derivative(at t: Double) -> Vector {
        switch self {
        case .line(let p0, let p1):
            return p1 - p0
        case .quad(let p0, let p1, let p2):
            return (p1 - p0) * (2 * (1 - t)) + (p2 - p1) * (2 * t)
        case .cubic(let p0, let p1, let p2, let p3):
            let u = 1 - t
            return (p1 - p0) * (3 * u * u) + (p2 - p1) * (6 * u * t) + (p3 - p2) * (3 * t * t)
        case .arc(let a):
            return a.derivative(at: t)
        }
    }

    /// Parameters strictly inside (0, 1) where the x (`axis` 0) or y (`axis` 1) coordinate has a
    /// local extreme, sorted: the roots of the derivative's component.
    func extremaParameters(axis: Int) -> [Double] {
        func c(_ p: Point) -> Double { axis == 0 ? p.x : p.y }
        switch self {
        case .line:
            return []
        case .quad(let p0, let p1, let p2):
            // B′(t)/2 = (p1 − p0) + t·(p0 − 2p1 + p2).
            let a = c(p0) - 2 * c(p1) + c(p2)
            guard a != 0 else { return [] }
            let t = (c(p0) - c(p1)) / a
            return t > 0 && t < 1 ? [t] : []
        case .cubic(let p0, let p1, let p2, let p3):
            // B′(t)/3 = (d0 − 2d1 + d2)t² + 2(d1 − d0)t + d0 with dᵢ = pᵢ₊₁ − pᵢ.
            let d0 = c(p1) - c(p0), d1 = c(p2) - c(p1), d2 = c(p3) - c(p2)
            return Self.quadraticRoots(a: d0 - 2 * d1 + d2, b: 2 * (d1 - d0), c: d0).filter { $0 > 0 && $0 < 1 }.sorted()
        case .arc(let arc):
            return arc.extremaParameters(axis: axis)
        }
    }

    /// Real roots of a·t² + b·t + c, using the cancellation-free form of the quadratic formula
    /// (Numerical Recipes §5.6); degenerates to the linear root when a is negligible.
    static func quadraticRoots(a: Double, b: Double, c: Double) -> [Double] {
        let scale = max(abs(a), abs(b), abs(c))
        guard scale > 0 else { return [] }
        if abs(a) <= scale * 1e-12 {
            return b == 0 ? [] : [-c / b]
        }
        let disc = b * b - 4 * a * c
        if disc < 0 { return [] }
        let q = -0.5 * (b + (b >= 0 ? 1 : -1) * disc.squareRoot())
        var roots = [q / a]
        if q != 0 { roots.append(c / q) }
        return roots
    }

    /// The axis-aligned box of the segment's end points and its interior extremes: the tight box.
    var bounds: Rect {
        var points = [start, end]
        for axis in 0...1 {
            for t in extremaParameters(axis: axis) { points.append(point(at: t)) }
        }
        return Rect(enclosing: points)!
    }

    /// ½∫(x dy − y dx) along the segment (Green's theorem); summed around a closed subpath it is
    /// the enclosed signed area.
    var areaContribution: Double {
        switch self {
        case .line(let p0, let p1):
            return p0.vector.cross(p1.vector) / 2
        case .quad, .cubic:
            // x·y′ − y·x′ is a polynomial of degree ≤ 5 in t, which 3-point Gauss–Legendre
            // quadrature integrates exactly.
            var sum = 0.0
            for (node, weight) in Self.gaussLegendre3 {
                let t = (node + 1) / 2
                sum += weight * point(at: t).vector.cross(derivative(at: t))
            }
            return sum / 4  // ½ for Green, ½ for mapping [−1, 1] onto [0, 1]
        case .arc(let a):
            return a.areaContribution
        }
    }

    static let gaussLegendre3: [(Double, Double)] = [
        (-0.774_596_669_241_483_4, 5.0 / 9.0), (0, 8.0 / 9.0), (0.774_596_669_241_483_4, 5.0 / 9.0),
    ]
}
