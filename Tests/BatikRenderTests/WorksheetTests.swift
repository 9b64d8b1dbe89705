import BatikGeometry
import BatikMotif
import BatikTestSupport
import BatikWax
import Foundation
import Testing

@testable import BatikRender

@Suite("Stage worksheet (lembar kerja)")
struct WorksheetTests {
    /// The worksheet of the test motif on 3 × 2 repeats, written to a temporary PDF.
    static func worksheet(language: Language = .id, author: String? = "Pelatih Batik") throws -> (Worksheet, URL) {
        let motif = Fixtures.bulatan
        let area = Rect(x: 0, y: 0, width: 90, height: 60)
        let plan = try ResistPlanner.plan(motif, area: area)
        let canting = try CantingPlanner.plan(plan, tools: motif.tools)
        let sheet = Worksheet(
            motif: motif, plan: plan, canting: canting, figures: CantingFigures(plan: canting), language: language,
            clothName: "uji", author: author, date: Date(timeIntervalSince1970: 1_700_000_000), creator: "batik test")
        var bytes: [UInt8] = []
        try sheet.write { bytes.append(contentsOf: $0) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lembar-kerja-\(UUID()).pdf")
        try Data(bytes).write(to: url)
        return (sheet, url)
    }

    @Test("a cover and one page per step, each step's title on its own page, page labels in the file")
    func onePagePerStep() throws {
        let (sheet, pdf) = try Self.worksheet()
        defer { try? FileManager.default.removeItem(at: pdf) }
        let steps = sheet.plan.steps
        #expect(steps.count >= 5)
        let info = try PDFInspection.info(pdf)
        #expect(info["Pages"] == String(steps.count + 1))
        let words = try PDFInspection.words(pdf)
        func text(onPage page: Int) -> String {
            words.filter { $0.page == page }.map(\.text).joined(separator: " ")
        }
        for (index, step) in steps.enumerated() {
            let page = text(onPage: index + 2)
            #expect(page.contains("\(index + 1). \(step.title.id)"), "step \(index + 1) not on page \(index + 2): \(page)")
            #expect(page.contains("Halaman \(index + 2) dari \(steps.count + 1)"))
        }
        let cover = text(onPage: 1)
        #expect(cover.contains("Bulatan Uji"))
        #expect(cover.contains("Bahan") && cover.contains("Langkah kerja"))
        // Every colour on the cover with its hex value and its baths.
        for recipe in sheet.motif.recipes where sheet.plan.finalColours[recipe.name] != nil {
            #expect(cover.contains(recipe.name) && cover.contains(sheet.plan.finalColours[recipe.name]!.hex))
        }
        #expect(cover.contains("nila → soga"))
        #expect(sheet.pageLabels.first == "Sampul" && sheet.pageLabels[1] == "1 Nyorek")
        let raw = try String(decoding: Data(contentsOf: pdf), as: UTF8.self)
        #expect(raw.contains("/Nums"), "the PDF has page labels")
    }

    @Test("waxing pages name their canting, number the starts and give time and wax")
    func waxingPages() throws {
        let (sheet, pdf) = try Self.worksheet()
        defer { try? FileManager.default.removeItem(at: pdf) }
        let words = try PDFInspection.words(pdf)
        let index = try #require(sheet.plan.steps.firstIndex { $0.kind == .nglowong })
        let page = words.filter { $0.page == index + 2 }.map(\.text).joined(separator: " ")
        #expect(page.contains("klowong Ø 1,5 mm"))
        #expect(page.contains("Perkiraan untuk kain uji 9 × 6 cm"))
        #expect(page.contains("malam."))
        // The starts are numbered from 1 inside the drawing.
        #expect(words.contains { $0.page == index + 2 && $0.text == "1" })
        #expect(words.contains { $0.page == index + 2 && $0.text == "2" })
    }

    @Test("English with language en, and the metadata in the document's properties")
    func englishAndMetadata() throws {
        let (sheet, pdf) = try Self.worksheet(language: .en)
        defer { try? FileManager.default.removeItem(at: pdf) }
        let info = try PDFInspection.info(pdf)
        #expect(info["Title"] == "Worksheet: Bulatan Uji")
        #expect(info["Author"] == "Pelatih Batik")
        #expect(info["Creator"] == "batik test")
        #expect(info["Keywords"]?.contains("nglorod") == true)
        let words = try PDFInspection.words(pdf).map(\.text).joined(separator: " ")
        for step in sheet.plan.steps { #expect(words.contains(step.title.en)) }
        #expect(words.contains("Materials") && !words.contains("Bahan"))
        #expect(sheet.pageLabels.first == "Cover")
    }

    @Test("the same input gives byte-identical PDFs, without embedded bitmaps, and small")
    func deterministicAndSmall() throws {
        let (_, a) = try Self.worksheet()
        let (_, b) = try Self.worksheet()
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        let bytes = try Data(contentsOf: a)
        #expect(bytes == (try Data(contentsOf: b)))
        #expect(bytes.count < 600_000, "\(bytes.count) bytes")
        let images = String(decoding: try PDFInspection.run("pdfimages", ["-list", a.path]), as: UTF8.self)
        #expect(images.split(separator: "\n").count == 2, "no images: \(images)")
    }

    @Test("the drawing of a bath shows the dyed cloth: the nila page has the nila colour in it")
    func bathPageShowsColour() throws {
        let (sheet, pdf) = try Self.worksheet()
        defer { try? FileManager.default.removeItem(at: pdf) }
        let index = try #require(sheet.plan.steps.firstIndex { $0.kind == .medel })
        let biru = try #require(sheet.plan.steps[index].colours["biru"])
        let image = try PDFInspection.renderPage(pdf, page: index + 2, dpi: 40)
        var found = false
        for y in stride(from: 0, to: image.height, by: 2) {
            for x in stride(from: 0, to: image.width, by: 2) {
                let p = image[x, y]
                if abs(Int(p.red) - Int(biru.red * 255)) < 12 && abs(Int(p.green) - Int(biru.green * 255)) < 12
                    && abs(Int(p.blue) - Int(biru.blue * 255)) < 12
                {
                    found = true
                }
            }
        }
        #expect(found, "no pixel of biru \(biru.hex) on the medel page")
    }
}
