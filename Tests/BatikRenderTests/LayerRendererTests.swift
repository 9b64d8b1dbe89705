import BatikGeometry
import BatikMotif
import BatikTestSupport
import BatikWax
import Testing

@testable import BatikRender

@Suite("Layer renderer")
struct LayerRendererTests {
    /// A 20 mm tile with a biru square outlined in putih on a hitam ground: nila, then soga.
    static let motif = Fixtures.sogan(
        name: "Kotak", tile: 20, background: "hitam",
        marks: [
            Mark(
                path: Fixtures.square(10), fill: "biru", outline: Stroke(tool: "klowong", width: 1.8, colour: "putih"),
                order: 0)
        ])

    static func render(_ plan: ResistPlan, step: Int, dpi: Double = 100) throws -> DecodedPNG {
        var bytes: [UInt8] = []
        let layout = motif.layout(on: plan.area)
        try LayerRenderer(dpi: dpi, bandHeight: 37).render(
            plan: plan, step: step, layout: layout,
            metadata: LayerRenderer.metadata(for: motif, plan: plan, step: step, language: .id, dpi: dpi)
        ) { bytes += $0 }
        return try decodePNG(bytes)
    }

    @Test("each layer is true to scale, says its DPI and carries the step's title")
    func metadata() throws {
        let plan = try ResistPlanner.plan(Self.motif, area: Rect(x: 0, y: 0, width: 60, height: 40))
        let png = try Self.render(plan, step: 1)
        #expect(png.image.width == 236 && png.image.height == 157)  // 60 × 40 mm at 100 DPI
        #expect(png.pixelsPerMetre?.x == 3937)
        #expect(png.text(for: "Title") == "2. Nglowong: membatik garis luar")
        #expect(png.text(for: "batik:step") == "2 nglowong")
        #expect(png.text(for: "Description")?.hasPrefix("Tutup garis luar dengan canting klowong (Ø 1,5 mm)") == true)
    }

    @Test("after nglorod every part shows its final colour, with no seams at cell edges")
    func finalColours() throws {
        let plan = try ResistPlanner.plan(Self.motif, area: Rect(x: 0, y: 0, width: 60, height: 40))
        let last = plan.steps.count - 1
        #expect(plan.steps[last].kind == .nglorod)
        let png = try Self.render(plan, step: last, dpi: 254)  // 10 px per mm
        let palette = try Palette(motif: Self.motif)
        // Tiles are centred on the cloth's centre (30, 20): squares at x 10…40…, centres 10, 30, 50.
        #expect(png.image[300, 200].hex == palette["biru"]!.hex)
        #expect(png.image[300, 255].hex == palette["putih"]!.hex)  // on the outline, 5.5 mm below the centre
        // Cell edges run through the ground at x = 20 and 40 mm: every ground pixel there is exactly hitam.
        for y in stride(from: 0, to: 400, by: 7) {
            #expect(png.image[200, y].hex == palette["hitam"]!.hex, "seam at (200, \(y))")
            #expect(png.image[400, y].hex == palette["hitam"]!.hex, "seam at (400, \(y))")
        }
    }

    @Test("wax shows lighter than the cloth under it; the bath colours only what is not waxed")
    func waxAfterMedel() throws {
        let plan = try ResistPlanner.plan(Self.motif, area: Rect(x: 0, y: 0, width: 60, height: 40))
        let medel = try #require(plan.steps.firstIndex { $0.kind == .medel })
        let png = try Self.render(plan, step: medel, dpi: 254)
        let nila = ColourModel.colour(cloth: Fixtures.mori, baths: [Self.motif.dyes[0].colour])
        #expect(png.image[300, 200].hex == nila.hex)  // biru, unwaxed: dyed
        #expect(png.image[200, 200].hex == nila.hex)  // the ground, unwaxed: dyed
        let line = png.image[300, 255]  // the putih outline, under wax
        #expect(line.hex != Fixtures.mori.hex)
        #expect(Int(line.red) + Int(line.green) + Int(line.blue) > 3 * 200)
    }
}
