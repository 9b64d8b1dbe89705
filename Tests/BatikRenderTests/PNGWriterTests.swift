import BatikTestSupport
import CPNG
import Foundation
import Testing

@testable import BatikRender

@Suite("PNG writer")
struct PNGWriterTests {
    /// A 7 × 5 test card: every pixel different.
    static func card(_ format: PNGWriter.PixelFormat) -> [UInt8] {
        (0..<5).flatMap { y in
            (0..<7).flatMap { x -> [UInt8] in
                let rgb = [UInt8(x * 36), UInt8(y * 60), UInt8(255 - x * y * 7)]
                return format == .rgb ? rgb : rgb + [UInt8(255 - x * 20)]
            }
        }
    }

    static func write(
        _ pixels: [UInt8], format: PNGWriter.PixelFormat, dpi: Double? = 100, text: [PNGText] = [], bands: [Int] = [5]
    ) throws -> [UInt8] {
        var out: [UInt8] = []
        let writer = try PNGWriter(width: 7, height: 5, pixelFormat: format, dpi: dpi, text: text) {
            out.append(contentsOf: $0)
        }
        var row = 0
        for n in bands {
            try writer.write(rows: Array(pixels[row * writer.rowBytes..<(row + n) * writer.rowBytes]))
            row += n
        }
        try writer.finish()
        return out
    }

    @Test("pixels read back unchanged", arguments: [PNGWriter.PixelFormat.rgb, .rgba])
    func roundTrip(format: PNGWriter.PixelFormat) throws {
        let pixels = Self.card(format)
        let decoded = try decodePNG(Self.write(pixels, format: format))
        #expect(decoded.image.width == 7 && decoded.image.height == 5)
        let expected =
            format == .rgba ? pixels : stride(from: 0, to: pixels.count, by: 3).flatMap { pixels[$0..<$0 + 3] + [255] }
        #expect(decoded.image.pixels == expected)
    }

    @Test("rows written in uneven bands give the same bytes as one write")
    func banded() throws {
        let pixels = Self.card(.rgb)
        #expect(
            try Self.write(pixels, format: .rgb, bands: [2, 1, 0, 2]) == Self.write(pixels, format: .rgb, bands: [5]))
    }

    @Test("pHYs holds pixels per metre, rounded", arguments: [(100.0, UInt32(3937)), (300, 11811), (72, 2835)])
    func resolution(dpi: Double, ppm: UInt32) throws {
        let decoded = try decodePNG(Self.write(Self.card(.rgb), format: .rgb, dpi: dpi))
        #expect(decoded.pixelsPerMetre?.x == ppm)
        #expect(decoded.pixelsPerMetre?.y == ppm)
    }

    @Test("chunks: sRGB, pHYs, one iTXt per text in order, no tIME; UTF-8 text survives")
    func chunks() throws {
        let text = [
            PNGText(keyword: "Title", text: "Sekar Jagad — ꦱꦼꦏꦂ ꦗꦒꦢ꧀"), PNGText(keyword: "batik:dpi", text: "100"),
        ]
        let bytes = try Self.write(Self.card(.rgb), format: .rgb, text: text)
        let decoded = try decodePNG(bytes)
        #expect(decoded.chunkTypes == ["IHDR", "sRGB", "pHYs", "iTXt", "iTXt", "IDAT", "IEND"])
        #expect(decoded.text.map(\.keyword) == ["Title", "batik:dpi"])
        #expect(decoded.text(for: "Title") == "Sekar Jagad — ꦱꦼꦏꦂ ꦗꦒꦢ꧀")
        #expect(try Self.write(Self.card(.rgb), format: .rgb, text: text) == bytes, "same input, same bytes")
    }

    @Test("no pHYs without a resolution")
    func noResolution() throws {
        let decoded = try decodePNG(Self.write(Self.card(.rgb), format: .rgb, dpi: nil))
        #expect(decoded.pixelsPerMetre == nil)
        #expect(!decoded.chunkTypes.contains("pHYs"))
    }

    @Test(
        "bad keywords are refused before anything is written",
        arguments: ["", " Title", "Ti  tle", "Jalur·", String(repeating: "k", count: 80)])
    func badKeyword(keyword: String) {
        var written = 0
        #expect(throws: PNGError.self) {
            _ = try PNGWriter(width: 1, height: 1, text: [PNGText(keyword: keyword, text: "x")]) { written += $0.count }
        }
        #expect(written == 0)
    }

    @Test("row counts are checked")
    func rowCounts() throws {
        let writer = try PNGWriter(width: 7, height: 5) { _ in }
        #expect(throws: PNGError.self) { try writer.write(rows: [UInt8](repeating: 0, count: 20)) }  // not whole rows
        try writer.write(rows: [UInt8](repeating: 0, count: 21 * 4))
        #expect(throws: PNGError("The PNG is unfinished: 4 of 5 rows were written.")) { try writer.finish() }
        #expect(throws: PNGError("Too many PNG rows: 6 for an image 5 rows high.")) {
            try writer.write(rows: [UInt8](repeating: 0, count: 21 * 2))
        }
        try writer.write(rows: [UInt8](repeating: 0, count: 21))
        try writer.finish()
        #expect(throws: PNGError("The PNG is already finished.")) { try writer.finish() }
    }

    struct DiskFull: Error, Equatable {}

    @Test("a failing sink's error comes back as it is, and the writer stops")
    func sinkError() throws {
        var full = false
        let writer = try PNGWriter(width: 7, height: 5) { _ in if full { throw DiskFull() } }
        full = true
        #expect(throws: DiskFull()) {
            try writer.write(rows: Self.card(.rgb))
            try writer.finish()
        }
        #expect(throws: PNGError.self) { try writer.finish() }
    }

    @Test("libpng errors are caught and reported, not fatal")
    func libpngErrorIsCaught() throws {
        let good = try Self.write(Self.card(.rgb), format: .rgb)
        var corrupt = good
        corrupt[corrupt.count - 20] ^= 0xff  // inside IDAT: its CRC no longer matches
        #expect { try decodePNG(corrupt) } throws: { "\($0)".hasPrefix("libpng: ") }
        #expect { try decodePNG(Array(good.prefix(60))) } throws: {
            "\($0)".contains("libpng") || "\($0)".contains("chunks")
        }
    }

    @Test("a libpng error inside a write guard is recorded and returned from, not fatal")
    func writeGuard() {
        // A header libpng itself refuses (width 0), bypassing the writer's own checks.
        let failure = UnsafeMutablePointer<batik_png_failure>.allocate(capacity: 1)
        failure.initialize(to: batik_png_failure())
        defer { failure.deallocate() }
        var png: png_structp? = batik_png_create_write(failure)
        var info = png_create_info_struct(png)
        defer { png_destroy_write_struct(&png, &info) }
        #expect(batik_png_set_header(png, info, 0, 1, PNG_COLOR_TYPE_RGB, 6, 0) == 0)
        #expect(failure.pointee.failed == 1)
        let message = withUnsafeBytes(of: failure.pointee.message) {
            String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
        }
        #expect(message == "Invalid IHDR data")
    }
}
