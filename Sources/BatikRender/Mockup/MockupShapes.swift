internal import BatikGeometry
internal import Foundation

/// Small shape and number helpers shared by the product drawings.
enum MockupShapes {
    /// Points along a cubic Bézier, `count` + 1 of them.
    static func cubic(_ p0: Point, _ c1: Point, _ c2: Point, _ p1: Point, count: Int = 32) -> [Point] {
        (0...count).map { i in
            let t = Double(i) / Double(count)
            let u = 1 - t
            let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
            return Point(
                a * p0.x + b * c1.x + c * c2.x + d * p1.x, a * p0.y + b * c1.y + c * c2.y + d * p1.y)
        }
    }

    /// A band of `width` along a polyline (a strap, a cord), as a closed polygon.
    static func ribbon(_ points: [Point], width: Double) -> BezierPath {
        var left: [Point] = []
        var right: [Point] = []
        for (i, p) in points.enumerated() {
            let a = points[max(i - 1, 0)]
            let b = points[min(i + 1, points.count - 1)]
            let d = b - a
            let length = max(d.length, 1e-9)
            let normal = Vector(-d.dy / length * width / 2, d.dx / length * width / 2)
            left.append(p + normal)
            right.append(p - normal)
        }
        return .polygon(left + right.reversed())
    }

    /// The outline of the parameter rectangle `rect` carried by `place` (sampled every `step`):
    /// the silhouette of a draped piece whose edges are the cloth's own edges.
    static func outline(_ rect: Rect, step: Double = 4, _ place: (Double, Double) -> Point) -> BezierPath {
        var points: [Point] = []
        func edge(_ from: Point, _ to: Point) {
            let n = max(1, Int(((to - from).length / step).rounded(.up)))
            for i in 0..<n {
                let p = from.lerp(to: to, Double(i) / Double(n))
                points.append(place(p.x, p.y))
            }
        }
        let c = rect.corners
        for i in 0..<4 { edge(c[i], c[(i + 1) % 4]) }
        return .polygon(points)
    }

    /// A polyline as an open path.
    static func polyline(_ points: [Point]) -> BezierPath { .polygon(points, closed: false) }

    /// 0 below `a`, 1 above `b`, smooth between.
    static func smoothstep(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let t = min(max((x - a) / (b - a), 0), 1)
        return t * t * (3 - 2 * t)
    }

    /// A soft shadow of `path` drawn as a few offset, faint copies (no blur needed for a few
    /// millimetres of shadow under a collar or a placket).
    static func softShadow(_ path: BezierPath, offset: Vector, alpha: Double, steps: Int = 4) -> [MockupLayer] {
        (1...steps).map { i in
            let k = Double(i) / Double(steps)
            return .fill(
                path.translated(by: Vector(offset.dx * k, offset.dy * k)),
                .solid(.init(0, 0, 0), alpha: alpha / Double(steps)), casts: false)
        }
    }
}

extension SplitMix64 {
    /// A uniform number in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    /// A uniform number in `range`.
    mutating func uniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * unit()
    }
}
