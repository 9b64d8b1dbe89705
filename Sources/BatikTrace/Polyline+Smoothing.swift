import BatikGeometry
import BatikWax

extension Polyline {
    /// Passes of the [1 2 1] / 4 filter over points `spacing` apart.
    static let smoothingPasses = 4

    /// The line without the tremor of traced pixel edges: resampled every `spacing`, smoothed by a
    /// few passes of a [1 2 1] / 4 filter (each pass a small Gaussian blur along the line; its ends
    /// stay where they are, a closed line wraps round), then simplified within `tolerance`
    /// (Douglas–Peucker, as the medial axis does). With `spacing` a quarter of the pen's width the
    /// blur spans about one pen width: corners are rounded as a pen rounds them, no more.
    func smoothed(spacing: Double, tolerance: Double) -> Polyline {
        guard points.count >= 3, spacing > 0 else { return self }
        var samples: [Point] = [points[0]]
        let ring = isClosed ? points + [points[0]] : points
        var carried = 0.0
        for (a, b) in zip(ring, ring.dropFirst()) {
            let length = a.distance(to: b)
            var t = spacing - carried
            while t < length {
                samples.append(a.lerp(to: b, t / length))
                t += spacing
            }
            carried = length - (t - spacing)
        }
        if isClosed {
            if let last = samples.last, last.distance(to: points[0]) < spacing / 2 { samples.removeLast() }
        } else if samples.last != points.last {
            samples.append(points[points.count - 1])
        }
        guard samples.count >= 3 else { return self }
        let n = samples.count
        for _ in 0..<Self.smoothingPasses {
            var next = samples
            for i in 0..<n {
                if !isClosed, i == 0 || i == n - 1 { continue }
                let p = samples[(i + n - 1) % n], q = samples[(i + 1) % n], c = samples[i]
                next[i] = Point((p.x + 2 * c.x + q.x) / 4, (p.y + 2 * c.y + q.y) / 4)
            }
            samples = next
        }
        return Polyline(MedialAxis.simplify(samples, closed: isClosed, tolerance: tolerance), isClosed: isClosed)
    }
}
