import BatikGeometry
import BatikMotif
import Testing

@testable import BatikWax

@Suite("Palette")
struct PaletteTests {
    static func motif(recipes: [Recipe], background: String = "putih") -> Motif {
        Motif(
            name: "Uji", origin: "", description: "", sourcePath: "uji.yaml", parameters: [],
            tile: Tile(size: Size(10, 10), repeat: .lattice(.square, angle: .zero)),
            cloth: RGBColour(hex: "#efe6d2")!,
            dyes: [
                Dye(name: "nila", colour: RGBColour(hex: "#2b3a67")!),
                Dye(name: "soga", colour: RGBColour(hex: "#8a5a2b")!),
            ],
            recipes: recipes, background: background, tools: CantingTool.library, tileMarks: [])
    }

    @Test("every recipe gets its model colour, and the ground its recipe's")
    func sogan() throws {
        let palette = try Palette(
            motif: Self.motif(
                recipes: [
                    Recipe(name: "putih", baths: []), Recipe(name: "biru", baths: ["nila"]),
                    Recipe(name: "hitam", baths: ["nila", "soga"]),
                ], background: "hitam"))
        #expect(palette["putih"]?.hex == "#efe6d2")
        #expect(palette["biru"]?.hex == "#283353")
        #expect(palette["hitam"]?.hex == "#100b07")
        #expect(palette.background.hex == "#100b07")
        #expect(palette.cloth.hex == "#efe6d2")
    }

    @Test("a recipe naming an unknown bath is an error that names both")
    func unknownBath() {
        #expect {
            try Palette(
                motif: Self.motif(recipes: [Recipe(name: "putih", baths: []), Recipe(name: "merah", baths: ["secang"])])
            )
        } throws: { error in
            "\(error)"
                == "The colour 'merah' names the dye bath 'secang', which the motif does not define (its baths: nila, soga)."
        }
    }

    @Test("an unknown background recipe is an error")
    func unknownBackground() {
        #expect(throws: PaletteError.self) {
            try Palette(motif: Self.motif(recipes: [Recipe(name: "putih", baths: [])], background: "ungu"))
        }
    }
}
