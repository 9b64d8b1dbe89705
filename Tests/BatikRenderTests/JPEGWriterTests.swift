import BatikGeometry
import BatikTestSupport
import Testing

@testable import BatikRender

@Suite("JPEG writer")
struct JPEGWriterTests {
    static let picture: RGBImage = {
        let layout = Fixtures.bulatan.layout(on: Rect(x: 0, y: 0, width: 200, height: 150))
        return try! PreviewRenderer(dpi: 150).image(layout: layout, motif: Fixtures.bulatan)
    }()

    @Test("a JPEG has the image's size, grows with quality and is the same bytes every time")
    func encodes() throws {
        let low = try JPEGWriter.encode(Self.picture, quality: 70)
        let high = try JPEGWriter.encode(Self.picture, quality: 95)
        let size = try #require(JPEGInspection.frameSize(high))
        #expect(size.width == Self.picture.width && size.height == Self.picture.height)
        #expect(high.count > low.count)
        #expect(try JPEGWriter.encode(Self.picture, quality: 95) == high)
    }

    @Test("fitting a limit picks the best quality whose file is under it")
    func fitsLimit() throws {
        let q80 = try JPEGWriter.encode(Self.picture, quality: 80).count
        let q81 = try JPEGWriter.encode(Self.picture, quality: 81).count
        let fitted = try JPEGWriter.encode(Self.picture, fittingIn: (q80 + q81) / 2)
        #expect(fitted.quality == 80 || (q80 == q81 && fitted.quality >= 80))
        #expect(fitted.bytes.count <= (q80 + q81) / 2)
        #expect(throws: JPEGError.self) { try JPEGWriter.encode(Self.picture, fittingIn: 100) }
    }
}
