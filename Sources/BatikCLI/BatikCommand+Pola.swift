import ArgumentParser
import BatikGeometry
import BatikMotif
import BatikRender
import BatikWax
import Foundation

extension BatikCommand {
    struct Pola: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a 1:1 pola (full-size pattern) of a motif on office paper, as a PDF.",
            discussion: """
                The cloth is cut into as few sheets as the paper allows (portrait or
                landscape, whichever needs fewer). Neighbouring sheets share an
                overlap strip with ⊕ crosshairs at its corners: cut the left and top
                margins, lay each sheet over its neighbour until the crosshairs meet,
                tape, then lay the cloth over it and trace (nyorek).

                Page 1 shows the whole cloth with the sheet grid and how to assemble it.
                Every sheet carries its name (B3 = row B, column 3) with arrows to its
                neighbours, a map of the grid, a 100 mm ruler and a 50 mm square:
                print at 100 % ("Actual size"), never "Fit to page", and measure them.
                Black lines are the outlines; grey lines and dots the isen-isen
                (--no-isen leaves them out).

                Examples:
                  batik pola kawung                           4 × 4 repeats, A4
                  batik pola kawung --cloth kain-panjang      a whole kain, 250 × 110 cm
                  batik pola parang-rusak --size 60x40cm --paper f4 -o parang.pdf
                  batik pola kawung --overlap 15mm --lang en --author "KUBE Sekar"
                """)

        @Argument(help: "A motif file, a composition file (a whole cloth, docs/compositions.md), or the name of a bundled motif.")
        var motif: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("The PDF to write (default: out/NAME-pola.pdf, replaced if present).", valueName: "file.pdf"))
        var output: String?

        @OptionGroup var area: AreaOptions

        @Option(
            help: ArgumentHelp(
                "Paper edge to pattern, room for the printer's border and the labels (8–40 mm).", valueName: "length"))
        var margin = PhysicalLength(millimetres: 10)

        @Option(
            help: ArgumentHelp("Strip shared by neighbouring sheets, where they are taped over each other.", valueName: "length"))
        var overlap = PhysicalLength(millimetres: 10)

        @Flag(name: .customLong("no-isen"), help: "Leave the isen-isen (dots and fine lines) out; outlines only.")
        var noIsen = false

        @Option(
            name: .customLong("set"),
            help: ArgumentHelp("Change a motif parameter, e.g. --set size=60 (repeatable).", valueName: "name=value"))
        var settings: [ParameterSetting] = []

        @OptionGroup var document: DocumentOptions

        @OptionGroup var limitOptions: LimitOptions

        func run() throws {
            try CLIError.reporting {
                let design = try CompositionSource.loadDesign(self.motif, settings: settings)
                var (motif, path) = (design.motif, design.path)
                var clothArea: Rect
                var fields: [MotifLayout]?
                if case .composition(let composition, _) = design {
                    try area.rejectForComposition(path)
                    clothArea = composition.area
                    fields = composition.layouts()
                    motif.name = composition.name
                } else {
                    clothArea = area.area(for: motif)
                }
                let grid: PolaGrid
                do {
                    grid = try PolaGrid.best(
                        cloth: clothArea.size, paper: document.paper, margin: margin.millimetres,
                        overlap: overlap.millimetres)
                } catch {
                    throw CLIError("\(error)", hint: "change --margin, --overlap or the area", exitCode: ExitStatus.usage)
                }
                let language: Language = document.lang == .id ? .id : .en
                let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                let destination = output ?? "out/\(stem)-pola.pdf"
                let title = language == .id ? "Pola 1:1 \(motif.name)" : "1:1 pola \(motif.name)"
                let metadata = PDFMetadata(
                    title: title, author: document.author,
                    subject: language == .id
                        ? "Pola ukuran asli untuk nyorek, \(grid.sheetCount) lembar \(grid.paper.name)"
                        : "Full-size pattern for tracing, \(grid.sheetCount) \(grid.paper.name) sheets",
                    keywords: ["batik tulis", "pola", motif.name, grid.paper.name],
                    creator: "batik \(BatikVersion.current)", date: DocumentOptions.documentDate(input: path))
                var pola = PolaDocument(
                    motif: motif,
                    layout: fields == nil ? motif.layout(on: clothArea) : MotifLayout(area: clothArea, tileMarks: [], placements: []),
                    grid: grid, language: language, includeIsen: !noIsen, metadata: metadata)
                pola.fields = fields
                try DocumentOutput.write(destination, overwrite: document.force || output == nil) { sink in
                    try pola.write(to: sink)
                }
                StandardError.print(
                    "wrote \(destination): \(grid.sheetCount) sheets of \(grid.paper.name) \(grid.orientation.rawValue) "
                        + "(\(grid.rows) rows × \(grid.columns) columns) and an overview page; print at 100 %")
            }
        }
    }
}
