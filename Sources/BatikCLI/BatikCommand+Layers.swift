import ArgumentParser
import BatikGeometry
import BatikMotif
import BatikRender
import BatikWax
import Foundation

extension BatikCommand {
    struct Layers: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw one true-to-scale PNG per step of the wax and dye plan.",
            discussion: """
                Each image shows the cloth after one step of `batik plan`: the colour
                of every part after the baths so far, the wax on it as a light
                translucent yellow-white, the wax laid in this step warmer and outlined
                in brown, and wax scraped off in this step outlined with red dashes.
                The first image shows the pencil lines to trace (nyorek); the last
                shows the final colours after nglorod.

                Files are named by step, 01-nyorek.png, 02-nglowong.png, … (a bath
                step adds its dye: 05-celup-tingi.png). The folder belongs to the
                command: it is created if needed, files of an earlier run are replaced,
                and numbered layer files this run does not make are removed. Each PNG
                records its resolution (prints 1:1) and carries the step's title.
                Titles are Indonesian by default; --lang en for English.

                Examples:
                  batik layers kawung -o out/kawung-tahap
                  batik layers surya-majapahit --tiles 2x2 --dpi 100 -o tahap --lang en
                """)

        @Argument(help: "A motif file, or the name of a bundled motif (see `batik motifs`).")
        var motif: String

        @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the layers into.", valueName: "folder"))
        var output: String

        @Option(help: "Resolution in dots per inch, \(Int(Self.dpiRange.lowerBound))–\(Int(Self.dpiRange.upperBound)).")
        var dpi: Int = 150

        @OptionGroup var area: AreaOptions

        @Option(
            name: .customLong("set"),
            help: ArgumentHelp("Change a motif parameter, e.g. --set size=60 (repeatable).", valueName: "name=value"))
        var settings: [ParameterSetting] = []

        @Option(help: "Language of the titles: id (Bahasa Indonesia) or en (English).")
        var lang: PlanLanguage = .id

        static let dpiRange = PreviewRenderer.dpiRange

        /// Whether `name` is a layer file of this command: two digits, a dash, lower-case words.
        static func isLayerFile(_ name: String) -> Bool {
            name.wholeMatch(of: #/[0-9]{2}-[a-z0-9-]+\.png/#) != nil
        }

        @OptionGroup var limitOptions: LimitOptions

        func validate() throws {
            if !Self.dpiRange.contains(Double(dpi)) {
                throw ValidationError(
                    "--dpi \(dpi) is out of range: use \(Int(Self.dpiRange.lowerBound)) to \(Int(Self.dpiRange.upperBound)) (150 for screen, 300 for print)."
                )
            }
        }

        /// `01-nyorek.png`, `05-celup-tingi.png`.
        static func fileName(index: Int, step: ProcessStep) -> String {
            var name = String(format: "%02d-", index + 1) + step.kind.rawValue
            if step.kind == .celup || step.kind == .nyolet, let bath = step.bath {
                let slug = bath.lowercased().unicodeScalars.map {
                    CharacterSet.alphanumerics.contains($0) && $0.isASCII ? String($0) : "-"
                }.joined()
                let trimmed = slug.split(separator: "-").joined(separator: "-")
                if !trimmed.isEmpty { name += "-" + trimmed }
            }
            return name + ".png"
        }

        func run() throws {
            try CLIError.reporting {
                let (motif, path) = try MotifSource.load(self.motif, settings: settings)
                let clothArea = area.area(for: motif)
                let renderer = LayerRenderer(dpi: Double(dpi))
                let pixels: PixelSize
                do {
                    pixels = try PreviewRenderer(dpi: Double(dpi)).checkedPixelSize(for: clothArea)
                } catch {
                    throw CLIError("\(error)", hint: "lower --dpi or choose a smaller area", exitCode: ExitStatus.usage)
                }
                let plan = try MotifPlanning.plan(motif, path: path, area: clothArea)
                let layout = motif.layout(on: clothArea)
                let language: Language = lang == .id ? .id : .en
                let folder = URL(fileURLWithPath: output)
                var written: Set<String> = []
                for index in plan.steps.indices {
                    let step = plan.steps[index]
                    let name = Self.fileName(index: index, step: step)
                    let destination = folder.appendingPathComponent(name).path
                    let file = try OutputFile(path: destination, overwrite: true)
                    do {
                        let metadata = LayerRenderer.metadata(
                            for: motif, plan: plan, step: index, language: language, dpi: Double(dpi),
                            adding: [PNGText(keyword: "Software", text: "batik \(BatikVersion.current)")])
                        try renderer.render(plan: plan, step: index, layout: layout, metadata: metadata) {
                            try file.write($0)
                        }
                    } catch {
                        file.discard()
                        throw CLIError("cannot draw \(destination): \(error)", exitCode: ExitStatus.cannotCreate)
                    }
                    try file.commit()
                    written.insert(name)
                    print("\(destination)  \(index + 1). \(step.title[language])")
                }
                // Layers of an earlier run that this run did not make would mislead: remove them.
                let fm = FileManager.default
                for old in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
                where Self.isLayerFile(old) && !written.contains(old) {
                    try? fm.removeItem(at: folder.appendingPathComponent(old))
                }
                StandardError.print(
                    "wrote \(plan.steps.count) layers into \(output): \(pixels.width) × \(pixels.height) px at \(dpi) DPI each"
                )
            }
        }
    }
}
