import BatikTestSupport
import Foundation
import Testing

@Suite("batik pola")
struct PolaCommandTests {
    @Test("a whole kain of kawung: fewest A4 sheets, under 1 MB, the ruler 100 mm on a sheet")
    func kainPanjang() throws {
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("kawung-pola.pdf")
        let result = try BatikProcess.run(["pola", "kawung", "--cloth", "kain-panjang", "-o", pdf.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("70 sheets"))

        let bytes = try FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int ?? 0
        #expect(bytes > 10_000 && bytes < 1_000_000, "the pola is \(bytes) bytes")
        let sizes = try PDFInspection.pageSizes(pdf)
        #expect(sizes.count == 71, "an overview and 70 sheets")
        for size in sizes.dropFirst() {
            #expect(abs(size.width - 210) < 0.1 && abs(size.height - 297) < 0.1)
        }

        // On sheet B3 (page 1 + 14 + 3): the ruler's 0 and 100 are 100 mm apart, its name is there.
        let words = try PDFInspection.words(pdf).filter { $0.page == 18 }
        #expect(words.contains { $0.text == "B3" })
        #expect(words.contains { $0.text == "▲" } && words.contains { $0.text == "A3" } && words.contains { $0.text == "C3" })
        let ticks = words.filter { ["0", "100"].contains($0.text) && $0.centreY > 280 * PDFInspection.pointsPerMillimetre }
        let zero = try #require(ticks.first { $0.text == "0" })
        let hundred = try #require(ticks.first { $0.text == "100" })
        #expect(abs((hundred.centreX - zero.centreX) / PDFInspection.pointsPerMillimetre - 100) < 0.3)

        // And in pixels: at 254 DPI (10 px/mm) the ruler's long ticks, 2 mm under its line, span 1000 px.
        let image = try PDFInspection.renderPage(pdf, page: 18, dpi: 254)
        let rulerLine = (0..<image.height).reversed().first { y in
            (120..<1080).allSatisfy { x in image[x, y].red < 128 }
        }
        let lineY = try #require(rulerLine, "a solid 100 mm line at the bottom of the sheet")
        let ticks10 = runCentres(in: 90..<1120) { image[$0, lineY + 20].red < 128 }
        #expect(ticks10.count == 11, "ticks at 0, 10, … 100 mm: \(ticks10)")
        if let first = ticks10.first, let last = ticks10.last { #expect(abs(last - first - 1000) <= 2) }
    }

    @Test("the same motif and options give the same bytes; metadata says what it is")
    func deterministic() throws {
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.pdf")
        let b = folder.appendingPathComponent("b.pdf")
        for url in [a, b] {
            let r = try BatikProcess.run(
                ["pola", "parang-rusak", "--size", "60x40cm", "--paper", "f4", "--author", "KUBE Sekar", "--lang", "en",
                 "-o", url.path])
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
        let info = try PDFInspection.info(a)
        #expect(info["Author"] == "KUBE Sekar")
        #expect(info["Title"]?.contains("pola") == true)
        let words = try PDFInspection.words(a)
        #expect(words.contains { $0.text == "assemble" })
        #expect(words.contains { $0.text == "Print" })
    }

    @Test("a margin out of range is refused with a hint, and nothing is written")
    func badMargin() throws {
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("p.pdf")
        let r = try BatikProcess.run(["pola", "kawung", "--margin", "2mm", "-o", pdf.path])
        #expect(r.status == 64)
        #expect(r.stderr.contains("margin") && r.stderr.contains("8 to 40 mm"))
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }
}
