import ArgumentParser
import BatikGeometry
import BatikMotif
import BatikRender
import Foundation

extension BatikCommand {
    struct MockupFoto: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mockup-foto",
            abstract: "Put a motif on your own photo of a blank white product, at true scale.",
            discussion: """
                A photo template is a small YAML file beside a photo of a blank white
                product (a kaos, a tote, a scarf) on a plain background:

                  photo: kaos-putih.jpg     the photo, JPEG or PNG
                  width: 56cm               the product's real width across the photo
                  mask: kaos-mask.png       optional: white = product
                  corners: [[x,y], …]       optional: 4 corners of a flat rectangle, for perspective

                The product is found by its colour against the background (or the mask),
                the motif is laid on it at its real size, and the photo's own light and
                folds are kept. The result is a preview for a listing, not a photo of
                real cloth: say so where you sell. See docs/photo-templates.md.

                Examples:
                  batik mockup-foto foto/kaos.yaml kawung          out/kawung-kaos.jpg
                  batik mockup-foto foto/kaos.yaml kawung --square 1200   a 1200 × 1200 cover on white
                  batik mockup-foto foto/tas.yaml parang-rusak --set size=40 -o tas.jpg
                """)

        @Argument(help: "A photo template (.yaml).")
        var template: String

        @Argument(help: "A motif file, or the name of a bundled motif (see `batik motifs`).")
        var motif: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("The JPEG to write (default: out/MOTIF-TEMPLATE.jpg, replaced if present).", valueName: "file.jpg"))
        var output: String?

        @Option(
            name: .customLong("set"),
            help: ArgumentHelp("Change a motif parameter, e.g. --set size=60 (repeatable).", valueName: "name=value"))
        var settings: [ParameterSetting] = []

        @Option(help: ArgumentHelp(
            "Make a square cover of this many pixels a side: the product cut out on white (e.g. 1200 for marketplaces).",
            valueName: "pixels"))
        var square: Int?

        @Option(help: "With --square: the share of the frame the product fills, 0.6 to 0.9.")
        var fill: Double = 0.75

        @Option(help: ArgumentHelp("Also write the product mask found in the photo as a PNG, to check it or start a hand-made mask from.", valueName: "file.png"))
        var saveMask: String?

        @Flag(help: "Replace the output file if it already exists.")
        var force = false

        /// Listing photos: 92 shows no loss at listing sizes; 90 keeps a 1200 px cover well under 2 MB.
        static let quality = 90
        static let squareRange = 300...4096
        static let fillRange = 0.6...0.9
        /// The swatch is rendered at least this fine, whatever the photo's scale.
        static let minimumDPI = 50.0

        @OptionGroup var limitOptions: LimitOptions

        func validate() throws {
            if let square, !Self.squareRange.contains(square) {
                throw ValidationError(
                    "--square \(square) is out of range: use \(Self.squareRange.lowerBound) to \(Self.squareRange.upperBound) (1200 suits every marketplace).")
            }
            if !Self.fillRange.contains(fill) {
                throw ValidationError("--fill \(fill) is out of range: use 0.6 to 0.9 (marketplaces ask for 60–80 %).")
            }
        }

        func run() throws {
            try CLIError.reporting {
                let loaded = try PhotoTemplateSource.load(template)
                let (motif, motifPath) = try MotifSource.load(self.motif, settings: settings)
                let photoTemplate = loaded.template

                // The cloth, rendered at the photo's own scale where the product is largest.
                let area = photoTemplate.clothArea
                let dpi = min(
                    max(photoTemplate.pixelsPerMillimetre * 25.4, Self.minimumDPI), PreviewRenderer.dpiRange.upperBound)
                let renderer = PreviewRenderer(dpi: dpi)
                let swatch: ClothSwatch
                do {
                    let image = try renderer.image(layout: motif.layout(on: area), motif: motif)
                    swatch = ClothSwatch(image: image, pixelsPerMillimetre: PreviewRenderer.pixelsPerMillimetre(dpi: dpi))
                } catch {
                    throw CLIError("cannot render the cloth for the photo: \(error)", exitCode: ExitStatus.software)
                }
                var picture: RGBImage
                do {
                    picture = try photoTemplate.apply(swatch: swatch)
                } catch let error as PhotoTemplateError {
                    throw CLIError("\(template): \(error.message)", hint: error.hint, exitCode: ExitStatus.dataError)
                }
                if let square {
                    picture = photoTemplate.squared(picture, size: square, fill: fill, background: (255, 255, 255))
                }

                let stem = URL(fileURLWithPath: motifPath).deletingPathExtension().lastPathComponent
                let destination = output ?? "out/\(stem)-\(loaded.name).jpg"
                let bytes: [UInt8]
                do {
                    bytes = try JPEGWriter.encode(picture, quality: Self.quality)
                } catch let error as JPEGError {
                    throw CLIError("cannot make the JPEG: \(error.message)", exitCode: ExitStatus.software)
                }
                if let saveMask { try Self.writePNG(photoTemplate.maskImage, to: saveMask, overwrite: true) }
                let file = try OutputFile(path: destination, overwrite: force || output == nil)
                do {
                    try bytes.withUnsafeBytes { try file.write($0) }
                } catch {
                    file.discard()
                    throw CLIError("cannot write \(destination): \(error)", exitCode: ExitStatus.cannotCreate)
                }
                try file.commit()
                print(destination)
                let scale = String(format: "%.1f", photoTemplate.pixelsPerMillimetre * 10)
                StandardError.print(
                    "wrote \(destination): \(picture.width) × \(picture.height) px, \(motif.name) on "
                        + "\(loaded.file.title ?? loaded.name) at true size (1 cm = \(scale) px on the product). "
                        + "A preview (pratinjau), not a photo of real cloth.")
            }
        }

        static func writePNG(_ image: RGBImage, to path: String, overwrite: Bool) throws(CLIError) {
            let file = try OutputFile(path: path, overwrite: overwrite)
            do {
                let writer = try PNGWriter(width: image.width, height: image.height) { try file.write($0) }
                try writer.write(rows: image.pixels)
                try writer.finish()
            } catch {
                file.discard()
                throw CLIError("cannot write \(path): \(error)", exitCode: ExitStatus.cannotCreate)
            }
            try file.commit()
        }
    }
}
