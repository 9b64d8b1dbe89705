internal import BatikGeometry
internal import Foundation

/// The curves practice drills are made of, as points in the order the hand moves, sampled finely
/// enough (`step`) that the polyline prints as a smooth curve. Angles grow from +x toward +y,
/// which on paper (y down) is clockwise.
enum PracticeShapes {
    /// Distance between samples along a curve, in millimetres: well under a printer dot's worth
    /// of visible corner at the sizes drawn here.
    static let step = 0.4

    /// A sine wave from `start` rightwards, `length` long, `amplitude` up and down, first rising.
    static func wave(from start: Point, length: Double, amplitude: Double, wavelength: Double) -> [Point] {
        let n = max(2, Int((length / step).rounded(.up)))
        return (0...n).map { i in
            let x = length * Double(i) / Double(n)
            return Point(start.x + x, start.y - amplitude * sin(2 * .pi * x / wavelength))
        }
    }

    /// A zigzag from `start` rightwards: straight legs to a peak every `halfPeriod`, first up.
    static func zigzag(from start: Point, length: Double, amplitude: Double, halfPeriod: Double) -> [Point] {
        var points = [start]
        var x = 0.0
        var up = true
        while x + halfPeriod / 2 <= length + 1e-9 {
            let peak = min(x + halfPeriod / 2, length)
            points.append(Point(start.x + peak, start.y + (up ? -amplitude : amplitude)))
            up.toggle()
            x += halfPeriod
        }
        let last = points[points.count - 1]
        if last.x < start.x + length - 1e-9 { points.append(Point(start.x + min(x - halfPeriod / 2, length), start.y)) }
        return points
    }

    /// A row of half circles (arches) of `radius` standing on a line, from `start` rightwards.
    static func arches(from start: Point, count: Int, radius: Double) -> [Point] {
        var points: [Point] = []
        for k in 0..<count {
            let centre = Point(start.x + radius * Double(2 * k + 1), start.y)
            let arc = arcPoints(centre: centre, radius: radius, from: .pi, to: 2 * .pi)
            points += k == 0 ? arc : Array(arc.dropFirst())
        }
        return points
    }

    /// Points on a circular arc from angle `a` to `b` (radians; b > a goes clockwise on paper).
    static func arcPoints(centre: Point, radius: Double, from a: Double, to b: Double) -> [Point] {
        let n = max(2, Int((abs(b - a) * radius / step).rounded(.up)))
        return (0...n).map { i in
            let t = a + (b - a) * Double(i) / Double(n)
            return Point(centre.x + radius * cos(t), centre.y + radius * sin(t))
        }
    }

    /// A whole circle, clockwise on paper, starting at angle `start`; the last point is the first.
    static func circle(centre: Point, radius: Double, start: Double = -.pi / 2) -> [Point] {
        arcPoints(centre: centre, radius: radius, from: start, to: start + 2 * .pi)
    }

    /// An ellipse with semi-axes `a` (along `angle`) and `b`, clockwise on paper, starting at the
    /// end of its long axis (parameter 0), closed.
    static func ellipse(centre: Point, a: Double, b: Double, angle: Double, start: Double = 0) -> [Point] {
        let n = max(8, Int((2 * .pi * max(a, b) / step).rounded(.up)))
        let (c, s) = (cos(angle), sin(angle))
        return (0...n).map { i in
            let t = start + 2 * .pi * Double(i) / Double(n)
            let x = a * cos(t), y = b * sin(t)
            return Point(centre.x + x * c - y * s, centre.y + x * s + y * c)
        }
    }

    /// An ukel: the classic batik curl, an Archimedean spiral drawn from its outer end inwards,
    /// clockwise on paper, `turns` times round, from `radius` down to `radius · inner`.
    static func ukel(centre: Point, radius: Double, turns: Double = 2.25, inner: Double = 0.12, start: Double = .pi)
        -> [Point]
    {
        let total = 2 * .pi * turns
        let n = max(8, Int((total * radius / step).rounded(.up)))
        return (0...n).map { i in
            let f = Double(i) / Double(n)
            let r = radius * (1 - (1 - inner) * f)
            let t = start + total * f
            return Point(centre.x + r * cos(t), centre.y + r * sin(t))
        }
    }

    /// A leaf (or petal): an almond between the points `tip0` and `tip1`, `width` across at the
    /// middle (half-width `width/2 · sin(πt)` along the chord). Starts at `tip0`, runs along one
    /// side to `tip1` and back along the other, clockwise on paper; closed.
    static func leaf(from tip0: Point, to tip1: Point, width: Double) -> [Point] {
        let chord = tip1 - tip0
        let n = max(8, Int((chord.length / step).rounded(.up)))
        let normal = Vector(-chord.dy, chord.dx) / chord.length
        func side(_ t: Double, _ sign: Double) -> Point {
            tip0 + chord * t + normal * (sign * width / 2 * sin(.pi * t))
        }
        let out = (0...n).map { side(Double($0) / Double(n), -1) }
        let back = (0...n).reversed().dropFirst().map { side(Double($0) / Double(n), 1) }
        return out + back
    }

    /// Whether `p` lies inside the closed polygon `ring` (even-odd).
    static func contains(_ ring: [Point], _ p: Point) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
            j = i
        }
        return inside
    }

    /// Shortest distance from `p` to the polygon's edges.
    static func distance(_ p: Point, to ring: [Point]) -> Double {
        var best = Double.infinity
        for i in 1..<ring.count {
            let a = ring[i - 1], b = ring[i]
            let ab = b - a
            let t = max(0, min(1, (p - a).dot(ab) / max(ab.lengthSquared, 1e-12)))
            best = min(best, p.distance(to: a + ab * t))
        }
        return best
    }

    /// Points spaced `pitch` apart along a closed or open polyline, starting at its first point.
    static func resampled(_ points: [Point], pitch: Double) -> [Point] {
        guard var previous = points.first else { return [] }
        var out = [previous]
        var carried = 0.0
        for p in points.dropFirst() {
            var segment = p.distance(to: previous)
            var from = previous
            while carried + segment >= pitch {
                let t = (pitch - carried) / segment
                let q = from.lerp(to: p, t)
                out.append(q)
                segment -= pitch - carried
                from = q
                carried = 0
            }
            carried += segment
            previous = p
        }
        // A closed ring must not end on a dot that sits on top of the first one.
        if let last = out.last, out.count > 1, last.distance(to: out[0]) < pitch * 0.6 { out.removeLast() }
        return out
    }
}

extension PracticeShapes {
    /// Length of the polyline (closing segment included when `closed`).
    static func length(_ points: [Point], closed: Bool) -> Double {
        var total = 0.0
        for i in points.indices.dropFirst() { total += points[i - 1].distance(to: points[i]) }
        if closed, let first = points.first, let last = points.last { total += last.distance(to: first) }
        return total
    }

    /// The point `s` millimetres along the polyline and the direction of travel there.
    static func point(along points: [Point], at s: Double) -> (point: Point, direction: Vector) {
        var walked = 0.0
        for i in points.indices.dropFirst() {
            let a = points[i - 1], b = points[i]
            let d = a.distance(to: b)
            guard d > 1e-9 else { continue }
            if walked + d >= s { return (a.lerp(to: b, (s - walked) / d), (b - a) / d) }
            walked += d
        }
        let n = points.count
        let direction = n > 1 ? (points[n - 1] - points[n - 2]).normalized : Vector(1, 0)
        return (points[n - 1], direction)
    }
}
