import Foundation
import Testing

@testable import BatikGeometry
@testable import BatikMotif

@Suite("Placement, repeats, components and draw order")
struct RepeatTests {
    func centres(_ motif: Motif) -> [Point] {
        motif.tileMarks.compactMap { $0.path.sampledBounds()?.center }
    }

    func expectPoints(_ a: [Point], _ b: [Point], tolerance: Double = 1e-6, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.count == b.count, "\(a) vs \(b)", sourceLocation: sourceLocation)
        for (p, q) in zip(a, b) {
            #expect(p.isApproximatelyEqual(to: q, absoluteTolerance: tolerance), "\(p) ≠ \(q)", sourceLocation: sourceLocation)
        }
    }

    @Test func rotateFourGivesFourMarksAtRightAngles() throws {
        let m = try #require(loadElements("""
            elements:
              - { shape: petal, length: 6, width: 2, at: [0, -10], repeat: { rotate: 4 }, fill: biru }
            """))
        expectPoints(centres(m), [Point(0, -10), Point(10, 0), Point(0, 10), Point(-10, 0)], tolerance: 1e-3)
        // Each copy is turned with its place: upright at top and bottom, lying at the sides.
        let sizes = m.tileMarks.map { $0.path.sampledBounds()!.size }
        #expect(sizes.map { $0.height > $0.width } == [true, false, true, false])
    }

    @Test func rotateAboutAPoint() throws {
        let m = try #require(loadElements("""
            elements:
              - { shape: circle, r: 1, at: [10, 0], repeat: { rotate: 2, about: [5, 0] }, fill: biru }
            """))
        expectPoints(centres(m), [Point(10, 0), Point(0, 0)], tolerance: 1e-3)
    }

    @Test func countAlongALine() throws {
        let m = try #require(loadElements("""
            elements:
              - { shape: circle, r: 0.5, at: [-6, 1], repeat: { count: 5, step: [3, 0.5] }, outline: putih }
            """))
        expectPoints(centres(m), (0..<5).map { Point(-6 + 3 * Double($0), 1 + 0.5 * Double($0)) }, tolerance: 1e-3)
    }

    @Test func arcWithOrientTurnsEachCopyOutward() throws {
        let m = try #require(loadElements("""
            elements:
              - shape: petal
                length: 6
                width: 2
                fill: biru
                repeat: { count: 4, arc: { r: 10, from: -90, to: 270 }, orient: true }
            """))
        expectPoints(centres(m), [Point(0, -10), Point(10, 0), Point(0, 10), Point(-10, 0)], tolerance: 1e-3)
        let sizes = m.tileMarks.map { $0.path.sampledBounds()!.size }
        #expect(sizes.map { $0.height > $0.width } == [true, false, true, false])
        // The copy at 0° (the right) is the element turned a quarter clockwise: its first point
        // (the petal's tip, straight up in the element) now points away from the centre.
        guard case .move(let tip) = m.tileMarks[1].path.elements.first else { Issue.record("no move"); return }
        #expect(tip.isApproximatelyEqual(to: Point(13, 0), absoluteTolerance: 1e-9))
    }

    @Test func partArcIncludesBothEndsAndKeepsOrientationWithoutOrient() throws {
        let m = try #require(loadElements("""
            elements:
              - { shape: ellipse, size: [2, 4], fill: biru, repeat: { count: 3, arc: { r: 5, from: 0, to: 180 }, about: [1, 1] } }
            """))
        expectPoints(centres(m), [Point(6, 1), Point(1, 6), Point(-4, 1)], tolerance: 1e-3)
        #expect(m.tileMarks.allSatisfy { abs($0.path.sampledBounds()!.width - 2) < 1e-2 })
    }

    @Test func mirrorRepeatsAboutAPoint() throws {
        let m = try #require(loadElements("""
            elements:
              - { shape: path, d: "M1 1 L3 1 L3 2 Z", fill: biru, repeat: { mirror: x, about: [5, 0] } }
              - { shape: circle, r: 1, at: [2, 3], fill: biru, repeat: { mirror: xy } }
            """))
        guard case .move(let start) = m.tileMarks[1].path.elements.first else { Issue.record("no move"); return }
        #expect(start.isApproximatelyEqual(to: Point(9, 1)))
        expectPoints(Array(centres(m).dropFirst(2)), [Point(2, 3), Point(-2, 3), Point(2, -3), Point(-2, -3)], tolerance: 1e-3)
    }

    @Test func repeatsInAListApplyInOrder() throws {
        let m = try #require(loadElements("""
            elements:
              - shape: circle
                r: 0.5
                at: [0, -4]
                fill: biru
                repeat:
                  - { rotate: 2 }
                  - { count: 2, step: [10, 0] }
            """))
        expectPoints(centres(m), [Point(0, -4), Point(10, -4), Point(0, 4), Point(10, 4)], tolerance: 1e-3)
    }

    @Test func scaleThenMirrorThenRotateThenTranslate() throws {
        let m = try #require(loadElements("""
            elements:
              - { shape: path, d: "M0 0 L4 0 L4 1 Z", scale: [2, 3], mirror: x, rotate: 90, at: [10, 20], fill: biru }
            """))
        // (4, 1) → scale (8, 3) → mirror (-8, 3) → rotate 90° (-3, -8) → translate (7, 12).
        let points = m.tileMarks[0].path.elements.compactMap { e -> Point? in
            switch e {
            case .move(let p), .line(let p): return p
            default: return nil
            }
        }
        expectPoints(points, [Point(10, 20), Point(10, 12), Point(7, 12)])
    }

    @Test func outlinesUseTheToolWidthWhateverTheScale() throws {
        let m = try #require(loadElements("""
            tools:
              halus: { like: isen, spout: 0.5 }
            elements:
              - { shape: circle, r: 2, scale: 3, outline: biru }
              - { shape: circle, r: 2, outline: { colour: putih, tool: halus } }
              - { shape: circle, r: 2, outline: { colour: putih, tool: cecek, width: 0.9 } }
            """))
        let klowong = CantingTool.library["klowong"]!
        #expect(m.tileMarks.map(\.outline) == [
            Stroke(tool: "klowong", width: klowong.lineWidth, colour: "biru"),
            Stroke(tool: "halus", width: 0.5 + CantingTool.waxSpread, colour: "putih"),
            Stroke(tool: "cecek", width: 0.9, colour: "putih"),
        ])
        #expect(m.tools["halus"]?.use == .line)
        expectClose(m.tileMarks[0].path.sampledBounds()!.width, 12, 0.01)
    }

    @Test func componentsArePlacedThroughTheUsingElement() throws {
        let m = try #require(load(motifHead + """
            components:
              bunga:
                - { shape: circle, r: 1, fill: putih, order: 1 }
                - { use: daun, at: [0, -3] }
              daun:
                - { shape: petal, length: 2, width: 1, fill: biru }
            elements:
              - { use: bunga, at: [10, 0], rotate: 90, repeat: { count: 2, step: [0, 10] }, order: 5 }
              - { shape: circle, r: 8, fill: hitam }
            """))
        #expect(m.tileMarks.count == 5)
        // Sorted by order: the big circle (0), the two petals (5), the two centres (6).
        #expect(m.tileMarks.map(\.order) == [0, 5, 5, 6, 6])
        #expect(m.tileMarks.map(\.fill) == ["hitam", "biru", "biru", "putih", "putih"])
        // The petal at (0, -3) in the component, turned 90° → (3, 0), moved to (10, 0) and (10, 10).
        expectPoints(Array(centres(m)[1...]), [Point(13, 0), Point(13, 10), Point(10, 0), Point(10, 10)], tolerance: 1e-3)
    }

    @Test func equalOrdersKeepFileOrder() throws {
        let m = try #require(loadElements("""
            elements:
              - { shape: circle, r: 1, fill: biru, order: 1, at: [1, 0] }
              - { shape: circle, r: 1, fill: biru, at: [2, 0] }
              - { shape: circle, r: 1, fill: biru, order: 1, at: [3, 0] }
              - { shape: circle, r: 1, fill: biru, order: -2, at: [4, 0] }
              - { shape: circle, r: 1, fill: biru, at: [5, 0], repeat: { count: 2, step: [0, 1] } }
            """))
        #expect(centres(m).map { Int($0.x.rounded()) } == [4, 2, 5, 5, 1, 3])
        #expect(m.tileMarks.map(\.order) == [-2, 0, 0, 0, 1, 1])
    }

    @Test func tileRepeatsReadEveryForm() throws {
        func tile(_ repeatText: String) throws -> Tile.Repeat {
            let yaml = motifHead.replacingOccurrences(of: "repeat: square", with: "repeat: \(repeatText)")
                + "elements: [ { shape: circle, r: 1, fill: biru } ]\n"
            return try MotifLoader.load(yaml: yaml, path: "t.yaml").tile.repeat
        }
        #expect(try tile("half-drop") == .lattice(.halfDrop, angle: .degrees(45)))
        #expect(try tile("{ lattice: diagonal, angle: 30 }") == .lattice(.diagonal, angle: .degrees(30)))
        #expect(try tile("{ lattice: diagonal }") == .lattice(.diagonal, angle: .degrees(45)))
        #expect(try tile("{ group: p4m }") == .wallpaper(.p4m))
        #expect(try tile("p31m") == .wallpaper(.p31m))
        let warned = try MotifLoader.load(
            yaml: motifHead.replacingOccurrences(of: "repeat: square", with: "repeat: { lattice: brick, angle: 30 }")
                + "elements: [ { shape: circle, r: 1, fill: biru } ]\n", path: "t.yaml")
        #expect(warned.warnings.map(\.message) == ["'angle' is used only by the diagonal lattice; brick ignores it"])
    }
}
