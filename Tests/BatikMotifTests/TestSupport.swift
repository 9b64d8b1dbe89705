@testable import BatikGeometry
import Foundation
import Testing

@testable import BatikMotif

/// A minimal valid motif head, so tests can state only the elements they are about.
let motifHead = """
    name: Test
    origin: tests
    tile: { size: [40, 40], repeat: square }
    cloth: "#efe6d2"
    dyes:
      - { name: nila, colour: "#2b3a67" }
      - { name: soga, colour: "#8a5a2b" }
    colours: { putih: [], biru: [nila], hitam: [nila, soga] }
    background: putih

    """

/// Loads `yaml`, recording the diagnostics as a test issue when it fails.
func load(
    _ yaml: String, overrides: [String: Double] = [:], sourceLocation: SourceLocation = #_sourceLocation
) -> Motif? {
    do {
        return try MotifLoader.load(yaml: yaml, path: "test.yaml", overrides: overrides)
    } catch {
        Issue.record("expected the motif to load:\n\(error)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The diagnostics of a motif that must not load.
func diagnostics(
    _ yaml: String, overrides: [String: Double] = [:], sourceLocation: SourceLocation = #_sourceLocation
) -> [Diagnostic] {
    do {
        let m = try MotifLoader.load(yaml: yaml, path: "test.yaml", overrides: overrides)
        Issue.record("expected diagnostics, but the motif loaded with \(m.tileMarks.count) marks", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics
    }
}

/// Loads a motif made of `motifHead` and the given elements.
func loadElements(_ elements: String, sourceLocation: SourceLocation = #_sourceLocation) -> Motif? {
    load(motifHead + elements, sourceLocation: sourceLocation)
}

extension BezierPath {
    /// Bounds of the path sampled densely (tight, unlike control bounds).
    func sampledBounds(samples: Int = 64) -> Rect? {
        var points: [Point] = []
        var current = Point.zero
        for e in cubicsOnly().elements {
            switch e {
            case .move(let p), .line(let p):
                points.append(p); current = p
            case .cubic(let c1, let c2, let p):
                for i in 1...samples {
                    points.append(BezierPath.cubicPoint(current, c1, c2, p, Double(i) / Double(samples)))
                }
                current = p
            default: break
            }
        }
        return Rect(enclosing: points)
    }

    /// The signed area of the sampled outline (shoelace); positive for clockwise on paper (y down).
    func sampledArea(samples: Int = 64) -> Double {
        var points: [Point] = []
        var current = Point.zero
        for e in cubicsOnly().elements {
            switch e {
            case .move(let p), .line(let p): points.append(p); current = p
            case .cubic(let c1, let c2, let p):
                for i in 1...samples { points.append(BezierPath.cubicPoint(current, c1, c2, p, Double(i) / Double(samples))) }
                current = p
            default: break
            }
        }
        var sum = 0.0
        for i in points.indices {
            let a = points[i], b = points[(i + 1) % points.count]
            sum += a.x * b.y - b.x * a.y
        }
        return sum / 2
    }
}

func expectClose(
    _ a: Double, _ b: Double, _ tolerance: Double = 1e-6, _ comment: Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(abs(a - b) <= tolerance, "\(a) ≠ \(b) ± \(tolerance) \(comment?.description ?? "")", sourceLocation: sourceLocation)
}
