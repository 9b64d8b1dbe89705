import BatikGeometry
import BatikMotif
import BatikTestSupport
import Foundation

@testable import BatikWax

/// Shared inputs for the canting tests.
enum CantingFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A bundled motif, loaded with optional parameter overrides.
    static func motif(_ name: String, overrides: [String: Double] = [:]) throws -> Motif {
        let path = repositoryRoot.appendingPathComponent("motifs/\(name).yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try MotifLoader.load(yaml: text, path: path, overrides: overrides)
    }

    static let klowong = CantingTool.library["klowong"]!
    static let tembok = CantingTool.library["tembok"]!
    static let cecek = CantingTool.library["cecek"]!

    /// Total pen-up travel of strokes drawn in the given order.
    static func travel(_ strokes: [CantingStroke]) -> Double {
        CantingPass(stepIndex: 0, stepName: "uji", tool: klowong, strokes: strokes).travel
    }

    /// Random open lines and loops in a square of `side` mm.
    static func randomStrokes(count: Int, side: Double, seed: UInt64) -> [CantingStroke] {
        var rng = SplitMix64(seed: seed)
        var result: [CantingStroke] = []
        for k in 0..<count {
            let p = Point(Double.random(in: 0..<1, using: &rng) * side, Double.random(in: 0..<1, using: &rng) * side)
            switch k % 3 {
            case 0:
                let q =
                    p
                    + Vector(
                        Double.random(in: 0..<1, using: &rng) * 10 - 5, Double.random(in: 0..<1, using: &rng) * 10 - 5)
                result.append(.line(Polyline([p, p.lerp(to: q, 0.5) + Vector(0.5, 0), q], isClosed: false)))
            case 1:
                let r = 0.5 + Double.random(in: 0..<1, using: &rng) * 2
                let ring = (0..<12).map { i in p + Vector(angle: Angle(degrees: Double(i) * 30), length: r) }
                result.append(.line(Polyline(ring, isClosed: true)))
            default:
                result.append(.dab(at: p))
            }
        }
        return result
    }
}
