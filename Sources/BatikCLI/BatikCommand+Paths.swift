import ArgumentParser
import BatikGeometry
import BatikMotif
import BatikRender
import BatikWax
import Foundation

extension BatikCommand {
    struct Paths: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Plan the canting strokes of a motif and draw them as an SVG in millimetres.",
            discussion: """
                Every wax line, dot and blocked area becomes strokes of its canting,
                step by step (nglowong outlines, ngiseni fillers, nembok blocking),
                ordered so the canting travels as little as possible between strokes.
                The SVG has one Inkscape layer per step and canting, in drawing
                order, and measures true: open it in Inkscape or feed it to vpype.
                Areas over 25 cm² are left to the brush (kuas).

                The figures table goes to standard output, per layer, step and
                canting: lines, dabs, dots, metres of wax line, metres travelled
                with the canting lifted (and the least any order could travel),
                lifts, estimated hand time and grams of wax.
                Change the assumed working rates with --rate, e.g.
                --rate line-speed=8 (mm/s); names: \(CantingRateSetting.names.map(\.name).joined(separator: ", ")).

                Examples:
                  batik paths kawung                 out/kawung-paths.svg, 4 × 4 repeats
                  batik paths kawung --size 60x40cm -o kawung.svg
                  batik paths parang-rusak --cloth latihan -o latihan.svg > figures.txt
                  batik paths kawung --rate line-speed=6 --rate dab-time=2
                  batik paths kawung --cloth kain-panjang --figures-only
                """)

        @Argument(help: "A motif file, or the name of a bundled motif (see `batik motifs`).")
        var motif: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "The SVG to write (default: out/NAME-paths.svg, replaced if present).", valueName: "file.svg"))
        var output: String?

        @OptionGroup var area: AreaOptions

        @Option(
            name: .customLong("set"),
            help: ArgumentHelp("Change a motif parameter, e.g. --set size=60 (repeatable).", valueName: "name=value"))
        var settings: [ParameterSetting] = []

        @Option(
            name: .customLong("rate"),
            help: ArgumentHelp(
                "Change an assumed working rate, e.g. --rate line-speed=8 (repeatable).", valueName: "name=value"))
        var rates: [CantingRateSetting] = []

        @Option(
            help:
                "How far to order the strokes: best, nearest (nearest neighbour only) or input (as generated, to compare)."
        )
        var order: CantingPlanOptions.Ordering = .best

        @Flag(help: "Replace the output file if it already exists.")
        var force = false

        @Flag(help: "Print the figures table only; write no SVG (estimating time and wax for a whole cloth).")
        var figuresOnly = false

        @OptionGroup var limitOptions: LimitOptions

        func validate() throws {
            if figuresOnly && output != nil {
                throw ValidationError("--figures-only writes no file: leave out -o \(output!).")
            }
        }

        func run() throws {
            try CLIError.reporting {
                let (motif, path) = try MotifSource.load(self.motif, settings: settings)
                let clothArea = area.area(for: motif)
                if figuresOnly {
                    var options = CantingPlanOptions()
                    options.ordering = order
                    let plan = try CantingPlanning.plan(motif, path: path, area: clothArea, options: options)
                    print(
                        FiguresTable.text(CantingFigures(plan: plan, rates: CantingRateSetting.rates(rates))),
                        terminator: "")
                    return
                }
                let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                let destination = output ?? "out/\(stem)-paths.svg"
                let file = try OutputFile(path: destination, overwrite: force || output == nil)
                let plan: CantingPlan
                do {
                    var options = CantingPlanOptions()
                    options.ordering = order
                    plan = try CantingPlanning.plan(motif, path: path, area: clothArea, options: options)
                } catch {
                    file.discard()
                    throw error
                }
                let svg = CantingSVG.bytes(
                    for: plan,
                    title:
                        "\(motif.name) — canting paths, \(Render.centimetres(clothArea.width)) × \(Render.centimetres(clothArea.height)) cm"
                )
                do {
                    try svg.withUnsafeBytes { try file.write($0) }
                } catch {
                    file.discard()
                    throw CLIError("cannot write \(destination): \(error)", exitCode: ExitStatus.cannotCreate)
                }
                try file.commit()
                print(
                    FiguresTable.text(CantingFigures(plan: plan, rates: CantingRateSetting.rates(rates))),
                    terminator: "")
                StandardError.print(
                    "wrote \(destination): \(plan.passes.count) layers, "
                        + "\(Render.centimetres(clothArea.width)) × \(Render.centimetres(clothArea.height)) cm")
            }
        }
    }
}
