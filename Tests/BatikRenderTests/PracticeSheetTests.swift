import BatikGeometry
import BatikMotif
import BatikTestSupport
import BatikWax
import Foundation
import Testing

@testable import BatikRender

@Suite("Canting practice sheets")
struct PracticeSheetTests {
    func pdf(_ sheet: PracticeSheet) throws -> URL {
        var bytes: [UInt8] = []
        try sheet.write { bytes.append(contentsOf: $0) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("latihan-\(UUID()).pdf")
        try Data(bytes).write(to: url)
        return url
    }

    @Test("every level has a page, titled with its level, and the PDF has exactly those pages")
    func pagesPerLevel() throws {
        let sheet = PracticeSheet()
        let url = try pdf(sheet)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(Set(sheet.pages.map(\.level)) == [1, 2, 3, 4, 5])
        #expect(Int(try PDFInspection.info(url)["Pages"] ?? "") == sheet.pages.count)
        let words = try PDFInspection.words(url)
        for (index, page) in sheet.pages.enumerated() {
            let onPage = words.filter { $0.page == index + 1 }
            #expect(onPage.contains { $0.text == "Tingkat" }, "page \(index + 1)")
            #expect(onPage.contains { $0.text == "\(page.level):" }, "page \(index + 1) names level \(page.level)")
            #expect(onPage.contains { $0.text == "Cetak" }, "the print-at-100 % note on page \(index + 1)")
        }
        // Every drill stays inside the paper's margins and no two drills on a page overlap.
        for page in sheet.pages {
            for placed in page.drills {
                #expect(placed.practice.maxX <= PaperSize.a4.size.width - PracticeSheet.margin + 1e-9)
                #expect(placed.model.maxY <= PaperSize.a4.size.height - 22)
                for stroke in placed.drill.strokes {
                    for p in stroke.points {
                        #expect(
                            p.x > 0 && p.y > 0 && p.x < placed.drill.size.width && p.y < placed.drill.size.height,
                            "\(placed.drill.key): \(p) lies outside its box")
                    }
                }
            }
            for (a, b) in zip(page.drills, page.drills.dropFirst()) { #expect(a.model.maxY < b.top) }
        }
    }

    @Test("the sheets speak Indonesian by default and English with .en, metadata included")
    func languages() throws {
        var metadata = PracticeSheet.defaultMetadata(language: .id, tool: nil, author: "Bu Sri")
        metadata.date = Date(timeIntervalSince1970: 1_700_000_000)
        let indonesian = try pdf(PracticeSheet(levels: [1], metadata: metadata))
        let english = try pdf(PracticeSheet(language: .en, levels: [1]))
        defer {
            try? FileManager.default.removeItem(at: indonesian)
            try? FileManager.default.removeItem(at: english)
        }
        let id = Set(try PDFInspection.words(indonesian).map(\.text))
        let en = Set(try PDFInspection.words(english).map(\.text))
        for word in ["Garis", "mendatar", "cucuk", "Latihan:", "Halaman", "klowong"] { #expect(id.contains(word), "\(word)") }
        for word in ["Horizontal", "spout", "Practice:", "Page", "klowong"] { #expect(en.contains(word), "\(word)") }
        #expect(!en.contains("cucuk") && !id.contains("spout"))
        let info = try PDFInspection.info(indonesian)
        #expect(info["Title"] == "Latihan canting")
        #expect(info["Author"] == "Bu Sri")
        #expect(info["Creator"] == "batik")
        #expect(info["Keywords"]?.contains("canting") == true)
        #expect(info["Subject"]?.contains("1:1") == true)
    }

    @Test("every page carries the 100 mm ruler, and it measures 100 mm")
    func rulerOnEveryPage() throws {
        let sheet = PracticeSheet()
        let url = try pdf(sheet)
        defer { try? FileManager.default.removeItem(at: url) }
        let words = try PDFInspection.words(url)
        for page in 1...sheet.pages.count {
            let onPage = words.filter { $0.page == page }
            let zero = try #require(onPage.first { $0.text == "0" }, "page \(page)")
            let hundred = try #require(onPage.first { $0.text == "100" && abs($0.centreY - zero.centreY) < 1 })
            #expect(abs((hundred.centreX - zero.centreX) / PDFInspection.pointsPerMillimetre - 100) < 0.3)
        }
    }

    @Test("the printed cecek of a row are as far apart as the sheet says (2,5 mm)")
    func dotPitchIsTrue() throws {
        let sheet = PracticeSheet(levels: [4])
        let url = try pdf(sheet)
        defer { try? FileManager.default.removeItem(at: url) }
        let placed = try #require(sheet.pages[0].drills.first { $0.drill.key == "baris-cecek" })
        let pitch = try #require(placed.drill.pitch)
        #expect(pitch == 2.5)
        #expect(try PDFInspection.words(url).contains { $0.text == "2,5" })

        // 254 DPI: 10 pixels a millimetre. Scan the second row of the model (past its start dot
        // and number) and find the dots' centres.
        let image = try PDFInspection.renderPage(url, page: 1, dpi: 254)
        let row = placed.drill.strokes[1]
        let y = Int(((placed.model.minY + row.points[0].y) * 10).rounded())
        let from = Int(((placed.model.minX + row.points[1].x - pitch / 2) * 10).rounded())
        let to = Int(((placed.model.minX + row.points.last!.x + pitch / 2) * 10).rounded())
        // Millimetres: 10 pixels each.
        let centres = runCentres(in: from..<to) { Int(image[$0, y].red) < 200 }.map { $0 / 10 }
        #expect(centres.count == row.points.count - 1, "dots found: \(centres.count)")
        let steps = zip(centres, centres.dropFirst()).map { $1 - $0 }
        let mean = steps.reduce(0, +) / Double(max(steps.count, 1))
        #expect(abs(mean - pitch) < 0.05, "mean pitch on paper \(mean) mm")
        #expect(steps.allSatisfy { abs($0 - pitch) <= 0.15 }, "\(steps)")
    }

    @Test("--tool cecek keeps only dot drills, all for the cecek canting")
    func onlyOneTool() throws {
        let cecek = try #require(CantingTool.library["cecek"])
        let sheet = PracticeSheet(tool: cecek)
        #expect(!sheet.drills.isEmpty)
        #expect(sheet.drills.allSatisfy { $0.kind == .dot && $0.tool.name == "cecek" })
        #expect(Set(sheet.pages.map(\.level)) == [1, 4, 5])
        let url = try pdf(sheet)
        defer { try? FileManager.default.removeItem(at: url) }
        let words = try PDFInspection.words(url)
        // Every drill's tool line ("Canting cecek · cucuk 0,8 mm") names the cecek.
        let named = zip(words, words.dropFirst()).filter { $0.0.text == "Canting" }.map(\.1.text)
        #expect(named.count == sheet.drills.count)
        #expect(named.allSatisfy { $0 == "cecek" }, "\(named)")
        // A wide canting spaces its lines further apart than the klowong's 8 mm.
        let tembok = try #require(CantingTool.library["tembok"])
        #expect(PracticeDrill.lineSpacing(for: tembok) > PracticeDrill.lineSpacing(for: PracticeDrill.lineTool))
        #expect(PracticeDrill.lineSpacing(for: PracticeDrill.lineTool) == 8)
    }

    @Test("the same sheet gives byte-identical PDFs")
    func deterministic() throws {
        var a: [UInt8] = []
        var b: [UInt8] = []
        try PracticeSheet(levels: [3, 5]).write { a.append(contentsOf: $0) }
        try PracticeSheet(levels: [3, 5]).write { b.append(contentsOf: $0) }
        #expect(!a.isEmpty && a == b)
    }

    @Test("drill strokes start where their numbers say: arrows point along the stroke")
    func strokesRunTheWayTheyAreDrawn() {
        let drills = PracticeDrill.drills(level: 1)
        let horizontal = drills.first { $0.key == "garis-datar" }!
        #expect(horizontal.strokes.allSatisfy { $0.startDirection.dx > 0.99 })
        let vertical = drills.first { $0.key == "garis-tegak" }!
        #expect(vertical.strokes.allSatisfy { $0.startDirection.dy > 0.99 })
        // Circles go clockwise on paper: positive signed area in y-down coordinates.
        let circle = PracticeDrill.drills(level: 3).first { $0.key == "lingkaran" }!.strokes[0]
        #expect(Polyline(circle.points, isClosed: true).signedArea > 0)
    }
}
