import ArgumentParser
import BatikGeometry
import BatikMotif
import BatikRender
import BatikWax
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
                  batik render kawung --look kain --size 8x6cm --dpi 300   like a photo of the cloth
                  batik render kawung --look kain --side back --seed 7      its reverse side

                --look kain draws the cloth as photographed: cotton weave, slightly
                irregular wax lines, dye bleeding at edges, crackle (remukan) in blocked
                areas, uneven dyeing. It is made in memory, so it is limited to
                \(ClothLook.maxPixelCount / 1_000_000) megapixels; --seed chooses the hand (same seed, same image).
                """)

        @Argument(help: "A motif file, a composition file (a whole cloth, docs/compositions.md), or the name of a bundled motif.")
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

        @Option(help: "How to draw the cloth: vector (clean preview) or kain (like a photo of the cloth).")
        var look: RenderLook = .vector

        @Option(help: "The cloth look's randomness: the same seed gives the same image.")
        var seed: UInt64 = 1

        @Option(help: "With --look kain: the front or the back of the cloth.")
        var side: ClothSide = .front

        @Flag(help: "With --look kain: no crackle veins.")
        var noCrackle = false

        @Option(help: "What to write: png (the preview) or svg (the same picture as vectors, for editors).")
        var format: PreviewFormat = .png

        @Option(help: "PNG compression: fast (previews), balanced, or small (files to keep or send).")
        var compression: PNGWriter.Compression = .fast

        @Option(help: "Threads drawing bands of the picture (the bytes are the same with any number).")
        var threads: Int = PreviewRenderer.defaultThreads

        @Flag(help: "Replace the output file if it already exists.")
        var force = false

        static let dpiRange = PreviewRenderer.dpiRange

        @OptionGroup var limitOptions: LimitOptions

        func validate() throws {
            if !Self.dpiRange.contains(Double(dpi)) {
                throw ValidationError(
                    "--dpi \(dpi) is out of range: use \(Int(Self.dpiRange.lowerBound)) to \(Int(Self.dpiRange.upperBound)) (150 for screen previews, 300 for print).")
            }
            if !(1...64).contains(threads) {
                throw ValidationError("--threads \(threads) is out of range: use 1 to 64.")
            }
            if format == .svg && look == .kain {
                throw ValidationError("--format svg draws the clean vector preview: leave out --look kain.")
            }
            if look == .vector && (side == .back || noCrackle) {
                throw ValidationError(
                    "--side and --no-crackle change the cloth look only: add --look kain, or leave them out.")
            }
        }

        func run() throws {
            try CLIError.reporting {
                let design = try CompositionSource.loadDesign(self.motif, settings: settings)
                if case .composition(let composition, let path) = design {
                    try renderComposition(composition, path: path)
                    return
                }
                let (motif, path) = (design.motif, design.path)
                let area = areaOptions.area(for: motif)
                var renderer = PreviewRenderer(dpi: Double(dpi))
                renderer.threads = threads
                renderer.compression = compression
                let pixels: PixelSize
                do {
                    pixels = try renderer.checkedPixelSize(for: area)
                    if look == .kain && pixels.pixelCount > Int64(ClothLook.maxPixelCount) {
                        throw RenderError.imageTooLarge(
                            pixels, dpi: Double(dpi), maxPixels: Int64(ClothLook.maxPixelCount))
                    }
                } catch {
                    throw CLIError(
                        "\(error)",
                        hint: look == .kain
                            ? "the cloth look is made in memory: lower --dpi, choose a smaller area, or use --look vector"
                            : "lower --dpi or choose a smaller area", exitCode: ExitStatus.usage)
                }
                let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                let destination = output ?? "out/\(stem).\(format.rawValue)"
                // out/ belongs to batik: files there are replaced without --force.
                let plan = look == .kain && !noCrackle ? try MotifPlanning.plan(motif, path: path, area: area) : nil
                let file = try OutputFile(path: destination, overwrite: force || output == nil)
                do {
                    let metadata = PreviewRenderer.metadata(
                        for: motif, dpi: Double(dpi),
                        adding: [
                            PNGText(keyword: "Software", text: "batik \(BatikVersion.current)"),
                            PNGText(keyword: "batik:origin", text: motif.origin),
                        ])
                    switch look {
                    case .vector where format == .svg:
                        try renderer.renderSVG(layout: motif.layout(on: area), motif: motif) { try file.write($0) }
                    case .vector:
                        try renderer.render(layout: motif.layout(on: area), motif: motif, metadata: metadata) {
                            try file.write($0)
                        }
                    case .kain:
                        try writeClothLook(
                            layout: motif.layout(on: area), motif: motif, plan: plan, metadata: metadata, to: file)
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

        /// A whole-cloth composition: its own size, clean vector preview, fields cut to their rectangles.
        private func renderComposition(_ composition: Composition, path: String) throws(CLIError) {
            try areaOptions.rejectForComposition(path)
            if look == .kain {
                throw CLIError(
                    "--look kain draws one motif; \(path) is a composition of several",
                    hint: "render the composition with --look vector, or its body motif with --look kain",
                    exitCode: ExitStatus.usage)
            }
            let area = composition.area
            if format == .svg {
                throw CLIError(
                    "--format svg draws one motif; \(path) is a composition of several",
                    hint: "render the composition as a PNG", exitCode: ExitStatus.usage)
            }
            var renderer = PreviewRenderer(dpi: Double(dpi))
            renderer.threads = threads
            renderer.compression = compression
            let pixels: PixelSize
            do {
                pixels = try renderer.checkedPixelSize(for: area)
            } catch {
                throw CLIError("\(error)", hint: "lower --dpi", exitCode: ExitStatus.usage)
            }
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let destination = output ?? "out/\(stem).png"
            let file = try OutputFile(path: destination, overwrite: force || output == nil)
            do {
                try renderer.render(
                    composition: composition,
                    metadata: [PNGText(keyword: "Software", text: "batik \(BatikVersion.current)")]
                ) { try file.write($0) }
            } catch {
                file.discard()
                throw CLIError("cannot render \(destination): \(error)", exitCode: ExitStatus.cannotCreate)
            }
            try file.commit()
            print(destination)
            StandardError.print(
                "wrote \(destination): \(composition.kind.rawValue) \(composition.name), \(pixels.width) × \(pixels.height) px at \(dpi) DPI = "
                    + "\(Self.centimetres(area.width)) × \(Self.centimetres(area.height)) cm when printed at 100 %")
        }

        /// The cloth look (front or back) as a PNG with the same resolution and text as the
        /// vector preview, saying which look, side and seed made it.
        private func writeClothLook(
            layout: MotifLayout, motif: Motif, plan: ResistPlan?, metadata: [PNGText], to file: OutputFile
        ) throws {
            let clothLook = ClothLook(seed: seed, crackle: !noCrackle)
            let front = try clothLook.front(layout: layout, motif: motif, plan: plan, dpi: Double(dpi))
            let image = side == .back ? clothLook.reverse(of: front) : front
            let writer = try PNGWriter(
                width: image.width, height: image.height, pixelFormat: .rgb, dpi: Double(dpi),
                text: metadata + [
                    PNGText(keyword: "batik:look", text: "kain \(side.rawValue) seed \(seed)"),
                    PNGText(keyword: "Comment", text: "Pratinjau, bukan foto kain asli (preview, not a photograph)."),
                ], sink: { try file.write($0) })
            try writer.write(rows: image.pixels)
            try writer.finish()
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
