import BatikGeometry
import Testing

@testable import BatikRender

@Suite("Product mockups")
struct ProductMockupTests {
    /// A swatch of one colour: any line inside a product is then a seam or a detail.
    static func uniform(_ template: ProductTemplate, colour: (UInt8, UInt8, UInt8) = (150, 100, 60)) -> ClothSwatch {
        let ppm = 2.0
        let image = RGBImage(
            width: Int(template.clothSize.width * ppm), height: Int(template.clothSize.height * ppm), fill: colour)
        return ClothSwatch(image: image, pixelsPerMillimetre: ppm)
    }

    /// Vertical stripes `period` mm apart (half dark, half light), at 10 px/mm.
    static func stripes(_ template: ProductTemplate, period: Double) -> ClothSwatch {
        let ppm = 10.0
        let width = Int(template.clothSize.width * ppm), height = Int(template.clothSize.height * ppm)
        var image = RGBImage(width: width, height: height, fill: (230, 220, 200))
        for x in 0..<width where (Double(x) + 0.5).truncatingRemainder(dividingBy: period * ppm) < period * ppm / 2 {
            for y in 0..<height { image[x, y] = (40, 40, 80) }
        }
        return ClothSwatch(image: image, pixelsPerMillimetre: ppm)
    }

    static func isWhite(_ p: (red: UInt8, green: UInt8, blue: UInt8)) -> Bool {
        p.red == 255 && p.green == 255 && p.blue == 255
    }

    @Test("every built-in product has an id, a title in both languages and a real size")
    func catalogue() {
        #expect(ProductTemplate.builtIn.map(\.name) == ["kain", "kain-gantung", "kemeja", "selendang", "tas", "masker"])
        for template in ProductTemplate.builtIn {
            #expect(ProductTemplate.named(template.name) == template)
            #expect(!template.title.id.isEmpty && !template.title.en.isEmpty)
            #expect(template.clothSize.width > 100 && template.clothSize.height > 100)
        }
        #expect(ProductTemplate.named("kemeja")?.title.id == "Kemeja lengan pendek")
        #expect(ProductTemplate.named("jaket") == nil)
    }

    @Test(
        "a mockup is a square photo on pure white, the product filling 70–80 % of the frame",
        arguments: ProductTemplate.builtIn)
    func framing(template: ProductTemplate) throws {
        let photo = try template.mockup(swatch: Self.uniform(template))
        #expect(photo.width == 1200 && photo.height == 1200)
        for (x, y) in [(0, 0), (1199, 0), (0, 1199), (1199, 1199), (600, 2), (2, 600), (600, 1197), (1197, 600)] {
            #expect(Self.isWhite(photo[x, y]), "(\(x), \(y)) is \(photo[x, y]), not pure white")
        }
        // A margin all round the frame is untouched, pure white (the shadow fades out before it).
        for y in 0..<1200 where y < 40 || y >= 1160 {
            #expect((0..<1200).allSatisfy { Self.isWhite(photo[$0, y]) }, "row \(y) is not all pure white")
        }
        // What a buyer sees as the product: anything clearly darker than the faint shadow's tail.
        var minX = 1200, maxX = -1, minY = 1200, maxY = -1
        for y in 0..<1200 {
            for x in 0..<1200 where min(photo[x, y].red, photo[x, y].green, photo[x, y].blue) < 235 {
                minX = min(minX, x)
                maxX = max(maxX, x)
                minY = min(minY, y)
                maxY = max(maxY, y)
            }
        }
        let bounds = template.productBounds()
        #expect(abs(max(bounds.width, bounds.height) - 900) < 0.5)
        let extent = Double(max(maxX - minX + 1, maxY - minY + 1)) / 1200
        #expect(extent >= 0.70 && extent <= 0.80, "\(template.name) fills \(extent) of the frame")
        // The product reaches its bounds (nothing is drawn short of them)...
        #expect(abs(Double(minX) - bounds.minX) <= 6 && abs(Double(maxX + 1) - bounds.maxX) <= 30)
        #expect(abs(Double(minY) - bounds.minY) <= 6 && abs(Double(maxY + 1) - bounds.maxY) <= 30)
    }

    @Test("the motif is at true scale: 20 mm stripes are 20 mm on the tote")
    func trueScale() throws {
        let tote = try #require(ProductTemplate.named("tas"))
        let period = 20.0
        let photo = try tote.mockup(swatch: Self.stripes(tote, period: period))
        let bounds = tote.productBounds()
        let y = Int(bounds.maxY - 0.35 * bounds.height)
        // Rising edges (light → dark) across the middle third of the bag.
        var edges: [Int] = []
        let from = Int(bounds.midX - bounds.width / 6), to = Int(bounds.midX + bounds.width / 6)
        for x in from..<to where photo[x, y].red >= 135 && photo[x + 1, y].red < 135 { edges.append(x) }
        #expect(edges.count >= 4)
        let measured = Double(edges.last! - edges.first!) / Double(edges.count - 1)
        let expected = period * tote.photoPixelsPerMillimetre()
        #expect(abs(measured - expected) / expected < 0.03, "stripe period \(measured) px, expected \(expected) px")
    }

    @Test("no seams between the mesh's triangles: plain cloth stays smooth", arguments: ["tas", "kain-gantung", "kemeja"])
    func noSeams(name: String) throws {
        let template = try #require(ProductTemplate.named(name))
        let photo = try template.mockup(swatch: Self.uniform(template))
        let b = template.productBounds()
        // A region of plain cloth, away from seams, pockets and buttons.
        let region = (
            x: Int(b.minX + 0.22 * b.width)..<Int(b.minX + 0.42 * b.width),
            y: Int(b.minY + 0.6 * b.height)..<Int(b.minY + 0.85 * b.height)
        )
        var worst = 0
        for y in region.y {
            for x in region.x {
                let p = photo[x, y], right = photo[x + 1, y], below = photo[x, y + 1]
                for (a, c) in [(p.red, right.red), (p.red, below.red), (p.green, right.green), (p.blue, below.blue)] {
                    worst = max(worst, abs(Int(a) - Int(c)))
                }
            }
        }
        // Shading varies smoothly (a level or two a pixel); a seam would jump by tens.
        #expect(worst <= 4, "\(name): neighbouring pixels differ by up to \(worst)")
    }

    @Test("the same inputs give the same pixels; another seed drapes differently")
    func deterministic() throws {
        let template = try #require(ProductTemplate.named("kain-gantung"))
        let swatch = Self.stripes(template, period: 30)
        let a = try template.mockup(swatch: swatch, size: 400)
        let b = try template.mockup(swatch: swatch, size: 400)
        #expect(a == b)
        #expect(try template.mockup(swatch: swatch, size: 400, seed: 2) != a)
    }

    @Test("a size or fill out of range is refused with the range")
    func refusesBadFrames() throws {
        let template = try #require(ProductTemplate.named("masker"))
        #expect(throws: MockupError.self) { try template.mockup(swatch: Self.uniform(template), size: 10) }
        #expect(throws: MockupError.self) { try template.mockup(swatch: Self.uniform(template), fill: 1.5) }
    }
}
