import BatikGeometry
import Foundation
import Testing

@testable import BatikMotif

@Suite("Example motifs")
struct ExampleMotifTests {
    @Test func starterMotifLoadsWithoutDiagnostics() throws {
        let yaml = StarterMotif.yaml(name: "Bunga \"Baru\" 1")
        let motif = try MotifLoader.load(yaml: yaml, path: "bunga.yaml")
        #expect(motif.warnings.isEmpty)
        #expect(motif.name == "Bunga \"Baru\" 1")
        #expect(motif.tileMarks.count == 5)
        #expect(motif.tileMarks.last?.order == 1)
        // The starter honours --set, and its dependants follow.
        let big = try MotifLoader.load(yaml: yaml, path: "bunga.yaml", overrides: ["size": 60])
        #expect(big.parameters.map(\.value) == [60, 60 * 0.38])
    }

    /// Kawung as in DESIGN.md: four ovals at 90° around a point, a centre dot, a small cross of
    /// isen lines in each gap, on a square tile.
    static let kawung = """
        name: Kawung Picis
        origin: Yogyakarta and Surakarta; four aren palm fruits around a centre, a sign of purity
        description: The classic ceplok of four ovals.
        unit: mm
        params:
          size: { default: 24, min: 12, max: 120, note: "picis 24, kemplong 60" }
          gap: size * 0.04
        tile: { size: [size, size], repeat: square }
        cloth: "#efe6d2"
        dyes:
          - { name: nila, colour: "#2b3a67", method: dip }
          - { name: soga, colour: "#8a5a2b", method: dip }
        colours:
          putih:  []
          biru:   [nila]
          hitam:  [nila, soga]
        background: hitam
        components:
          buah:                       # one palm fruit: an oval with a seed line inside
            - shape: ellipse
              size: [size * 0.42, size * 0.62]
              fill: biru
              outline: { tool: klowong, colour: putih }
            - shape: path
              d: "M0 -3 L0 3"
              outline: { colour: putih, tool: isen }
              order: 1
        elements:
          - use: buah
            at: [0, -size * 0.27 - gap]
            repeat: { rotate: 4 }
          - shape: circle
            r: size * 0.06
            fill: putih
            order: 2
          - shape: circle               # cecek dots on the tile corners, in a ring of 8
            r: 0.5
            fill: putih
            repeat:
              - { count: 8, arc: { r: size * 0.2 }, about: [size / 2, size / 2] }
              - { mirror: x }
        """

    @Test func kawungLoadsIntoTheExpectedMarks() throws {
        let motif = try MotifLoader.load(yaml: Self.kawung, path: "kawung.yaml")
        #expect(motif.warnings.isEmpty)
        // 4 fruits × 2 marks, 1 centre dot, 8 × 2 corner dots.
        #expect(motif.tileMarks.count == 4 * 2 + 1 + 16)
        #expect(motif.tileMarks.map(\.order) == [Int](repeating: 0, count: 4 + 16) + [1, 1, 1, 1, 2])
        #expect(motif.recipes.map(\.name) == ["putih", "biru", "hitam"])
        #expect(motif.tile == Tile(size: Size(24, 24), repeat: .lattice(.square, angle: .degrees(45))))
        // The top fruit sits above the centre, its oval 0.42·24 wide.
        let top = try #require(motif.tileMarks.first?.path.sampledBounds())
        expectClose(top.width, 24 * 0.42, 1e-3)
        expectClose(top.center.y, -24 * 0.27 - 24 * 0.04, 1e-3)
        let seed = motif.tileMarks[20]
        #expect(seed.outline == Stroke(tool: "isen", width: CantingTool.library["isen"]!.lineWidth, colour: "putih"))
    }

    /// The complete example of docs/motif-format.md loads as the text around it says.
    @Test func theFormatReferenceExampleLoads() throws {
        let docs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/motif-format.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(text.range(of: "```yaml\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let motif = try MotifLoader.load(yaml: String(text[start.upperBound..<end.lowerBound]), path: "motif-format.md")
        #expect(motif.tileMarks.count == 25)
        #expect(motif.warnings.isEmpty)
        let large = try MotifLoader.load(
            yaml: String(text[start.upperBound..<end.lowerBound]), path: "motif-format.md", overrides: ["size": 60])
        #expect(large.parameters.map(\.value) == [60, 60 * 0.04])
    }
}
