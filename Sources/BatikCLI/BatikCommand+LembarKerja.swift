import ArgumentParser
import BatikGeometry
import BatikMotif
import BatikRender
import BatikWax
import Foundation

extension BatikCommand {
    struct LembarKerja: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lembar-kerja",
            abstract: "Print the wax and dye plan as a worksheet PDF, one page per step.",
            discussion: """
                A worksheet (lembar kerja) for the class: a cover with the preview,
                every colour with its recipe of baths, the materials (cloth, wax by
                kind in grams, dyes, cantings) and the time estimate; then one page
                per step of `batik plan`: what to wax, highlighted over the cloth as
                it is at that stage, with which canting, the first strokes numbered
                in the planned order, how long it takes; each dye bath with its notes;
                and nglorod with the finished colours.

                Times and grams are for the whole cloth: by default the course's
                training piece (--cloth latihan, 200 × 100 cm); choose another with
                --size, --tiles or --cloth. The drawings show the cloth's top-left
                corner, where the work starts, at a stated scale. Indonesian by
                default; --lang en for English.

                Examples:
                  batik lembar-kerja kawung          out/kawung-lembar-kerja.pdf
                  batik worksheet parang-rusak --lang en --paper letter -o parang.pdf
                  batik lembar-kerja surya-majapahit --cloth iket --author "LKP Batik"
                  batik lembar-kerja kawung --set size=60 --paper f4
                """,
            aliases: ["worksheet"])

        @Argument(help: "A motif file, or the name of a bundled motif (see `batik motifs`).")
        var motif: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "The PDF to write (default: out/NAME-lembar-kerja.pdf, replaced if present).", valueName: "file.pdf"))
        var output: String?

        @OptionGroup var area: AreaOptions

        @Option(
            name: .customLong("set"),
            help: ArgumentHelp("Change a motif parameter, e.g. --set size=60 (repeatable).", valueName: "name=value"))
        var settings: [ParameterSetting] = []

        @OptionGroup var document: DocumentOptions

        /// The training piece, unless the command line chose an area.
        static let defaultCloth = ClothPreset.latihan

        @OptionGroup var limitOptions: LimitOptions

        func run() throws {
            try CLIError.reporting {
                let (motif, path) = try MotifSource.load(self.motif, settings: settings)
                let chosen = area.size != nil || area.tiles != nil || area.cloth != nil
                let cloth = chosen ? area.cloth : Self.defaultCloth
                let clothArea =
                    chosen
                    ? area.area(for: motif)
                    : Rect(x: 0, y: 0, width: Self.defaultCloth.size.width, height: Self.defaultCloth.size.height)
                let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                let destination = output ?? "out/\(stem)-lembar-kerja.pdf"
                // Refuse before the planning (tens of seconds on a whole cloth), not after it.
                if output != nil, !document.force, FileManager.default.fileExists(atPath: destination) {
                    throw CLIError(
                        "\(destination) already exists", hint: "add --force to replace it, or choose another name with -o",
                        exitCode: ExitStatus.cannotCreate)
                }
                let resist = try MotifPlanning.plan(motif, path: path, area: clothArea)
                let canting: CantingPlan
                do {
                    canting = try CantingPlanner.plan(resist, tools: motif.tools)
                } catch {
                    throw CLIError("cannot plan the canting paths of \(path): \(error)", exitCode: ExitStatus.software)
                }
                let worksheet = Worksheet(
                    motif: motif, plan: resist, canting: canting, figures: CantingFigures(plan: canting),
                    language: document.lang == .id ? .id : .en, paper: document.paper, clothName: cloth?.rawValue,
                    author: document.author, date: DocumentOptions.documentDate(input: path),
                    creator: "batik \(BatikVersion.current)")
                // out/ belongs to batik: files there are replaced without --force.
                try DocumentOutput.write(destination, overwrite: document.force || output == nil) { sink in
                    try worksheet.write(to: sink)
                }
                StandardError.print(
                    "wrote \(destination): \(worksheet.pageCount) pages (\(document.paper.name)), "
                        + "figures for \(Render.centimetres(clothArea.width)) × \(Render.centimetres(clothArea.height)) cm")
            }
        }
    }
}
