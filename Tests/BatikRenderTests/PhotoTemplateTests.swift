import BatikGeometry
import BatikTestSupport
import Foundation
import Testing

@testable import BatikRender

/// Photo templates as a KUBE member would notice them: the product found where it is, the
/// background untouched, the motif at its real size, the photo's folds on the batik.
@Suite("Photo templates")
struct PhotoTemplateTests {
    static let shirt = TestPhoto.shirt()

    static func image(_ photo: TestPhoto) -> RGBImage {
        RGBImage(width: photo.width, height: photo.height, pixels: photo.pixels)
    }

    static func png(_ image: RGBImage) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let writer = try PNGWriter(width: image.width, height: image.height) { bytes.append(contentsOf: $0) }
        try writer.write(rows: image.pixels)
        try writer.finish()
        return bytes
    }

    /// Intersection over union of the template's mask (≥ half product) and the drawn silhouette.
    static func iou(_ template: PhotoTemplate, _ photo: TestPhoto) -> Double {
        var both = 0, either = 0
        for i in photo.silhouette.indices {
            let found = template.mask.coverage[i] >= 0.5
            if found && photo.silhouette[i] { both += 1 }
            if found || photo.silhouette[i] { either += 1 }
        }
        return Double(both) / Double(either)
    }

    /// A swatch of one flat colour.
    static func plainSwatch(_ colour: (UInt8, UInt8, UInt8) = (40, 60, 120)) -> ClothSwatch {
        ClothSwatch(image: RGBImage(width: 16, height: 16, fill: colour), pixelsPerMillimetre: 1)
    }

    /// Vertical stripes: `period` mm, half dark, half light, at 4 px/mm.
    static func stripes(period: Int) -> ClothSwatch {
        let ppmm = 4
        var image = RGBImage(width: period * ppmm * 10, height: 8, fill: (230, 220, 200))
        for x in 0..<image.width where (x / ppmm) % period < period / 2 {
            for y in 0..<8 { image[x, y] = (30, 40, 90) }
        }
        return ClothSwatch(image: image, pixelsPerMillimetre: Double(ppmm))
    }

    @Test("the mask found in a PNG and a JPEG photo matches the drawn shirt (IoU > 0.97)")
    func derivedMask() throws {
        let photo = Self.image(Self.shirt)
        let fromPNG = try ImageReader.read(try Self.png(photo))
        #expect(fromPNG == photo)
        let fromJPEG = try ImageReader.read(try JPEGWriter.encode(photo, quality: 90))
        for decoded in [fromPNG, fromJPEG] {
            let template = try PhotoTemplate(photo: decoded, widthMillimetres: 520)
            let iou = Self.iou(template, Self.shirt)
            #expect(iou > 0.97, "IoU \(iou)")
        }
    }

    @Test("a supplied mask is used as given: white is the product")
    func suppliedMask() throws {
        let photo = Self.image(Self.shirt)
        var mask = RGBImage(width: photo.width, height: photo.height)
        for (i, inside) in Self.shirt.silhouette.enumerated() where inside {
            mask.pixels[3 * i] = 255
            mask.pixels[3 * i + 1] = 255
            mask.pixels[3 * i + 2] = 255
        }
        let template = try PhotoTemplate(photo: photo, mask: mask, widthMillimetres: 520)
        #expect(Self.iou(template, Self.shirt) == 1)
        #expect(throws: PhotoTemplateError.self) {
            try PhotoTemplate(photo: photo, mask: RGBImage(width: 10, height: 10), widthMillimetres: 520)
        }
    }

    @Test("off the product the output is the photo, byte for byte; on it, the cloth")
    func backgroundUntouched() throws {
        let photo = Self.image(Self.shirt)
        let template = try PhotoTemplate(photo: photo, widthMillimetres: 520)
        let out = try template.apply(swatch: Self.plainSwatch())
        var changedInside = 0, inside = 0
        for i in 0..<(photo.width * photo.height) {
            if template.mask.coverage[i] == 0 {
                #expect(out.pixels[3 * i..<3 * i + 3] == photo.pixels[3 * i..<3 * i + 3])
                if out.pixels[3 * i..<3 * i + 3] != photo.pixels[3 * i..<3 * i + 3] { return }
            } else if template.mask.coverage[i] == 1 {
                inside += 1
                if out.pixels[3 * i + 2] > out.pixels[3 * i] { changedInside += 1 }  // blue cloth
            }
        }
        #expect(inside > 1000 && changedInside == inside)
    }

    @Test("the motif's period in pixels is its real size times the photo's scale from the width")
    func trueScale() throws {
        let photo = Self.image(TestPhoto.shirt(folds: false, noise: 0))
        let width = 520.0
        var options = PhotoTemplate.Options()
        options.shading = 0
        options.displacement = 0
        let template = try PhotoTemplate(photo: photo, widthMillimetres: width, options: options)
        let period = 40
        let out = try template.apply(swatch: Self.stripes(period: period))
        // Dark-to-light edges along a row through the body.
        let y = Int(template.productBounds.midY) + 40
        var edges: [Double] = []
        var previousDark = false
        for x in Int(template.productBounds.minX) + 80..<Int(template.productBounds.maxX) - 80 {
            let dark = out[x, y].red < 130
            if !dark && previousDark { edges.append(Double(x)) }
            previousDark = dark
        }
        try #require(edges.count >= 3)
        let measured = (edges.last! - edges.first!) / Double(edges.count - 1)
        let expected = Double(period) * template.productBounds.width / width
        #expect(abs(measured - expected) < 1.0, "period \(measured) px, expected \(expected) px")
        #expect(abs(template.pixelsPerMillimetre - template.productBounds.width / width) < 1e-9)
    }

    @Test("a dark fold in the photo darkens the batik at the same place")
    func foldDarkens() throws {
        let photo = Self.image(Self.shirt)
        let template = try PhotoTemplate(photo: photo, widthMillimetres: 520)
        let out = try template.apply(swatch: Self.plainSwatch((200, 170, 120)))
        func luma(_ image: RGBImage, _ p: (x: Int, y: Int)) -> Double {
            let c = image[p.x, p.y]
            return 0.2126 * Double(c.red) + 0.7152 * Double(c.green) + 0.0722 * Double(c.blue)
        }
        let photoRatio = luma(photo, Self.shirt.onFold) / luma(photo, Self.shirt.offFold)
        let batikRatio = luma(out, Self.shirt.onFold) / luma(out, Self.shirt.offFold)
        #expect(photoRatio < 0.9)
        #expect(batikRatio < 0.9, "fold/flat on the batik: \(batikRatio), in the photo \(photoRatio)")
        // Flat shading shows no fold.
        var flat = PhotoTemplate.Options()
        flat.shading = 0
        flat.displacement = 0
        let plain = try PhotoTemplate(photo: photo, widthMillimetres: 520, options: flat).apply(swatch: Self.plainSwatch((200, 170, 120)))
        #expect(abs(luma(plain, Self.shirt.onFold) - luma(plain, Self.shirt.offFold)) < 1)
    }

    @Test("four corners give a perspective whose rectangle lands on the given points")
    func perspectiveCorners() throws {
        let photo = Self.image(Self.shirt)
        let corners = [Point(x: 170, y: 130), Point(x: 320, y: 140), Point(x: 330, y: 320), Point(x: 160, y: 310)]
        let template = try PhotoTemplate(photo: photo, widthMillimetres: 300, corners: corners, heightMillimetres: 360)
        let plane = [Point(x: 0, y: 0), Point(x: 300, y: 0), Point(x: 300, y: 360), Point(x: 0, y: 360)]
        for (p, c) in zip(plane, corners) {
            let q = try #require(template.photoPoint(forClothPoint: p))
            #expect(abs(q.x - c.x) < 1e-6 && abs(q.y - c.y) < 1e-6, "\(p) → \(q), expected \(c)")
        }
        // Corners in the wrong order, or a bow tie, are refused with a reason.
        let anticlockwise = Array(corners.reversed())
        #expect(throws: PhotoTemplateError.self) { try PhotoTemplate(photo: photo, widthMillimetres: 300, corners: anticlockwise) }
        let swapped = [corners[0], corners[2], corners[1], corners[3]]
        #expect(throws: PhotoTemplateError.self) { try PhotoTemplate(photo: photo, widthMillimetres: 300, corners: swapped) }
    }

    @Test("the same photo, template and swatch give the same bytes")
    func deterministic() throws {
        let photo = Self.image(Self.shirt)
        let a = try PhotoTemplate(photo: photo, widthMillimetres: 520).apply(swatch: Self.stripes(period: 30))
        let b = try PhotoTemplate(photo: photo, widthMillimetres: 520).apply(swatch: Self.stripes(period: 30))
        #expect(a == b)
        #expect(try JPEGWriter.encode(a, quality: 90) == JPEGWriter.encode(b, quality: 90))
    }

    @Test("a square cover puts the product at the asked share of a white frame")
    func squareCover() throws {
        let photo = Self.image(Self.shirt)
        let template = try PhotoTemplate(photo: photo, widthMillimetres: 520)
        let cover = template.squared(try template.apply(swatch: Self.plainSwatch()), size: 600, fill: 0.75)
        #expect(cover.width == 600 && cover.height == 600)
        #expect(cover[2, 2] == (255, 255, 255) && cover[597, 597] == (255, 255, 255))
        // The product's widest extent spans 75 % of the frame, centred.
        let row = 600 / 2
        let columns = (0..<600).filter { cover[$0, row] != (255, 255, 255) }
        var minX = 600, maxX = -1
        for y in 0..<600 {
            for x in 0..<600 where cover[x, y] != (255, 255, 255) {
                minX = min(minX, x)
                maxX = max(maxX, x)
            }
        }
        #expect(!columns.isEmpty)
        #expect(abs(Double(maxX - minX + 1) - 450) <= 6, "product spans \(maxX - minX + 1) px")
        #expect(abs(Double(minX + maxX) / 2 - 300) <= 2)
    }

    /// Writes the test photo, its mask and a mockup to BATIK_LOOK_DIR, to look at them.
    @Test("look files", .enabled(if: ProcessInfo.processInfo.environment["BATIK_LOOK_DIR"] != nil))
    func lookFiles() throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["BATIK_LOOK_DIR"]!)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let photo = Self.image(Self.shirt)
        let template = try PhotoTemplate(photo: photo, widthMillimetres: 520)
        try Data(try Self.png(photo)).write(to: folder.appendingPathComponent("shirt.png"))
        try Data(try Self.png(template.maskImage)).write(to: folder.appendingPathComponent("shirt-mask.png"))
        var drawn = RGBImage(width: photo.width, height: photo.height)
        for (i, inside) in Self.shirt.silhouette.enumerated() where inside { drawn.pixels[3 * i] = 255 }
        for i in 0..<(photo.width * photo.height) where template.mask.coverage[i] >= 0.5 { drawn.pixels[3 * i + 1] = 255 }
        try Data(try Self.png(drawn)).write(to: folder.appendingPathComponent("shirt-iou.png"))
        let big = TestPhoto.shirt(width: 1200, height: 1000)
        try Data(try JPEGWriter.encode(Self.image(big), quality: 92)).write(to: folder.appendingPathComponent("kaos.jpg"))
        // Every JPEG there (the command's output too) as PNG, for viewers that show only PNG.
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".jpg") {
            let jpeg = try Data(contentsOf: folder.appendingPathComponent(name))
            let decoded = try ImageReader.read([UInt8](jpeg))
            try Data(try Self.png(decoded)).write(to: folder.appendingPathComponent(name + ".png"))
        }
    }

    @Test("no product on a plain photo is an error, not an empty mockup")
    func noProduct() {
        let blank = RGBImage(width: 64, height: 64, fill: (220, 210, 190))
        #expect(throws: PhotoTemplateError.self) { try PhotoTemplate(photo: blank, widthMillimetres: 500) }
    }
}
