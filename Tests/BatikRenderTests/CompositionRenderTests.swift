import BatikGeometry
import BatikMotif
import Testing

@testable import BatikRender

@Suite("Compositions rendered")
struct CompositionRenderTests {
    static let body = """
        name: Bulatan
        origin: test
        tile: { size: [20, 20], repeat: square }
        cloth: "#f0e6cf"
        dyes:
          - { name: nila, colour: "#2e3b63", method: dip }
          - { name: soga, colour: "#9a6332", method: dip }
        colours: { putih: [], biru: [nila], hitam: [nila, soga] }
        background: hitam
        elements:
          - { shape: circle, r: 6, fill: biru, outline: putih }
        """
    static let tumpal = """
        name: Tumpal Uji
        origin: test
        params: { width: 30, height: 40 }
        tile: { size: [width, height], repeat: square }
        cloth: "#f0e6cf"
        dyes:
          - { name: nila, colour: "#2e3b63", method: dip }
          - { name: soga, colour: "#9a6332", method: dip }
        colours: { putih: [], coklat: [soga], hitam: [nila, soga] }
        background: coklat
        elements:
          - shape: polygon
            points: [[-width * 0.48, height * 0.48], [width * 0.48, height * 0.48], [0, -height * 0.48]]
            fill: hitam
            outline: putih
        """

    /// A 1000 × 500 mm sarung: head 160 mm wide centred at 500 mm (420–580), papan 30 mm in the
    /// undyed recipe, so papan at 420–450 and 550–580 mm.
    static func sarung() throws -> Composition {
        let file = try CompositionFile.load(
            yaml: "composition: sarung\nsize: [1000, 500]\nbody: { motif: b }\nhead: { motif: t, papan: 30, papan-colour: putih }\n",
            path: "s.yaml")
        let tumpal = try MotifLoader.load(yaml: tumpal, path: "t.yaml")
        return try Composition.build(
            file, path: "s.yaml", body: try MotifLoader.load(yaml: body, path: "b.yaml"), border: nil, head: tumpal)
    }

    @Test("a rendered sarung: the papan's colour in its columns, top to bottom, and the body's colours elsewhere")
    func papanColumns() throws {
        let image = try PreviewRenderer(dpi: 25.4).image(composition: try Self.sarung())  // 1 px per mm
        #expect(image.width == 1000 && image.height == 500)
        let cloth = (red: UInt8(0xf0), green: UInt8(0xe6), blue: UInt8(0xcf))
        func isCloth(_ p: (red: UInt8, green: UInt8, blue: UInt8)) -> Bool {
            abs(Int(p.red) - Int(cloth.red)) <= 2 && abs(Int(p.green) - Int(cloth.green)) <= 2
                && abs(Int(p.blue) - Int(cloth.blue)) <= 2
        }
        for x in [421, 435, 448, 552, 565, 578] {
            for y in stride(from: 0, to: 500, by: 7) {
                #expect(isCloth(image[x, y]), "papan pixel (\(x), \(y)) is \(image[x, y])")
            }
        }
        // Just outside the papan: the body on one side, the tumpal row on the other, not plain cloth.
        for x in [415, 462, 538, 585] {
            let column = stride(from: 0, to: 500, by: 3).filter { !isCloth(image[x, $0]) }.count
            #expect(column > 100, "column \(x) should not be plain cloth: \(image[x, 250])")
        }
        // The body: its dark ground (hitam) and its blue circles, in both pieces.
        for x in [100, 800] {
            let dark = stride(from: 0, to: 500, by: 2).filter { image[x, $0].red < 60 }.count
            #expect(dark > 50, "column \(x) shows the body")
        }
    }

    @Test("tile stamps give the same composition as drawing every tile")
    func stampsMatch() throws {
        let c = try Self.sarung()
        var direct = PreviewRenderer(dpi: 20)
        direct.useStamps = false
        let a = try PreviewRenderer(dpi: 20).image(composition: c)
        let b = try direct.image(composition: c)
        var differing = 0
        for i in stride(from: 0, to: a.pixels.count, by: 1) where abs(Int(a.pixels[i]) - Int(b.pixels[i])) > 24 {
            differing += 1
        }
        #expect(differing < a.pixels.count / 200, "\(differing) channels differ")
    }
}
