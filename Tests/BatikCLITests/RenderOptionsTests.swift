import BatikTestSupport
import Foundation
import Testing

/// `batik render`'s output format, compression and threads, as a user types them.
@Suite("batik render --format, --compression, --threads")
struct RenderOptionsTests {
    @Test("--format svg writes the picture as an SVG the size of the cloth area in points")
    func svgFormat() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("k.svg").path
        let result = try BatikProcess.run(["render", "kawung", "--size", "6x4cm", "--format", "svg", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("<svg") && text.contains("width=\"170.0787"))
    }

    @Test("1 and 3 threads, any compression: the same pixels; 1 and 3 threads: the same bytes")
    func threadsAndCompression() throws {
        let folder = try BatikProcess.temporaryFolder()
        var files: [String: [UInt8]] = [:]
        for (name, extra) in [("t1", ["--threads", "1"]), ("t3", ["--threads", "3"]), ("small", ["--compression", "small"])] {
            let out = folder.appendingPathComponent("\(name).png").path
            let result = try BatikProcess.run(["render", "parang-rusak", "--size", "12x8cm", "--dpi", "90", "-o", out] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            files[name] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(files["t1"] == files["t3"])
        #expect(try decodePNG(files["small"]!).image.pixels == decodePNG(files["t1"]!).image.pixels)
        #expect(files["small"]!.count < files["t1"]!.count)
    }

    @Test("--threads 0 is refused with a sentence that says the range")
    func threadsOutOfRange() throws {
        let result = try BatikProcess.run(["render", "kawung", "--threads", "0"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--threads 0 is out of range: use 1 to 64."))
    }
}
