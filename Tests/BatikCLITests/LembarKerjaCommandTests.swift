import BatikTestSupport
import Foundation
import Testing

/// `batik lembar-kerja` (alias `worksheet`) run as a trainer runs it.
@Suite("batik lembar-kerja end to end")
struct LembarKerjaCommandTests {
    @Test("kawung: a cover and one page per step of the plan, with the author and the step titles")
    func kawung() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("kerja.pdf")
        let result = try BatikProcess.run(
            ["lembar-kerja", "kawung", "--tiles", "4x3", "--author", "LKP Mojokerto", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == out.path + "\n")
        let plan = try BatikProcess.run(["plan", "kawung", "--tiles", "4x3"])
        let titles = plan.stdout.split(separator: "\n").filter { $0.first?.isNumber == true && $0.contains(". ") }
        #expect(titles.count == 9)  // nyorek … nglorod (docs/resist-plan.md)
        let info = try PDFInspection.info(out)
        #expect(info["Pages"] == String(titles.count + 1))
        #expect(info["Title"] == "Lembar kerja: Kawung")
        #expect(info["Author"] == "LKP Mojokerto")
        let words = try PDFInspection.words(out)
        for (k, title) in titles.enumerated() {
            let page = words.filter { $0.page == k + 2 }.map(\.text).joined(separator: " ")
            #expect(page.contains(String(title)), "'\(title)' not on page \(k + 2)")
        }
    }

    @Test("the alias worksheet with --lang en writes English, and twice gives the same bytes")
    func englishAndDeterministic() throws {
        let folder = try BatikProcess.temporaryFolder()
        var files: [Data] = []
        for name in ["a.pdf", "b.pdf"] {
            let out = folder.appendingPathComponent(name)
            let result = try BatikProcess.run(
                ["worksheet", "surya-majapahit", "--tiles", "2x2", "--lang", "en", "--paper", "letter", "-o", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            files.append(try Data(contentsOf: out))
        }
        #expect(files[0] == files[1])
        let out = folder.appendingPathComponent("a.pdf")
        #expect(try PDFInspection.info(out)["Title"] == "Worksheet: Surya Majapahit")
        let text = try PDFInspection.words(out).map(\.text).joined(separator: " ")
        #expect(text.contains("Materials") && text.contains("Nglorod: boil off the wax"))
        let size = try #require(try PDFInspection.pageSizes(out).first)
        #expect(abs(size.width - 215.9) < 0.2 && abs(size.height - 279.4) < 0.2)
    }

    @Test("a broken motif exits 65 and writes no file")
    func brokenMotif() throws {
        let folder = try BatikProcess.temporaryFolder()
        let broken = EndToEndTests.brokenFolder.appendingPathComponent("unknown-recipe.yaml").path
        let result = try BatikProcess.run(["lembar-kerja", broken, "-o", "kerja.pdf"], in: folder)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("an existing file outside out/ is kept without --force (exit 73)")
    func noClobber() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("kerja.pdf")
        try Data("precious".utf8).write(to: out)
        let result = try BatikProcess.run(["lembar-kerja", "kawung", "--tiles", "2x2", "-o", out.path])
        #expect(result.status == 73)
        #expect(try Data(contentsOf: out) == Data("precious".utf8))
    }
}
