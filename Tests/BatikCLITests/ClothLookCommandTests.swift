import BatikTestSupport
import Foundation
import Testing

/// `batik render --look kain`: the cloth look as a user asks for it.
@Suite("batik render --look kain")
struct ClothLookCommandTests {
    @Test("the cloth look is a true-to-scale PNG that says its look, side and seed, and repeats exactly")
    func clothLookPNG() throws {
        let folder = try BatikProcess.temporaryFolder()
        var bytes: [Data] = []
        for name in ["a.png", "b.png"] {
            let out = folder.appendingPathComponent(name).path
            let result = try BatikProcess.run([
                "render", "kawung", "--look", "kain", "--seed", "7", "--size", "4x3cm", "--dpi", "100", "-o", out,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            bytes.append(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(bytes[0] == bytes[1])
        let png = try decodePNG([UInt8](bytes[0]))
        #expect(png.image.width == 157 && png.image.height == 118)
        #expect(png.pixelsPerMetre?.x == 3937)
        #expect(png.text(for: "batik:look") == "kain front seed 7")
        #expect(png.text(for: "batik:motif") == "Kawung")
    }

    @Test("the back side is another image of the same size")
    func backSide() throws {
        let folder = try BatikProcess.temporaryFolder()
        let front = folder.appendingPathComponent("front.png").path
        let back = folder.appendingPathComponent("back.png").path
        for (side, out) in [("front", front), ("back", back)] {
            let result = try BatikProcess.run([
                "render", "parang-rusak", "--look", "kain", "--side", side, "--size", "4x3cm", "--dpi", "100", "-o", out,
            ])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let f = try decodePNG([UInt8](Data(contentsOf: URL(fileURLWithPath: front))))
        let b = try decodePNG([UInt8](Data(contentsOf: URL(fileURLWithPath: back))))
        #expect(f.image.width == b.image.width && f.image.height == b.image.height)
        #expect(b.text(for: "batik:look") == "kain back seed 1")
    }

    @Test("--side without --look kain is a usage error that says what to add")
    func sideNeedsLook() throws {
        let result = try BatikProcess.run(["render", "kawung", "--side", "back", "-o", "x.png"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("add --look kain"))
    }

    @Test("a cloth look too large for memory is refused before any work (exit 64)")
    func tooLarge() throws {
        let folder = try BatikProcess.temporaryFolder()
        let result = try BatikProcess.run(
            ["render", "kawung", "--look", "kain", "--cloth", "bahan", "--dpi", "150", "-o", "big.png"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("the cloth look is made in memory"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
