import BatikRender
import BatikTestSupport
import Foundation
import Testing

@Suite("batik mockup-foto")
struct MockupFotoCommandTests {
    /// A folder with a shirt photo (PNG) and a template naming it.
    static func folder(template: String) throws -> URL {
        let folder = try BatikProcess.temporaryFolder()
        let photo = TestPhoto.shirt()
        let image = RGBImage(width: photo.width, height: photo.height, pixels: photo.pixels)
        var bytes: [UInt8] = []
        let writer = try PNGWriter(width: image.width, height: image.height) { bytes.append(contentsOf: $0) }
        try writer.write(rows: image.pixels)
        try writer.finish()
        try Data(bytes).write(to: folder.appendingPathComponent("kaos.png"))
        try template.write(to: folder.appendingPathComponent("kaos.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("writes a JPEG of the photo's size, or a square cover; the same bytes each time")
    func writes() throws {
        let folder = try Self.folder(template: "name: kaos\nphoto: kaos.png\nwidth: 52cm\n")
        let template = folder.appendingPathComponent("kaos.yaml").path
        let out = folder.appendingPathComponent("a.jpg").path
        let run = try BatikProcess.run(["mockup-foto", template, "kawung", "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("preview"))
        let first = try ImageReader.read([UInt8](try Data(contentsOf: URL(fileURLWithPath: out))))
        #expect(first.width == 480 && first.height == 400)
        let again = try BatikProcess.run(["mockup-foto", template, "kawung", "-o", out, "--force"])
        #expect(again.status == 0)
        let cover = folder.appendingPathComponent("cover.jpg").path
        let square = try BatikProcess.run(["mockup-foto", template, "kawung", "-o", cover, "--square", "1200"])
        #expect(square.status == 0, "\(square.stderr)")
        let coverImage = try ImageReader.read([UInt8](try Data(contentsOf: URL(fileURLWithPath: cover))))
        #expect(coverImage.width == 1200 && coverImage.height == 1200)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        _ = try BatikProcess.run(["mockup-foto", template, "kawung", "-o", out, "--force"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == bytes)
    }

    @Test("a missing photo is reported at its line and column, exit 65, nothing written")
    func missingPhoto() throws {
        let folder = try Self.folder(template: "photo: kaos.jpg\nwidth: 52cm\n")
        let out = folder.appendingPathComponent("a.jpg").path
        let run = try BatikProcess.run(["mockup-foto", folder.appendingPathComponent("kaos.yaml").path, "kawung", "-o", out])
        #expect(run.status == 65)
        #expect(run.stderr.contains("kaos.yaml:1:8: error: no photo file 'kaos.jpg'"), "\(run.stderr)")
        #expect(run.stderr.contains("hint: did you mean 'kaos.png'?"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("an unknown key exits 65 with the key meant")
    func unknownKey() throws {
        let folder = try Self.folder(template: "photo: kaos.png\nwidht: 52cm\n")
        let run = try BatikProcess.run(["mockup-foto", folder.appendingPathComponent("kaos.yaml").path, "kawung"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("kaos.yaml:2:1: error: unknown key 'widht'"))
        #expect(run.stderr.contains("did you mean 'width'?"))
    }
}
