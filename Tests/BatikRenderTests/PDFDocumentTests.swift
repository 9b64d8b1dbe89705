import BatikGeometry
import BatikTestSupport
import Foundation
import Testing

@testable import BatikRender

@Suite("PDF documents")
struct PDFDocumentTests {
    /// A one-page A4 PDF with the scale check at known places.
    func scaleCheckPDF() throws -> URL {
        var bytes: [UInt8] = []
        let document = try PDFDocument(
            firstPage: PaperSize.a4.size,
            metadata: PDFMetadata(title: "Uji skala", author: "Pelatih", keywords: ["batik", "pola"])
        ) { bytes.append(contentsOf: $0) }
        try document.page(size: PaperSize.a4.size, label: "Uji") { page in
            page.ruler(at: Point(20, 30), language: .id)
            page.scaleSquare(at: Point(20, 60), language: .id)
            page.printAtFullSizeNote(at: Point(105, 280), anchor: .bottom, language: .id)
        }
        try document.finish()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scale-\(UUID()).pdf")
        try Data(bytes).write(to: url)
        return url
    }

    @Test("the ruler's 100 mm and the square's 50 mm measure true on the printed page")
    func rulerIsTrueToScale() throws {
        let pdf = try scaleCheckPDF()
        defer { if ProcessInfo.processInfo.environment["BATIK_KEEP"] == nil { try? FileManager.default.removeItem(at: pdf) } }
        let sizes = try PDFInspection.pageSizes(pdf)
        #expect(sizes.count == 1)
        #expect(abs(sizes[0].width - 210) < 0.1 && abs(sizes[0].height - 297) < 0.1)

        // 254 DPI is 10 pixels a millimetre.
        let image = try PDFInspection.renderPage(pdf, page: 1, dpi: 254)
        func dark(_ x: Int, _ y: Int) -> Bool { Int(image[x, y].red) + Int(image[x, y].green) < 250 }
        // Two millimetres below the ruler's line only the long (10 mm) ticks reach.
        let row = 320
        let runs = runCentres(in: 0..<image.width) { dark($0, row) }
        #expect(runs.count == 11, "eleven long ticks, 0 to 100 mm: \(runs)")
        if let first = runs.first, let last = runs.last {
            #expect(abs((last - first) - 1000) <= 2, "0 to 100 mm spans \(last - first) px at 10 px/mm")
        }

        // The square's left and right edges, across its middle.
        let middle = 850
        let edges = (0..<image.width).filter { x in
            let p = image[x, middle]
            return Int(p.red) < 120 && Int(p.blue) > 100
        }
        if let left = edges.first, let right = edges.last {
            #expect(abs(Double(right - left) - 500) <= 3, "the square is \(right - left) px wide")
        } else {
            Issue.record("the square was not found")
        }

        let words = try PDFInspection.words(pdf)
        let zero = try #require(words.first { $0.text == "0" })
        let hundred = try #require(words.first { $0.text == "100" })
        #expect(abs((hundred.centreX - zero.centreX) / PDFInspection.pointsPerMillimetre - 100) < 0.3)
        #expect(words.contains { $0.text == "Cetak" } && words.contains { $0.text == "‘Fit" })
    }

    @Test("metadata and page labels reach the file, and the same drawing gives the same bytes")
    func metadataAndDeterminism() throws {
        let a = try scaleCheckPDF()
        let b = try scaleCheckPDF()
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        let info = try PDFInspection.info(a)
        #expect(info["Title"] == "Uji skala")
        #expect(info["Author"] == "Pelatih")
        #expect(info["Keywords"] == "batik, pola")
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }
}
