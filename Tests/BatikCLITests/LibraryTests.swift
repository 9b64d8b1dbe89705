import BatikGeometry
import BatikMotif
import BatikRender
import BatikWax
import Foundation
import Testing

/// Every file of the bundled library, by name.
enum LibraryFiles {
    static let folder = BatikProcess.repositoryRoot.appendingPathComponent("motifs")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted()
}

@Suite("The motif library")
struct LibraryTests {
    @Test("every library motif loads without warnings, renders, plans and lays out a pola", arguments: LibraryFiles.names)
    func motif(name: String) throws {
        let path = LibraryFiles.folder.appendingPathComponent(name).path
        let motif = try MotifLoader.load(yaml: String(contentsOfFile: path, encoding: .utf8), path: path)
        #expect(motif.warnings.isEmpty, "\(motif.warnings)")
        #expect(!motif.origin(in: "id").isEmpty && !motif.description(in: "id").isEmpty, "an Indonesian origin and meaning")
        #expect(!motif.description(in: "en").isEmpty)
        let area = Rect(x: 0, y: 0, width: motif.tile.size.width * 2, height: motif.tile.size.height * 2)
        let layout = motif.layout(on: area)
        let image = try PreviewRenderer(dpi: 30).image(layout: layout, motif: motif)
        #expect(image.width > 0)
        let plan = try ResistPlanner.plan(motif, area: area)
        #expect(plan.steps.first?.kind == .nyorek && plan.steps.last?.kind == .nglorod)
        let grid = try PolaGrid.best(cloth: area.size, paper: .a4, margin: 10, overlap: 10)
        var bytes = 0
        let pola = PolaDocument(
            motif: motif, layout: layout, grid: grid, language: .id, includeIsen: true,
            metadata: PDFMetadata(title: motif.name))
        try pola.write { bytes += $0.count }
        #expect(bytes > 1000)
    }

    @Test("the library has every motif the course needs")
    func enoughMotifs() {
        #expect(LibraryFiles.names.count >= 24)
    }
}
