import BatikTestSupport
import Foundation
import Testing

/// `batik latihan` run as a trainer runs it.
@Suite("batik latihan")
struct LatihanCommandTests {
    @Test("the graded drills: one PDF, every level, the path on stdout, identical twice")
    func drills() throws {
        let folder = try BatikProcess.temporaryFolder()
        var outputs: [Data] = []
        for name in ["a.pdf", "b.pdf"] {
            let out = folder.appendingPathComponent(name).path
            let result = try BatikProcess.run(
                ["latihan", "--author", "Bu Sri", "-o", out], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == out + "\n")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(outputs[0] == outputs[1])
        let url = folder.appendingPathComponent("a.pdf")
        let info = try PDFInspection.info(url)
        #expect(info["Author"] == "Bu Sri")
        #expect(info["Title"] == "Latihan canting")
        let levels = Set(try PDFInspection.words(url).filter { $0.text.hasSuffix(":") }.map(\.text))
        for level in 1...5 { #expect(levels.contains("\(level):")) }
    }

    @Test("--level 2 --lang en prints level 2 only, in English")
    func oneLevelInEnglish() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("l2.pdf")
        let result = try BatikProcess.run(["latihan", "--level", "2", "--lang", "en", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let words = try PDFInspection.words(out)
        #expect(words.contains { $0.text == "Waves" } && words.contains { $0.text == "Zigzags" })
        #expect(!words.contains { $0.text == "Horizontal" })
        #expect(try PDFInspection.info(out)["Pages"] == "1")
    }

    @Test("a motif's own strokes: outlines first, then the isen, at true scale")
    func motifSheet() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("kawung.pdf")
        let result = try BatikProcess.run(["latihan", "kawung", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("4.8 × 4.8 cm of Kawung at true scale"))
        let words = try PDFInspection.words(out)
        let steps = words.filter { ["nglowong", "ngiseni"].contains($0.text) }
        #expect(steps.first?.text == "nglowong" && steps.last?.text == "ngiseni")
        #expect(words.contains { $0.text == "1:1" })
        let zero = try #require(words.first { $0.text == "0" })
        let hundred = try #require(words.first { $0.text == "100" })
        #expect(abs((hundred.centreX - zero.centreX) / PDFInspection.pointsPerMillimetre - 100) < 0.3)
    }

    @Test("every bundled motif fits one repeat on A4 at true scale", arguments: ["kawung", "parang-rusak", "surya-majapahit"])
    func bundledMotifsFit(name: String) throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("\(name).pdf")
        let result = try BatikProcess.run(["latihan", name, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let words = try PDFInspection.words(out)
        #expect(!words.contains { $0.text == "Potongan" }, "\(name) was cropped")
    }

    @Test("a level out of range exits 64 and writes nothing")
    func badLevel() throws {
        let folder = try BatikProcess.temporaryFolder()
        let result = try BatikProcess.run(["latihan", "--level", "6", "-o", "x.pdf"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--level 6 is out of range"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("an unknown canting exits 64 and suggests the nearest name")
    func unknownTool() throws {
        let folder = try BatikProcess.temporaryFolder()
        let result = try BatikProcess.run(["latihan", "--tool", "cecak", "-o", "x.pdf"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Did you mean 'cecek'?"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a level with no drills for the canting says which levels have them")
    func levelWithoutDrillsForTool() throws {
        let result = try BatikProcess.run(["latihan", "--level", "2", "--tool", "cecek", "-o", "/tmp/never.pdf"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("its drills are on levels 1, 4, 5"))
    }

    @Test("an existing file outside out/ is kept unless --force")
    func noOverwriteWithoutForce() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("latihan.pdf")
        try Data("old".utf8).write(to: out)
        let refused = try BatikProcess.run(["latihan", "--level", "1", "-o", out.path])
        #expect(refused.status == 73)
        #expect(try Data(contentsOf: out) == Data("old".utf8))
        let forced = try BatikProcess.run(["latihan", "--level", "1", "-o", out.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
    }
}
