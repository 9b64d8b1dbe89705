import ArgumentParser
import BatikGeometry
import BatikMotif
import BatikRender
import BatikWax
import Foundation

extension BatikCommand {
    struct Galeri: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "galeri",
            abstract: "Draw the motif library as one contact sheet (PNG), each motif named.",
            discussion: """
                Every motif of the library (`batik motifs`) is drawn on the same piece
                of cloth, --swatch wide, at the same scale, so their sizes compare truly;
                the PNG records that scale: printed at 100 % each swatch measures true.
                Motifs with errors are listed and left out.

                Examples:
                  batik galeri                      out/galeri.png
                  batik galeri -o samples/gallery.png --look vector
                """,
            aliases: ["gallery"])

        @Option(name: .shortAndLong, help: ArgumentHelp("The PNG to write (default: out/galeri.png).", valueName: "file.png"))
        var output: String?

        @Option(help: ArgumentHelp("Cloth shown per motif, e.g. 80mm.", valueName: "length"))
        var swatch = PhysicalLength(millimetres: 80)

        @Option(help: "Pixels per swatch side.")
        var pixels: Int = 280

        @Option(help: "Columns of the grid.")
        var columns: Int = 6

        @Option(help: "vector (clean) or kain (the cloth look).")
        var look: RenderLook = .kain

        @Option(help: "Language of the origins: id or en.")
        var lang: PlanLanguage = .id

        @Flag(help: "Replace the output file if it already exists.")
        var force = false

        @OptionGroup var limitOptions: LimitOptions

        func validate() throws {
            if !(60...1200).contains(pixels) { throw ValidationError("--pixels \(pixels) is out of range: use 60 to 1200.") }
            if !(1...20).contains(columns) { throw ValidationError("--columns \(columns) is out of range: use 1 to 20.") }
            if !(10...1000).contains(swatch.millimetres) {
                throw ValidationError("--swatch is out of range: use 10 to 1000 mm of cloth per motif.")
            }
        }

        func run() throws {
            try CLIError.reporting {
                let library = try MotifLibrary.required()
                var motifs: [Motif] = []
                for url in library.files() {
                    guard let text = try? MotifSource.read(url.path), let motif = try? MotifLoader.load(yaml: text, path: url.path)
                    else {
                        StandardError.print("\(url.path): has errors, left out (batik check \(url.path))")
                        continue
                    }
                    motifs.append(motif)
                }
                guard !motifs.isEmpty else { throw CLIError("no motif to draw", exitCode: ExitStatus.dataError) }
                let side = swatch.millimetres
                let dpi = Double(pixels) / side * 25.4
                let language = lang.rawValue
                let kain = look == .kain
                let list = motifs
                let cells = try ParallelWork.map(list.count) { i -> ContactSheet.Cell in
                    let motif = list[i]
                    let layout = motif.layout(on: Rect(x: -side / 2, y: -side / 2, width: side, height: side))
                    let image =
                        kain
                        ? try ClothLook(seed: 1, crackle: false).front(layout: layout, motif: motif, plan: nil, dpi: dpi)
                        : try PreviewRenderer(dpi: dpi).image(layout: layout, motif: motif)
                    // The place only: what follows a ';' or '(' is for the motif's own page.
                    let origin = motif.origin(in: language)
                    let place = origin.split(separator: ";").first.map { String($0) } ?? origin
                    let short = place.components(separatedBy: " (").first ?? place
                    return ContactSheet.Cell(title: motif.name, subtitle: short, image: image)
                }
                let heading =
                    lang == .id
                    ? "Pustaka motif batik — \(motifs.count) motif, tiap contoh \(Int(side)) × \(Int(side)) mm kain"
                    : "Batik motif library — \(motifs.count) motifs, each swatch \(Int(side)) × \(Int(side)) mm of cloth"
                let sheet = try ContactSheet(cells: cells, columns: min(columns, motifs.count), heading: heading).image()
                let destination = output ?? "out/galeri.png"
                try OutputFile.save(destination, overwrite: force || output == nil) { sink in
                    let writer = try PNGWriter(
                        width: sheet.width, height: sheet.height, dpi: dpi,
                        text: [PNGText(keyword: "Title", text: heading), PNGText(keyword: "Software", text: "batik \(BatikVersion.current)")],
                        sink: sink)
                    try writer.write(rows: sheet.pixels)
                    try writer.finish()
                }
                print(destination)
                StandardError.print("wrote \(destination): \(motifs.count) motifs, \(sheet.width) × \(sheet.height) px")
            }
        }
    }
}
