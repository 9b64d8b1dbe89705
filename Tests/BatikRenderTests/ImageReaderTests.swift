import BatikTestSupport
import Foundation
import Testing

@testable import BatikRender

@Suite("Reading photos")
struct ImageReaderTests {
    static let picture: RGBImage = {
        let photo = TestPhoto.shirt(width: 96, height: 80)
        return RGBImage(width: photo.width, height: photo.height, pixels: photo.pixels)
    }()

    @Test("the format comes from the bytes, not the name")
    func sniffing() throws {
        #expect(ImageFormat(sniffing: try JPEGWriter.encode(Self.picture, quality: 90)) == .jpeg)
        #expect(ImageFormat(sniffing: try PhotoTemplateTests.png(Self.picture)) == .png)
        let heic: [UInt8] = [0, 0, 0, 24] + Array("ftypheic".utf8) + [0, 0, 0, 0]
        #expect(ImageFormat(sniffing: heic) == .heic)
        let error = try #require(throws: ImageReadError.self) { try ImageReader.read(heic) }
        #expect(error.kind == .notAnImage && error.message.contains("HEIC"))
        let text = try #require(throws: ImageReadError.self) { try ImageReader.read(Array("photo: kaos.jpg".utf8)) }
        #expect(text.kind == .notAnImage)
    }

    @Test("a JPEG decodes to its size with small error; a PNG exactly")
    func decodes() throws {
        let jpeg = try ImageReader.read(try JPEGWriter.encode(Self.picture, quality: 95))
        #expect(jpeg.width == 96 && jpeg.height == 80)
        let mean = zip(jpeg.pixels, Self.picture.pixels).map { abs(Int($0) - Int($1)) }.reduce(0, +) / jpeg.pixels.count
        #expect(mean <= 3)
        #expect(try ImageReader.read(try PhotoTemplateTests.png(Self.picture)) == Self.picture)
    }

    @Test("a file cut short is refused as truncated")
    func truncated() throws {
        let jpeg = try JPEGWriter.encode(Self.picture, quality: 90)
        let cutJPEG = try #require(throws: ImageReadError.self) { try ImageReader.read(Array(jpeg.prefix(jpeg.count / 2))) }
        #expect(cutJPEG.kind == .truncated, "\(cutJPEG)")
        let png = try PhotoTemplateTests.png(Self.picture)
        let cutPNG = try #require(throws: ImageReadError.self) { try ImageReader.read(Array(png.prefix(png.count / 2))) }
        #expect(cutPNG.kind == .truncated, "\(cutPNG)")
    }

    @Test("an image whose header asks for too many pixels is refused before decoding")
    func oversizedHeader() throws {
        // A JPEG whose frame header says 20000 × 20000: only the header is there to read.
        var jpeg = try JPEGWriter.encode(Self.picture, quality: 90)
        var i = 2
        while jpeg[i + 1] != 0xC0 { i += 2 + (Int(jpeg[i + 2]) << 8 | Int(jpeg[i + 3])) }
        jpeg[i + 5] = 0x4E; jpeg[i + 6] = 0x20  // height 20000
        jpeg[i + 7] = 0x4E; jpeg[i + 8] = 0x20  // width 20000
        let big = try #require(throws: ImageReadError.self) { try ImageReader.read(jpeg) }
        #expect(big.kind == .tooLarge && big.message.contains("20000 × 20000"), "\(big)")

        // A PNG signature and IHDR of 10000 × 5000 (50 MP, under the side limit), nothing else.
        let png = pngHeaderOnly(width: 10000, height: 5000)
        let large = try #require(throws: ImageReadError.self) { try ImageReader.read(png) }
        #expect(large.kind == .tooLarge && large.message.contains("50.0 MP"), "\(large)")
    }

    @Test("a phone photo stored sideways is turned as its EXIF orientation says")
    func exifOrientation() {
        var image = RGBImage(width: 3, height: 2)
        image[0, 0] = (255, 0, 0)  // red at the stored top-left
        let turned = image.oriented(exif: 6)  // shown turned 90° clockwise
        #expect(turned.width == 2 && turned.height == 3)
        #expect(turned[1, 0] == (255, 0, 0))  // now at the top-right
    }
}
