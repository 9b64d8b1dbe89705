import ArgumentParser
import BatikGeometry
import BatikMotif
import BatikRender
import Foundation

extension BatikCommand {
    struct Mockup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make product photos (JPEG) of a motif on a shirt, a tote, a folded kain, …",
            discussion: """
                A square photo for a marketplace listing: the product made of the
                motif's cloth at true scale (a 24 mm kawung is 24 mm on the shirt),
                lit softly, on pure white, filling 75 % of the frame. Products:
                \(ProductTemplate.builtIn.map { "  \($0.name.padding(toLength: 13, withPad: " ", startingAt: 0))\($0.title.en)" }.joined(separator: "\n"))
                It is a preview drawn from the design, not a photo of cloth: say so
                in the listing.

                Examples:
                  batik mockup kawung --product kemeja   out/kawung-kemeja.jpg
                  batik mockup kawung --product all      every product into out/
                  batik mockup parang-rusak --product tas --set size=80 -o tas.jpg
                  batik mockup kawung --product all -o foto --size 1024
                """)

        @Argument(help: "A motif file, or the name of a bundled motif (see `batik motifs`).")
        var motif: String

        @Option(help: ArgumentHelp("The product: \(Self.productNames), or all.", valueName: "name"))
        var product: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "The JPEG (or .png) to write (default: out/NAME-PRODUCT.jpg, replaced if present); with --product all, a folder.",
                valueName: "file.jpg"))
        var output: String?

        @Option(help: "Photo size in pixels a side (1200 fits every marketplace).")
        var size: Int = 1200

        @Option(help: "Vary the folds: another number, another drape.")
        var seed: UInt64 = 1

        @Option(
            name: .customLong("set"),
            help: ArgumentHelp("Change a motif parameter, e.g. --set size=60 (repeatable).", valueName: "name=value"))
        var settings: [ParameterSetting] = []

        @Flag(help: "Write lossless PNG instead of JPEG (for further editing).")
        var png = false

        @Flag(help: "Replace output files that already exist.")
        var force = false

        static let quality = 90
        static var productNames: String { ProductTemplate.builtIn.map(\.name).joined(separator: ", ") }

        @OptionGroup var limitOptions: LimitOptions

        func validate() throws {
            if product != "all", ProductTemplate.named(product) == nil {
                var message = "--product \(product) is not a product: choose one of \(Self.productNames), or all."
                if let near = Spelling.nearest(to: product, among: ProductTemplate.builtIn.map(\.name)) {
                    message += " Did you mean '\(near)'?"
                }
                throw ValidationError(message)
            }
            if !ProductTemplate.sizeRange.contains(size) {
                throw ValidationError(
                    "--size \(size) is out of range: use \(ProductTemplate.sizeRange.lowerBound) to \(ProductTemplate.sizeRange.upperBound) (1200 fits every marketplace).")
            }
        }

        func run() throws {
            try CLIError.reporting {
                let (motif, path) = try MotifSource.load(self.motif, settings: settings)
                let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                let products = product == "all" ? ProductTemplate.builtIn : [ProductTemplate.named(product)!]
                for template in products {
                    let name = "\(stem)-\(template.name).\(png ? "png" : "jpg")"
                    let destination = product == "all" ? (output ?? "out") + "/" + name : output ?? "out/" + name
                    // out/ belongs to batik: files there are replaced without --force.
                    let file = try OutputFile(path: destination, overwrite: force || output == nil)
                    var elapsed = Duration.zero
                    do {
                        let swatch = try Self.swatch(of: motif, for: template, photoSize: size)
                        let clock = ContinuousClock()
                        let start = clock.now
                        let photo = try template.mockup(swatch: swatch, size: size, seed: seed)
                        elapsed = clock.now - start
                        try Self.write(photo, to: file, png: png || destination.lowercased().hasSuffix(".png"))
                    } catch {
                        file.discard()
                        throw CLIError("cannot make \(destination): \(error)", exitCode: ExitStatus.cannotCreate)
                    }
                    try file.commit()
                    print(destination)
                    StandardError.print(
                        "wrote \(destination): \(template.title.en), \(size) × \(size) px (drawn in \(String(format: "%.2f", Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds))) s), a preview drawn from the design")
                }
            }
        }

        /// JPEG (quality 90) for listings, or lossless PNG when the file is named .png.
        static func write(_ photo: RGBImage, to file: OutputFile, png: Bool) throws {
            if png {
                let writer = try PNGWriter(
                    width: photo.width, height: photo.height, text: [PNGText(keyword: "Software", text: "batik \(BatikVersion.current)")]
                ) { try file.write($0) }
                try writer.write(rows: photo.pixels)
                try writer.finish()
            } else {
                let bytes = try JPEGWriter.encode(photo, quality: quality)
                try bytes.withUnsafeBytes { try file.write($0) }
            }
        }

        /// The cloth the product is made of: the motif laid out over the product's cloth size at
        /// twice the photo's resolution. The one place the swatch is made, so a truer cloth look
        /// (texture, wax crackle) can replace the clean preview here.
        static func swatch(of motif: Motif, for template: ProductTemplate, photoSize: Int) throws -> ClothSwatch {
            let pixelsPerMillimetre = template.swatchPixelsPerMillimetre(size: photoSize)
            let dpi = min(max(pixelsPerMillimetre * 25.4, PreviewRenderer.dpiRange.lowerBound), PreviewRenderer.dpiRange.upperBound)
            let area = Rect(x: 0, y: 0, width: template.clothSize.width, height: template.clothSize.height)
            let image = try PreviewRenderer(dpi: dpi).image(layout: motif.layout(on: area), motif: motif)
            // The image is whole pixels: its true scale is its width over the cloth's.
            return ClothSwatch(image: image, pixelsPerMillimetre: Double(image.width) / area.width)
        }
    }
}
