internal import BatikGeometry
internal import Foundation

/// Soft creases of a shirt that has been worn and laid out: a few long, shallow ridges at random
/// angles, each a smooth cosine bump of shade across its line.
struct Creases {
    private var lines: [(origin: Point, normal: Vector, width: Double, depth: Double, length: Double, along: Vector)] = []

    init(rng: inout SplitMix64) {
        for i in 0..<9 {
            let angle = rng.uniform(-0.5...0.5) + (i % 3 == 0 ? Double.pi / 2 : 0)
            let along = Vector(cos(angle), sin(angle))
            lines.append(
                (
                    Point(rng.uniform(250...750), rng.uniform(120...720)), Vector(-along.dy, along.dx),
                    rng.uniform(12...30), rng.uniform(0.04...0.09), rng.uniform(120...300), along
                ))
        }
    }

    /// The shade multiplier at a point of the body (millimetres): a ridge's lit side is lighter,
    /// its far side darker.
    func shade(at p: Point) -> Double {
        var k = 1.0
        for line in lines {
            let d = p - line.origin
            let across = d.dx * line.normal.dx + d.dy * line.normal.dy
            let along = d.dx * line.along.dx + d.dy * line.along.dy
            guard abs(across) < 2 * line.width, abs(along) < line.length else { continue }
            let fade = 0.5 + 0.5 * cos(Double.pi * along / line.length)
            // The derivative of a bump: light on one flank, shadow on the other.
            k *= 1 - line.depth * fade * sin(Double.pi * across / (2 * line.width))
        }
        return k
    }
}
