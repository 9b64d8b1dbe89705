import BatikGeometry
import BatikImport
import BatikMotif
import Foundation
import Testing

/// The palette a drawing's colours become, the cantings its lines become, and the file's text.
@Suite struct PaletteAndWriterTests {
    static func colour(_ hex: String) -> RGBColour { RGBColour(hex: hex)! }

    @Test func nearColoursAreOneRecipeAndFarOnesAreNot() {
        // #2b3a67 → #2e3d6a is ΔE ≈ 1.6; #2b3a67 → #3b5a97 is ΔE ≈ 20.
        let palette = ImportedPalette(uses: [
            (Self.colour("#ffffff"), 1), (Self.colour("#2b3a67"), 5), (Self.colour("#2e3d6a"), 1),
            (Self.colour("#3b5a97"), 2),
        ])
        #expect(palette.entries.map(\.name) == ["warna-1", "warna-2", "warna-3"])
        #expect(palette.recipe(for: Self.colour("#2e3d6a")) == palette.recipe(for: Self.colour("#2b3a67")))
        #expect(palette.recipe(for: Self.colour("#3b5a97")) != palette.recipe(for: Self.colour("#2b3a67")))
        // The most used colour of a cluster speaks for it.
        #expect(palette.entries.first { $0.members.count == 2 }?.colour.hex == "#2b3a67")
        #expect(palette.cloth.hex == "#ffffff")
        #expect(palette.background == "warna-1")
        #expect(palette.dyes.count == 2)
    }

    @Test func aDarkDrawingGetsMoriAndAPutihGround() {
        let palette = ImportedPalette(uses: [(Self.colour("#8a5a2b"), 1)])
        #expect(palette.cloth == ImportedPalette.mori)
        #expect(palette.entries.map(\.name) == ["putih", "warna-1"])
        #expect(palette.background == "putih")
    }

    /// Mori, indigo, soga brown and near-black: the classic sogan comes back, black being the
    /// indigo dyed again in the same soga bath as the brown, and the preview keeps every colour.
    @Test func darkerColoursAreLighterOnesDyedAgainAndNearBathsAreOne() throws {
        let hexes = ["#efe6d2", "#283353", "#815021", "#100b07"]
        let palette = ImportedPalette(uses: hexes.map { (Self.colour($0), 1) })
        #expect(palette.dyes.count == 2)
        #expect(palette.cloth.hex == "#efe6d2")
        let black = try #require(palette.entries.first { $0.colour.hex == "#100b07" })
        let blue = try #require(palette.entries.first { $0.colour.hex == "#283353" })
        let brown = try #require(palette.entries.first { $0.colour.hex == "#815021" })
        #expect(black.dyedAgain == blue.name)
        #expect(Set(black.baths) == Set(blue.baths + brown.baths))
        #expect(black.baths == palette.dyes.map(\.name), "written in bath order")

        let drawing = ImportedDrawing(
            name: "sogan", source: "sogan.svg", tileSize: Size(width: 40, height: 10),
            groups: [
                ImportedGroup(
                    label: nil,
                    elements: hexes.enumerated().map { k, hex in
                        ImportedElement(
                            path: .rectangle(Rect(x: -20 + Double(k) * 10, y: -5, width: 10, height: 10)),
                            fill: Self.colour(hex), outline: nil)
                    })
            ])
        let motif = try MotifLoader.load(yaml: MotifFileWriter().yaml(for: drawing), path: "sogan.yaml")
        let image = try ImportSupport.render(motif)
        for (k, hex) in hexes.enumerated() {
            let got = ImportSupport.pixel(image, mm: Point(5 + Double(k) * 10, 5))
            #expect(got.distance(to: ImportSupport.rgba(hex)) <= 12, "\(hex) previews as \(got)")
        }
    }

    @Test func aBathDyesTheClothToTheDrawingsColour() throws {
        // On mori, a bath that previews as #2b3a67 must pass less light than #2b3a67 itself.
        let palette = ImportedPalette(uses: [(Self.colour("#2b3a67"), 1)])
        let motif = try MotifLoader.load(
            yaml: """
                name: x
                origin: x
                tile: { size: 10 }
                cloth: "\(palette.cloth.hex)"
                dyes: [{ name: a, colour: "\(palette.dyes[0].colour.hex)" }]
                colours: { putih: [], warna-1: [a] }
                background: warna-1
                elements: [{ shape: circle, r: 1, fill: putih }]
                """, path: "x.yaml")
        let image = try ImportSupport.render(motif)
        #expect(ImportSupport.pixel(image, mm: Point(1, 1)).distance(to: ImportSupport.rgba("#2b3a67")) <= 3)
    }

    @Test(
        arguments: [
            (0.5, "isen", 0.5), (1.1, "isen", nil), (1.4, "isen", 1.4), (1.8, "klowong", nil), (2.5, "klowong", 2.5),
            (3.0, "tembok", 3.0), (3.8, "tembok", nil),
        ] as [(Double, String, Double?)])
    func linesGetTheNearestCanting(width: Double, tool: String, written: Double?) throws {
        let drawing = ImportedDrawing(
            name: "garis", source: "garis.svg", tileSize: Size(width: 20, height: 20),
            groups: [
                ImportedGroup(
                    label: nil,
                    elements: [
                        ImportedElement(
                            path: .polygon([Point(-5, 0), Point(5, 0)], closed: false), fill: nil,
                            outline: ImportedOutline(colour: Self.colour("#000000"), width: width))
                    ])
            ])
        let yaml = MotifFileWriter().yaml(for: drawing)
        let motif = try MotifLoader.load(yaml: yaml, path: "garis.yaml")
        #expect(motif.tileMarks.first?.outline?.tool == tool)
        let want = written ?? CantingTool.library[tool]!.lineWidth
        #expect(abs((motif.tileMarks.first?.outline?.width ?? 0) - want) < 1e-9)
    }

    @Test func theFileIsTheSameForTheSameDrawingAndNamesAreSafe() throws {
        let drawing = ImportedDrawing(
            name: "Kupu \"Tarung\"", source: "kupu.svg", tileSize: Size(width: 30, height: 20),
            groups: [
                ImportedGroup(
                    label: "Daun Kiri",
                    elements: [
                        ImportedElement(
                            path: .circle(radius: 3), fill: Self.colour("#2b3a67"), outline: nil, note: "a\nb"),
                        ImportedElement(
                            path: .circle(center: Point(5, 0), radius: 3), fill: Self.colour("#2b3a67"), outline: nil),
                    ]),
                ImportedGroup(
                    label: "Daun Kiri",
                    elements: [
                        ImportedElement(path: .circle(radius: 1), fill: Self.colour("#ffffff"), outline: nil),
                        ImportedElement(path: .circle(radius: 0.5), fill: Self.colour("#ffffff"), outline: nil),
                    ]),
                ImportedGroup(
                    label: "01 — nglowong",
                    elements: [
                        ImportedElement(path: .circle(radius: 2), fill: Self.colour("#2b3a67"), outline: nil),
                        ImportedElement(path: .circle(radius: 1), fill: Self.colour("#2b3a67"), outline: nil),
                    ]),
            ])
        let writer = MotifFileWriter(language: .en)
        let yaml = writer.yaml(for: drawing)
        #expect(yaml == writer.yaml(for: drawing))
        let motif = try MotifLoader.load(yaml: yaml, path: "kupu.yaml")
        #expect(motif.name == "Kupu \"Tarung\"")
        #expect(
            yaml.contains("  daun-kiri:") && yaml.contains("  daun-kiri-2:") && yaml.contains("  lapisan-01-nglowong:"))
        #expect(motif.tileMarks.count == 6)
        #expect(motif.tile.size == Size(width: 30, height: 20))
    }
}
