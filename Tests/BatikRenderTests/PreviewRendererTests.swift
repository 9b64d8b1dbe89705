import BatikGeometry
import BatikMotif
import BatikTestSupport
import BatikWax
import Testing

@testable import BatikRender

@Suite("Preview renderer")
struct PreviewRendererTests {
    @Test("pixel size is each side rounded at the DPI: 200 × 110 mm at 100 DPI is 787 × 433")
    func pixelSize() {
        #expect(
            PreviewRenderer.pixelSize(for: Rect(x: 0, y: 0, width: 200, height: 110), dpi: 100)
                == PixelSize(width: 787, height: 433))
        #expect(
            PreviewRenderer.pixelSize(for: Rect(x: 5, y: 7, width: 25.4, height: 2.54), dpi: 300)
                == PixelSize(width: 300, height: 30))
    }

    @Test("a 100 DPI render says so: pHYs 3937 px/m, and the text chunks name the motif")
    func metadata() throws {
        let motif = Fixtures.bulatan
        let bytes = try Fixtures.png(Fixtures.singleTile(motif), motif, dpi: 100)
        let png = try decodePNG(bytes)
        #expect(png.image.width == 118 && png.image.height == 118)
        #expect(png.pixelsPerMetre?.x == 3937 && png.pixelsPerMetre?.y == 3937)
        #expect(png.text(for: "Title") == "Bulatan Uji")
        #expect(png.text(for: "batik:motif") == "Bulatan Uji")
        #expect(png.text(for: "batik:parameters") == "size=30 r=10.5")
        #expect(png.text(for: "batik:dpi") == "100")
        #expect(png.text(for: "Software") == "batik")
        #expect(!png.chunkTypes.contains("tIME"))
        #expect(!png.text.contains { $0.text.contains("/somewhere") }, "no machine paths in the output")
    }

    @Test("caller metadata replaces a default of the same keyword and adds the rest")
    func extraMetadata() throws {
        let motif = Fixtures.bulatan
        let bytes = try Fixtures.png(
            Fixtures.singleTile(motif), motif, dpi: 20,
            metadata: [
                PNGText(keyword: "Software", text: "batik 0.1.0"), PNGText(keyword: "Author", text: "KUBE Mojokerto"),
            ])
        let png = try decodePNG(bytes)
        #expect(
            png.text.map(\.keyword) == [
                "Title", "Description", "Software", "batik:motif", "batik:parameters", "batik:dpi", "Author",
            ])
        #expect(png.text(for: "Software") == "batik 0.1.0")
    }

    @Test("the centre of a filled circle has the recipe colour from the colour model")
    func fillColour() throws {
        // No centre dot here: the centre is the circle's own fill.
        let motif = Fixtures.sogan(marks: [Mark(path: Fixtures.circle(10), fill: "biru", outline: nil, order: 0)])
        let png = try decodePNG(Fixtures.png(Fixtures.singleTile(motif), motif, dpi: 100))
        let biru = ColourModel.colour(cloth: Fixtures.mori, baths: [RGBColour(hex: "#2b3a67")!])
        #expect(png.image[59, 59].hex == biru.hex)
        #expect(png.image[59, 59].hex == "#283353")
        // The corner is the ground: hitam, nila with soga.
        #expect(png.image[1, 1].hex == "#100b07")
    }

    @Test("a fill covers the ground and the next level covers the fill, in draw order")
    func layering() throws {
        let png = try decodePNG(Fixtures.png(Fixtures.singleTile(Fixtures.bulatan), Fixtures.bulatan, dpi: 100))
        let s = 100 / 25.4
        func at(_ x: Double, _ y: Double) -> String { png.image[Int((15 + x) * s), Int((15 + y) * s)].hex }
        #expect(at(0, 0) == "#815021")  // coklat centre dot, order 1
        #expect(at(6, 0) == "#283353")  // biru fill
        #expect(at(0, -10) == "#efe6d2")  // on the putih outline
        #expect(at(-13.5, 0) == "#100b07")  // hitam ground
    }

    @Test("a higher draw order covers a lower one of a neighbouring tile too")
    func levelsAcrossTiles() throws {
        // Each 10 mm tile: a 14 mm biru square reaching 2 mm into its neighbours, then a putih
        // circle of radius 4.5 mm. Drawn tile by tile, the right neighbour's square would cover the
        // circle's right edge; drawn level by level, every circle is whole.
        let motif = Fixtures.sogan(
            tile: 10, background: "putih",
            marks: [
                Mark(path: Fixtures.square(14), fill: "biru", outline: nil, order: 0),
                Mark(path: Fixtures.circle(4.5), fill: "putih", outline: nil, order: 1),
            ])
        let layout = motif.layout(on: Rect(x: 0, y: 0, width: 30, height: 30))
        #expect(layout.placements.count >= 9)
        let png = try decodePNG(Fixtures.png(layout, motif, dpi: 100))
        let s = 100 / 25.4
        // The middle tile's centre is (15, 15) mm; 4 mm to its right is inside its circle.
        #expect(png.image[Int(19 * s), Int(15 * s)].hex == "#efe6d2")
        #expect(png.image[Int(15 * s), Int(19 * s)].hex == "#efe6d2")
        #expect(png.image[Int(20 * s), Int(20 * s)].hex == "#283353")
    }

    @Test("an outline is as wide as the canting's line: width_mm / 25.4 × dpi pixels", arguments: [50.0, 100, 300])
    func outlineWidth(dpi: Double) throws {
        // A horizontal klowong line on white cloth in a black ink (a bath that passes no light).
        var line = BezierPath()
        line.move(to: Point(-8, 0))
        line.line(to: Point(8, 0))
        let width = Fixtures.klowong.lineWidth  // 1.8 mm
        var motif = Fixtures.sogan(
            tile: 20, background: "putih",
            marks: [
                Mark(path: line, fill: nil, outline: Stroke(tool: "klowong", width: width, colour: "hitam"), order: 0)
            ])
        motif.cloth = .white
        motif.dyes = [Dye(name: "nila", colour: RGBColour(hex: "#000000")!), Dye(name: "soga", colour: .white)]
        let png = try decodePNG(Fixtures.png(Fixtures.singleTile(motif), motif, dpi: dpi))
        // Coverage summed down the middle column: the line's width in pixels, edges included.
        let x = png.image.width / 2
        let covered = (0..<png.image.height).reduce(0.0) { $0 + Double(255 - Int(png.image[x, $1].red)) / 255 }
        let expected = width / 25.4 * dpi
        #expect(abs(covered - expected) < 0.1, "line \(covered) px wide, expected \(expected) px")
    }

    // Cairo rounds coordinates to 1/256 px after each band's shift, so a handful of antialiased edge
    // pixels may differ by a level or two; nothing a person could see, and the band height is fixed,
    // so one command always writes the same bytes (see `deterministic`).
    @Test("rendering in bands gives the same image as one band, within two levels on edges", arguments: [1, 7, 64])
    func bandsMatchOneBand(bandHeight: Int) throws {
        let motif = Fixtures.sogan(
            tile: 12, repeat: .lattice(.halfDrop, angle: .zero),
            marks: [
                Mark(
                    path: Fixtures.circle(5), fill: "biru",
                    outline: Stroke(tool: "klowong", width: 1.8, colour: "putih"), order: 0),
                Mark(path: Fixtures.square(3), fill: "coklat", outline: nil, order: 1),
            ])
        let layout = motif.layout(on: Rect(x: 0, y: 0, width: 50, height: 40))
        let banded = try Fixtures.png(layout, motif, dpi: 72, bandHeight: bandHeight)
        let whole = try Fixtures.png(layout, motif, dpi: 72, bandHeight: 10_000)
        expectImagesMatch(
            try decodePNG(banded).image, try decodePNG(whole).image, channelTolerance: 2, maxDifferingFraction: 0)
    }

    @Test("the same inputs give the same bytes")
    func deterministic() throws {
        let layout = Fixtures.bulatan.layout(on: Rect(x: 0, y: 0, width: 80, height: 50))
        let first = try Fixtures.png(layout, Fixtures.bulatan, dpi: 60)
        let second = try Fixtures.png(layout, Fixtures.bulatan, dpi: 60)
        #expect(first == second)
        #expect(first.count > 100)
    }

    @Test("an area not at the origin is drawn from its own top-left corner")
    func offsetArea() throws {
        let motif = Fixtures.sogan(marks: [Mark(path: Fixtures.circle(10), fill: "biru", outline: nil, order: 0)])
        let here = Fixtures.singleTile(motif)
        var there = here
        there.area.origin = Point(100, -40)
        there.placements = here.placements.map { $0.thenTranslated(by: Vector(100, -40)) }
        expectImagesMatch(
            try decodePNG(Fixtures.png(there, motif, dpi: 50)).image,
            try decodePNG(Fixtures.png(here, motif, dpi: 50)).image)
    }

    @Test("limits are checked before any byte is written")
    func limits() {
        let motif = Fixtures.bulatan
        var written = 0
        func render(_ area: Rect, dpi: Double) throws {
            let layout = MotifLayout(area: area, tileMarks: motif.tileMarks, placements: [])
            try PreviewRenderer(dpi: dpi).render(layout: layout, motif: motif) { written += $0.count }
        }
        let a4 = Rect(x: 0, y: 0, width: 210, height: 297)
        #expect(throws: RenderError.resolutionOutOfRange(dpi: 5, allowed: 10...1200)) { try render(a4, dpi: 5) }
        #expect(throws: RenderError.self) { try render(a4, dpi: .nan) }
        #expect(throws: RenderError.emptyArea(width: 0, height: 297)) {
            try render(Rect(x: 0, y: 0, width: 0, height: 297), dpi: 100)
        }
        #expect {
            try render(Rect(x: 0, y: 0, width: 2500, height: 1050), dpi: 600)
        } throws: { error in
            "\(error)" == "At 600 DPI the image would be 59055 × 24803 px, more than 32767 pixels on a side. "
                + "Choose a lower DPI or a smaller area."
        }
        #expect(
            throws: RenderError.imageTooLarge(
                PixelSize(width: 32126, height: 32126), dpi: 1200, maxPixels: 1_000_000_000)
        ) {
            try render(Rect(x: 0, y: 0, width: 680, height: 680), dpi: 1200)
        }
        #expect(written == 0)
    }

    @Test("a mark with a colour the motif does not define is an error that names it")
    func unknownRecipe() {
        let motif = Fixtures.sogan(marks: [Mark(path: Fixtures.circle(5), fill: "ungu", outline: nil, order: 0)])
        var written = 0
        #expect {
            try PreviewRenderer(dpi: 50).render(layout: Fixtures.singleTile(motif), motif: motif) {
                written += $0.count
            }
        } throws: { error in
            "\(error)" == "The fill of mark 1 uses the colour 'ungu', which the motif does not define "
                + "(its colours: biru, coklat, hitam, putih)."
        }
        #expect(written == 0)
    }

    struct SinkFailed: Error, Equatable {}

    @Test("a failing sink stops the render with its own error")
    func sinkFailure() {
        let layout = Fixtures.bulatan.layout(on: Rect(x: 0, y: 0, width: 100, height: 100))
        var bytes = 0
        #expect(throws: SinkFailed()) {
            try PreviewRenderer(dpi: 100, bandHeight: 16).render(layout: layout, motif: Fixtures.bulatan) { chunk in
                bytes += chunk.count
                if bytes > 2000 { throw SinkFailed() }
            }
        }
    }

    @Test("the in-memory image has exactly the pixels of the PNG")
    func imageMatchesPNG() throws {
        let layout = Fixtures.bulatan.layout(on: Rect(x: 0, y: 0, width: 90, height: 60))
        let renderer = PreviewRenderer(dpi: 72, bandHeight: 50)
        var bytes: [UInt8] = []
        try renderer.render(layout: layout, motif: Fixtures.bulatan) { bytes.append(contentsOf: $0) }
        let png = try decodePNG(bytes).image
        let image = try renderer.image(layout: layout, motif: Fixtures.bulatan)
        #expect(image.width == png.width && image.height == png.height)
        var same = true
        for y in 0..<image.height {
            for x in 0..<image.width {
                let a = image[x, y]
                let b = png[x, y]
                if a.red != b.red || a.green != b.green || a.blue != b.blue { same = false }
            }
        }
        #expect(same)
    }

    @Test(
        "tiles copied as stamps look like tiles drawn mark by mark (a lattice and a group with turns)",
        arguments: [false, true])
    func stampsMatchDirectDrawing(turned: Bool) throws {
        var petal = BezierPath()
        petal.move(to: Point(0, 0))
        petal.cubic(Point(4, -6), Point(12, -6), to: Point(13, 0))
        petal.cubic(Point(12, 3), Point(4, 3), to: Point(0, 0))
        petal.close()
        let motif = Fixtures.sogan(
            tile: 17.3, repeat: turned ? .wallpaper(.p4) : .lattice(.square, angle: .zero),
            marks: [
                Mark(
                    path: petal, fill: "coklat",
                    outline: Stroke(tool: "klowong", width: Fixtures.klowong.lineWidth, colour: "putih"), order: 0),
                Mark(path: Fixtures.circle(1.2, at: Point(5, 0)), fill: "putih", outline: nil, order: 1),
            ])
        let layout = motif.layout(on: Rect(x: 0, y: 0, width: 180, height: 120))
        #expect(layout.placements.count >= 24)
        var direct = PreviewRenderer(dpi: 96, bandHeight: 64)
        direct.useStamps = false
        let stamped = PreviewRenderer(dpi: 96, bandHeight: 64)
        func rgba(_ image: RGBImage) -> RGBAImage {
            var pixels: [UInt8] = []
            for i in stride(from: 0, to: image.pixels.count, by: 3) {
                pixels += [image.pixels[i], image.pixels[i + 1], image.pixels[i + 2], 255]
            }
            return RGBAImage(width: image.width, height: image.height, pixels: pixels)
        }
        let a = try stamped.image(layout: layout, motif: motif)
        let b = try direct.image(layout: layout, motif: motif)
        // Stamps sit within 1/16 pixel of the exact position: edges may differ a little, never more.
        expectImagesMatch(rgba(a), rgba(b), channelTolerance: 48, maxDifferingFraction: 0.002)
        expectImagesMatch(rgba(a), rgba(b), channelTolerance: 8, maxDifferingFraction: 0.08)
    }
}
