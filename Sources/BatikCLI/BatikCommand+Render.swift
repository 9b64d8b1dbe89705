import ArgumentParser
import BatikGeometry
import BatikMotif
import BatikRender
import Foundation

extension BatikCommand {
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a true-to-scale PNG preview of a motif.",
            discussion: """
                The PNG records its resolution, so printed at 100 % it measures true:
                a 24 mm repeat is 24 mm on paper. Choose the cloth area with one of
                --size, --tiles or --cloth (default: 4 × 4 repeats). Colours come from
                the motif's dye baths: each area shows the colour its recipe of baths
                gives on the motif's cloth.

                Examples:
                  batik render kawung                      out/kawung.png, 4 × 4 repeats
                  batik render motifs/kawung.yaml --cloth bahan --dpi 100 -o bahan.png
                  batik render parang-rusak --size 40x30cm       a 40 × 30 cm piece
                  batik render kawung --tiles 8x6 --set size=60  kawung kemplong
                  batik render surya-majapahit --dpi 300 -o surya.png --force
                """)

        @Argument(help: "A motif file, or the name of a bundled motif (see `batik motifs`).")
        var motif: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("The PNG to write (default: out/NAME.png, replaced if present).", valueName: "file.png"))
        var output: String?

        @Option(help: "Resolution in dots per inch, \(Int(Self.dpiRange.lowerBound))–\(Int(Self.dpiRange.upperBound)).")
        var dpi: Int = 150

        @OptionGroup var areaOptions: AreaOptions

        @Option(
            name: .customLong("set"),
            help: ArgumentHelp("Change a motif parameter, e.g. --set size=60 (repeatable).", valueName: "name=value"))
        var settings: [ParameterSetting] = []

        @Flag(help: "Replace the output file if it already exists.")
        var force = false

        static let dpiRange = PreviewRenderer.dpiRange

        func validate() throws {
            if !Self.dpiRange.contains(Double(dpi)) {
                throw ValidationError(
                    "--dpi \(dpi) is out of range: use \(Int(Self.dpiRange.lowerBound)) to \(Int(Self.dpiRange.upperBound)) (150 for screen previews, 300 for print).")
            }
        }

        func run() throws {
            try CLIError.reporting {
                let (motif, path) = try MotifSource.load(self.motif, settings: settings)
                let area = areaOptions.area(for: motif)
                let renderer = PreviewRenderer(dpi: Double(dpi))
                let pixels: PixelSize
                do {
                    pixels = try renderer.checkedPixelSize(for: area)
                } catch {
                    throw CLIError(
                        "\(error)", hint: "lower --dpi or choose a smaller area", exitCode: ExitStatus.usage)
                }
                let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                let destination = output ?? "out/\(stem).png"
                // out/ belongs to batik: files there are replaced without --force.
                let file = try OutputFile(path: destination, overwrite: force || output == nil)
                do {
                    let metadata = PreviewRenderer.metadata(
                        for: motif, dpi: Double(dpi),
                        adding: [
                            PNGText(keyword: "Software", text: "batik \(BatikVersion.current)"),
                            PNGText(keyword: "batik:origin", text: motif.origin),
                        ])
                    try renderer.render(layout: motif.layout(on: area), motif: motif, metadata: metadata) {
                        try file.write($0)
                    }
                } catch {
                    file.discard()
                    throw CLIError("cannot render \(destination): \(error)", exitCode: ExitStatus.cannotCreate)
                }
                try file.commit()
                print(destination)
                StandardError.print(
                    "wrote \(destination): \(pixels.width) × \(pixels.height) px at \(dpi) DPI = "
                        + "\(Self.centimetres(area.width)) × \(Self.centimetres(area.height)) cm when printed at 100 %")
            }
        }

        static func centimetres(_ mm: Double) -> String {
            let cm = mm / 10
            return cm == cm.rounded() ? String(Int(cm)) : String(format: "%.1f", cm)
        }
    }
}

extension Double {
    /// Shortest plain form: 150 not 150.0, 0.5 stays 0.5.
    func formatted() -> String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
