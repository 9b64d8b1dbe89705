import Foundation
import Testing

@testable import BatikGeometry
@testable import BatikMotif

@Suite("L-system shapes")
struct LSystemShapeTests {
    /// The points of every subpath of an all-lines path.
    func polylines(_ path: BezierPath) -> [[Point]] {
        path.subpaths.map { sub in
            sub.elements.compactMap { e -> Point? in
                switch e {
                case .move(let p), .line(let p): p
                default: nil
                }
            }
        }
    }

    @Test("a Koch curve in a file: 4ⁿ lines from `at`, reaching the axiom's length, outline only")
    func kochCurveFromAFile() throws {
        let m = try #require(loadElements("""
            elements:
              - shape: lsystem
                axiom: F
                rules: { F: F+F--F+F }
                angle: 60
                iterations: 3
                step: 27 / 3 ^ 3
                at: [-13.5, 5]
                outline: { colour: biru, tool: isen }
            """))
        #expect(m.tileMarks.count == 1)
        let mark = m.tileMarks[0]
        #expect(mark.fill == nil)
        #expect(mark.outline?.tool == "isen")
        let lines = polylines(mark.path)
        #expect(lines.count == 1)
        #expect(lines[0].count == 64 + 1)
        #expect(lines[0].first!.isApproximatelyEqual(to: Point(-13.5, 5), absoluteTolerance: 1e-9))
        #expect(lines[0].last!.isApproximatelyEqual(to: Point(13.5, 5), absoluteTolerance: 1e-9))
        // + turns left, so the bumps rise above the base line (y up is negative on paper).
        let top = try #require(mark.path.controlBounds)
        expectClose(top.minY, 5 - 27 * sqrt(3) / 6, 1e-9)  // the middle bump of a Koch curve is L√3/6 high
        expectClose(top.maxY, 5, 1e-9)
    }

    @Test("angle, step, iterations and heading are expressions over the parameters")
    func expressions() throws {
        let yaml = motifHead.replacingOccurrences(of: "tile:", with: "params: { depth: 2, size: 40 }\ntile:") + """
            elements:
              - shape: lsystem
                axiom: F
                rules: { F: "F[+F]F" }
                angle: 90 / 3
                iterations: depth + 1
                step: size / 2 ^ (depth + 1)
                heading: -45 * 2
                outline: putih
            """
        let m = try #require(load(yaml))
        let path = m.tileMarks[0].path
        // 3 iterations of F → F[+F]F: 3³ = 27 segments, the trunk 2³ steps of 5 mm straight up.
        #expect(path.elements.filter { if case .line = $0 { true } else { false } }.count >= 8)
        let bounds = try #require(path.controlBounds)
        expectClose(bounds.minY, -40, 1e-9)
        expectClose(bounds.maxY, 0, 1e-9)
        let other = try #require(load(yaml, overrides: ["depth": 1]))
        expectClose(other.tileMarks[0].path.controlBounds!.minY, -40, 1e-9)
        #expect(other.tileMarks[0].path.elements.count < path.elements.count)
    }

    @Test("an L-system in a component is placed by its repeats like any shape")
    func inComponentsAndRepeats() throws {
        let m = try #require(loadElements("""
            components:
              tunas:
                - { shape: lsystem, axiom: X, rules: { X: "F[+X]F[-X]+X", F: FF }, angle: 25.7,
                    iterations: 3, step: 0.5, heading: -90, at: [0, -3], outline: putih }
                - { shape: circle, r: 1, fill: biru }
            elements:
              - { use: tunas, repeat: { rotate: 4 } }
            """))
        #expect(m.tileMarks.count == 8)
        let plants = m.tileMarks.filter { $0.fill == nil }
        #expect(plants.count == 4)
        // The first copy grows up from (0, -3); the second, turned 90°, grows to the right from (3, 0).
        let starts = plants.map { polylines($0.path)[0][0] }
        #expect(starts[0].isApproximatelyEqual(to: Point(0, -3), absoluteTolerance: 1e-9))
        #expect(starts[1].isApproximatelyEqual(to: Point(3, 0), absoluteTolerance: 1e-9))
        #expect(plants[1].path.controlBounds!.maxX > 8)
    }

    @Test("an enormous request is refused from the rules' growth, before anything is drawn")
    func enormousRequestFailsFast() throws {
        let found = diagnostics(motifHead + """
            elements:
              - shape: lsystem
                axiom: FFFFFFFFFF
                rules: { F: "FFFFFFFFFF[+FFFFFFFFFF][-FFFFFFFFFF]" }
                angle: 20
                iterations: 10
                step: 0.001
                outline: putih
            """)
        #expect(found.count == 1)
        let d = try #require(found.first)
        #expect(d.line == 11 && d.column == 5)
        #expect(d.message.contains("would draw about 10^"))
        #expect(d.message.contains("the limit is 50000 segments per lsystem element"))
        #expect(d.hint == "use fewer iterations: iterations: 2 gives 9000 segments; --limit lsystem-segments=N changes it (standard 50000, at most 1000000)")
    }

    @Test("rules that grow only variables are refused by their string's length")
    func symbolLimit() throws {
        let found = diagnostics(motifHead + """
            elements:
              - shape: lsystem
                axiom: F
                rules: { F: "FXXXXXXXXX", X: XXXXX }
                angle: 20
                iterations: 10
                step: 0.1
                outline: putih
            """)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("symbols long with iterations: 10; the limit is 2000000 symbols") == true)
        #expect(found.first?.hint?.hasPrefix("use fewer iterations: iterations: 8") == true)
    }

    @Test("a system that draws nothing is an error; unknown letters are variables the turtle skips")
    func variablesAndEmptyDrawings() throws {
        let nothing = diagnostics(motifHead + """
            elements:
              - { shape: lsystem, axiom: X, rules: { X: "Y+Y" }, angle: 90, iterations: 3, step: 1, outline: putih }
            """)
        #expect(nothing.map(\.message) == ["this L-system draws nothing: after 3 iterations its string has no F or G"])
        let m = try #require(loadElements("""
            elements:
              - { shape: lsystem, axiom: "AFBzF", angle: 90, iterations: 0, rules: {}, step: 2, outline: putih }
            """))
        #expect(polylines(m.tileMarks[0].path) == [[Point(0, 0), Point(4, 0)]])
    }
}
