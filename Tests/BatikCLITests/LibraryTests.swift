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

/// The example compositions (files whose top level has `composition:`).
enum CompositionFiles {
    static let folder = BatikProcess.repositoryRoot.appendingPathComponent("compositions")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { name in
            name.hasSuffix(".yaml")
                && ((try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "")
                    .split(separator: "\n").contains { $0.hasPrefix("composition:") }
        }.sorted()
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

    @Test("every example composition renders, plans and lays out a pola", arguments: CompositionFiles.names)
    func composition(name: String) throws {
        let path = CompositionFiles.folder.appendingPathComponent(name).path
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let render = try BatikProcess.run(["render", path, "--dpi", "10", "-o", folder.appendingPathComponent("c.png").path])
        #expect(render.status == 0, "\(render.stderr)")
        let plan = try BatikProcess.run(["plan", path])
        #expect(plan.status == 0, "\(plan.stderr)")
        let pola = try BatikProcess.run(["pola", path, "-o", folder.appendingPathComponent("c.pdf").path])
        #expect(pola.status == 0, "\(pola.stderr)")
    }

    @Test("a command that takes one motif says so when given a composition, and writes nothing")
    func compositionWhereAMotifIsNeeded() throws {
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("kerja.pdf").path
        let r = try BatikProcess.run(["lembar-kerja", "compositions/sarung-kawung.yaml", "-o", out])
        #expect(r.status == 64)
        #expect(r.stderr.contains("is a whole-cloth composition, and this command takes one motif"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("the library has every motif the course needs")
    func enoughMotifs() {
        #expect(LibraryFiles.names.count >= 24)
        #expect(CompositionFiles.names.count >= 2)
    }
}
