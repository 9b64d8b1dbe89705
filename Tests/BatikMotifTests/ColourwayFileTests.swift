import Testing

@testable import BatikMotif

@Suite("Colourway and catalogue files")
struct ColourwayFileTests {
    static let motif = load(motifHead + "elements:\n  - { shape: circle, r: 5, fill: biru }\n")!

    @Test("a colourway file changes the dyes it names and keeps the rest")
    func applies() throws {
        let file = try ColourwayFile.load(
            yaml: """
                colourways:
                  - name: Asli
                  - name: Biru laut
                    cloth: "#f5efe0"
                    dyes: { nila: "#1f3b73" }
                """, path: "warna.yaml")
        #expect(file.colourways.map(\.name) == ["Asli", "Biru laut"])
        #expect(file.diagnostics(for: Self.motif).isEmpty)
        let sea = Self.motif.applying(file.colourways[1])
        #expect(sea.dyes.first { $0.name == "nila" }?.colour.hex == "#1f3b73")
        #expect(sea.dyes.first { $0.name == "soga" }?.colour == Self.motif.dyes.first { $0.name == "soga" }?.colour)
        #expect(sea.cloth.hex == "#f5efe0")
        #expect(Self.motif.applying(file.colourways[0]) == Self.motif)
    }

    @Test("mistakes are reported with line, column and a hint")
    func mistakes() {
        #expect(throws: DiagnosticList.self) { try ColourwayFile.load(yaml: "colourways:\n  - name: A\n    dye: {}\n", path: "w.yaml") }
        do {
            _ = try ColourwayFile.load(
                yaml: "colourways:\n  - name: A\n    dye: {}\n  - name: B\n    dyes: { nila: biru }\n  - name: B\n",
                path: "w.yaml")
        } catch {
            let texts = error.diagnostics.map(\.description)
            #expect(texts.contains { $0.hasPrefix("w.yaml:3:5: error: unknown key 'dye'") && $0.contains("did you mean 'dyes'?") })
            #expect(texts.contains { $0.hasPrefix("w.yaml:5:19: error: 'biru' is not a colour") })
            #expect(texts.contains { $0.contains("two colourways are named 'B'") })
        }
    }

    @Test("a dye the motif does not use is named with a suggestion")
    func unknownDye() throws {
        let file = try ColourwayFile.load(yaml: "colourways:\n  - name: A\n    dyes: { nilla: \"#123456\" }\n", path: "w.yaml")
        let problems = file.diagnostics(for: Self.motif)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 3 && problems.first?.column == 13)
        #expect(problems.first?.hint == "did you mean 'nila'?")
    }

    @Test("presets start with the motif's own colours and skip a palette that looks the same")
    func presets() {
        let presets = Colourway.presets(for: Self.motif)
        #expect(presets.first?.dyes.isEmpty == true)
        // The test motif's nila and soga are the Sogan palette's: it is not shown twice.
        #expect(!presets.contains { $0.name == "Sogan" })
        #expect(presets.count == 4)
        let blue = presets.first { $0.name == "Biru nila" }!
        #expect(Self.motif.applying(blue).dyes.map(\.colour.hex) == ["#5b7fb0", "#1f2f5c"])
    }

    @Test("a catalogue names motifs, products and the seller; mistakes point at their line")
    func catalogue() throws {
        let file = try CatalogueFile.load(
            yaml: "motifs: [kawung, motifs/sekar.yaml]\nproducts: [kain]\nprice: 350000\nbrand: KUBE Sekar\n",
            path: "k.yaml")
        #expect(file.motifs == ["kawung", "motifs/sekar.yaml"])
        #expect(file.motifPositions.map(\.column) == [10, 18])
        #expect(file.price == 350000)
        do {
            _ = try CatalogueFile.load(yaml: "motif: [kawung]\nprice: 35.000\n", path: "k.yaml")
            Issue.record("expected errors")
        } catch {
            let texts = error.diagnostics.map(\.description)
            #expect(texts.contains { $0.hasPrefix("k.yaml:1:1: error: unknown key 'motif'") && $0.contains("did you mean 'motifs'?") })
            #expect(texts.contains { $0.hasPrefix("k.yaml:2:8: error: '35.000' is not a price") })
            #expect(texts.contains { $0.contains("missing key 'motifs'") })
        }
    }
}
