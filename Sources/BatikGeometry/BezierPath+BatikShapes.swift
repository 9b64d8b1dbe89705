import Foundation

/// The shapes batik motifs are drawn from, in millimetres, y down.
///
/// Conventions shared by every constructor: closed shapes are traced clockwise on paper (from +x
/// toward +y, the direction of positive angles) starting from their topmost point or corner;
/// shapes without a `center` argument are centred on the origin, with the construction below
/// saying which centre (bounding box, or the curve's own centre). Curves that are not circles or
/// ellipses are fitted with cubic Béziers to within `fitTolerance`. The plain polygon through
/// given points is `BezierPath.polygon(_:closed:)`.
extension BezierPath {
    /// The Bézier control distance, as a fraction of the radius, for a quarter circle:
    /// 4/3·(√2 − 1) ≈ 0.5523. Its largest radial error is 2.7e-4 of the radius (0.003 mm on a
    /// 10 mm circle).
    public static let quarterCircleControlFactor = 4.0 / 3.0 * (2.0.squareRoot() - 1)

    /// Largest distance, in millimetres, between a fitted shape (spiral, wave, blade) and the exact
    /// curve: 0.05 mm is a tenth of the finest canting line (≈ 0.5 mm).
    public static let fitTolerance = 0.05

    /// A circle: four cubic quarter arcs with control distance `quarterCircleControlFactor · radius`,
    /// starting at the top.
    public static func circle(center: Point = .zero, radius: Double) -> BezierPath {
        ellipse(center: center, radii: Vector(radius, radius))
    }

    /// An axis-aligned ellipse with semi-axes `radii.dx` (across) and `radii.dy` (down): four cubic
    /// quarter arcs, each control distance `quarterCircleControlFactor` times its semi-axis.
    public static func ellipse(center: Point = .zero, radii: Vector) -> BezierPath {
        let k = quarterCircleControlFactor
        let rx = radii.dx, ry = radii.dy
        let c = center
        var path = BezierPath([.move(to: Point(c.x, c.y - ry))])
        path.cubic(Point(c.x + k * rx, c.y - ry), Point(c.x + rx, c.y - k * ry), to: Point(c.x + rx, c.y))
        path.cubic(Point(c.x + rx, c.y + k * ry), Point(c.x + k * rx, c.y + ry), to: Point(c.x, c.y + ry))
        path.cubic(Point(c.x - k * rx, c.y + ry), Point(c.x - rx, c.y + k * ry), to: Point(c.x - rx, c.y))
        path.cubic(Point(c.x - rx, c.y - k * ry), Point(c.x - k * rx, c.y - ry), to: Point(c.x, c.y - ry))
        path.close()
        return path
    }

    /// A rectangle, optionally with rounded corners: straight sides joined by cubic quarter circles
    /// of `cornerRadius`, which is limited to half the shorter side (a larger radius gives a
    /// stadium or a circle, never a self-crossing outline).
    public static func rectangle(_ rect: Rect, cornerRadius: Double = 0) -> BezierPath {
        let r = max(0, min(cornerRadius, rect.width / 2, rect.height / 2))
        if r == 0 { return polygon(rect.corners) }
        let k = r * (1 - quarterCircleControlFactor)
        let x0 = rect.minX, x1 = rect.maxX, y0 = rect.minY, y1 = rect.maxY
        var path = BezierPath([.move(to: Point(x0 + r, y0))])
        path.line(to: Point(x1 - r, y0))
        path.cubic(Point(x1 - k, y0), Point(x1, y0 + k), to: Point(x1, y0 + r))
        path.line(to: Point(x1, y1 - r))
        path.cubic(Point(x1, y1 - k), Point(x1 - k, y1), to: Point(x1 - r, y1))
        path.line(to: Point(x0 + r, y1))
        path.cubic(Point(x0 + k, y1), Point(x0, y1 - k), to: Point(x0, y1 - r))
        path.line(to: Point(x0, y0 + r))
        path.cubic(Point(x0, y0 + k), Point(x0 + k, y0), to: Point(x0 + r, y0))
        path.close()
        return path
    }

    /// A regular polygon with `sides` corners on a circle of `radius` (the circumradius), the first
    /// corner straight up from `center`, the others following clockwise every 360°/sides.
    public static func regularPolygon(sides: Int, radius: Double, center: Point = .zero) -> BezierPath {
        let n = max(sides, 3)
        return polygon((0..<n).map { k in
            center + Vector(angle: .degrees(-90 + 360 * Double(k) / Double(n)), length: radius)
        })
    }

    /// A star with `points` tips on a circle of `outerRadius` and the notches between them on a
    /// circle of `innerRadius`; the first tip is straight up.
    public static func star(points: Int, outerRadius: Double, innerRadius: Double, center: Point = .zero) -> BezierPath {
        let n = max(points, 2)
        return polygon((0..<(2 * n)).map { k in
            let radius = k.isMultiple(of: 2) ? outerRadius : innerRadius
            return center + Vector(angle: .degrees(-90 + 180 * Double(k) / Double(n)), length: radius)
        })
    }

    /// A petal (lens, leaf): two circular arcs meeting in points at (0, ∓length/2), each through
    /// (±width/2, 0), so the long axis lies along y and the bounding box is `width × length`
    /// centred on the origin (for width ≤ length; a wider "petal" bulges past its points).
    /// The arc radius is R = (h² + s²) / 2s with h = length/2 and s = width/2.
    public static func petal(length: Double, width: Double) -> BezierPath {
        let h = length / 2, s = width / 2
        guard h > 0, s > 0 else { return BezierPath() }
        let r = (h * h + s * s) / (2 * s)
        let top = Point(0, -h), bottom = Point(0, h)
        var path = BezierPath([.move(to: top)])
        path.arc(radii: Vector(r, r), largeArc: s > h, sweep: true, to: bottom)
        path.arc(radii: Vector(r, r), largeArc: s > h, sweep: true, to: top)
        path.close()
        return path.cubicsOnly()
    }

    /// A teardrop, point up, round end down: a circle of diameter `width` whose bottom touches
    /// y = length/2, and the two straight tangents to it from the point (0, −length/2). The widest
    /// place is the circle's centre, so the bounding box is `width × length` centred on the origin.
    /// A length not greater than the width gives the circle alone.
    public static func teardrop(length: Double, width: Double) -> BezierPath {
        let r = width / 2
        guard length > width else { return circle(radius: r) }
        let apex = Point(0, -length / 2)
        let centre = Point(0, length / 2 - r)
        // The tangent point T makes a right angle C–T–apex: cos β = r / |apex − C|, β measured at C
        // from the upward direction.
        let beta = acos(r / (length - r))
        let right = centre + Vector(r * sin(beta), -r * cos(beta))
        let left = centre + Vector(-r * sin(beta), -r * cos(beta))
        var path = BezierPath([.move(to: apex)])
        path.line(to: right)
        path.arc(radii: Vector(r, r), largeArc: true, sweep: true, to: left)
        path.close()
        return path.cubicsOnly()
    }

    /// An ukel (curl): the Archimedean spiral ρ = a·θ from the origin (θ = 0, heading along +x and
    /// turning clockwise on paper) out to `outerRadius` after `turns` full turns, so
    /// a = outerRadius / (2π·turns). Open. Fitted with cubics to within `tolerance`.
    public static func spiral(outerRadius: Double, turns: Double, tolerance: Double = fitTolerance) -> BezierPath {
        guard outerRadius > 0, turns > 0 else { return BezierPath() }
        let end = 2 * Double.pi * turns
        let a = outerRadius / end
        return fitted(
            from: 0, to: end, pieces: max(2, Int((turns * 4).rounded(.up))), tolerance: tolerance
        ) { theta in Point(a * theta * cos(theta), a * theta * sin(theta)) }
    }

    /// A parang blade: a closed S-shaped blade along x, pointed at (±length/2, 0).
    ///
    /// Construction, for t from 0 to 1 and x = (t − ½)·length: the centreline sways as
    /// y = −bend·sin(2πt) (up on the left, down on the right: the S), and the blade's half
    /// thickness is ½·sin(πt) about it (greatest in the middle, zero at both ends, so the tips are
    /// points). The whole is then scaled in y so that the bounding box is `length × width`,
    /// centred on the origin (the shape is point-symmetric about it). `bend` is the sway relative
    /// to the greatest thickness: 0 gives a straight lens, 0.5 (the default) the classic parang S.
    public static func blade(
        length: Double, width: Double, bend: Double = 0.5, tolerance: Double = fitTolerance
    ) -> BezierPath {
        guard length > 0, width > 0 else { return BezierPath() }
        func edge(_ t: Double, _ side: Double) -> Double { -bend * sin(2 * .pi * t) + side * 0.5 * sin(.pi * t) }
        // The tallest point, sampled finely; the fit then matches the scaled curve to `tolerance`.
        var reach = 0.0
        for i in 0...2000 {
            let t = Double(i) / 2000
            reach = max(reach, abs(edge(t, -1)), abs(edge(t, 1)))
        }
        let yScale = width / 2 / reach
        let pieces = 8
        let top = fitted(from: 0, to: 1, pieces: pieces, tolerance: tolerance) { t in
            Point((t - 0.5) * length, edge(t, -1) * yScale)
        }
        let bottom = fitted(from: 1, to: 0, pieces: pieces, tolerance: tolerance) { t in
            Point((t - 0.5) * length, edge(t, 1) * yScale)
        }
        var path = top
        path.append(BezierPath(Array(bottom.elements.dropFirst())))
        path.close()
        return path
    }

    /// A wave: y = amplitude·sin(2π·x / wavelength) for x from −length/2 to length/2, open, centred
    /// on the origin (the curve is point-symmetric about it). Fitted with cubics to within
    /// `tolerance`. The default wavelength is the length: one full wave.
    public static func wave(
        length: Double, amplitude: Double, wavelength: Double? = nil, tolerance: Double = fitTolerance
    ) -> BezierPath {
        let lambda = wavelength ?? length
        guard length > 0, lambda > 0 else { return BezierPath() }
        let pieces = max(2, Int((4 * length / lambda).rounded(.up)))
        return fitted(from: -length / 2, to: length / 2, pieces: pieces, tolerance: tolerance) { x in
            Point(x, amplitude * sin(2 * .pi * x / lambda))
        }
    }
}

extension BezierPath {
    /// Deepest halving of one piece when fitting: 2⁻¹⁶ of a piece is far below any tolerance that
    /// matters on cloth, and bounds the work for curves that cannot be met (a cusp).
    static let maximumFitDepth = 16

    /// Cubic Hermite pieces through `curve` from `t0` to `t1`: each piece takes the curve's end
    /// points and tangents (central differences), with control points one third of the parameter
    /// step along the tangents. A piece is halved until the curve and the piece, compared at the
    /// same parameters (¼, ½, ¾), are within `tolerance`: a distance at equal parameters bounds the
    /// distance between the two curves from above, so the check is conservative.
    static func fitted(
        from t0: Double, to t1: Double, pieces: Int, tolerance: Double, curve: (Double) -> Point
    ) -> BezierPath {
        let epsilon = abs(t1 - t0) * 1e-7
        func tangent(_ t: Double) -> Vector { (curve(t + epsilon) - curve(t - epsilon)) / (2 * epsilon) }
        var path = BezierPath([.move(to: curve(t0))])
        func piece(_ a: Double, _ b: Double, depth: Int) {
            let h = b - a
            let p0 = curve(a), p3 = curve(b)
            let c1 = p0 + tangent(a) * (h / 3)
            let c2 = p3 - tangent(b) * (h / 3)
            if depth < maximumFitDepth {
                for s in [0.25, 0.5, 0.75] {
                    let onPiece = cubicPoint(p0, c1, c2, p3, s)
                    if onPiece.distance(to: curve(a + s * h)) > tolerance {
                        piece(a, a + h / 2, depth: depth + 1)
                        piece(a + h / 2, b, depth: depth + 1)
                        return
                    }
                }
            }
            path.cubic(c1, c2, to: p3)
        }
        let n = max(1, pieces)
        for i in 0..<n {
            piece(t0 + (t1 - t0) * Double(i) / Double(n), t0 + (t1 - t0) * Double(i + 1) / Double(n), depth: 0)
        }
        return path
    }

    /// The point at parameter `s` of the cubic Bézier p0, c1, c2, p3 (de Casteljau's blend).
    static func cubicPoint(_ p0: Point, _ c1: Point, _ c2: Point, _ p3: Point, _ s: Double) -> Point {
        let u = 1 - s
        let w0 = u * u * u, w1 = 3 * u * u * s, w2 = 3 * u * s * s, w3 = s * s * s
        return Point(
            w0 * p0.x + w1 * c1.x + w2 * c2.x + w3 * p3.x,
            w0 * p0.y + w1 * c1.y + w2 * c2.y + w3 * p3.y)
    }
}
