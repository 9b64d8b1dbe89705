import ArgumentParser
import BatikImport
import BatikMotif
import BatikRender
import BatikTrace
import Foundation

extension BatikCommand {
    struct Trace: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "trace",
            abstract: "Turn a scan or photo of a pen drawing into a motif file.",
            discussion: """
                Reads a JPEG or PNG of a drawing on paper, separates the ink from the
                paper (the threshold is chosen by Otsu's method unless given), drops
                specks of dust, traces the ink into smooth curves with potrace and
                scales it to its real size on the cloth. Pen lines become canting
                lines (outline, with the canting nearest the pen's width); areas
                filled in with the pen become fills. Lines and fills keep the cloth
                colour (wax) on an indigo ground, ready to recolour.
                A photo taken at an angle is straightened when the page's four corners
                are given. See docs/trace.md.

                Examples:
                  batik trace gambar.jpg -o motifs/gambar.yaml --size 30cm
                  batik trace pindai.png -o motifs/bunga.yaml --dpi 300
                  batik trace foto.jpg -o motifs/daun.yaml --size 20x15cm \\
                      --corners 112,80,1630,140,1590,2210,60,2150
                  batik render motifs/gambar.yaml      preview the traced motif
                """)

        @Argument(help: "The scan or photo of the drawing (JPEG or PNG).")
        var image: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "The motif file to write (default: the image's name with .yaml).", valueName: "file.yaml"))
        var output: String?

        @Option(help: "How large the drawing is on the cloth: its longer side (30cm) or a box it fits (20x15cm).")
        var size: TraceSize?

        @Option(
            help: "The scan's resolution in dots per inch, to keep the drawing's size on paper (instead of --size).")
        var dpi: Double?

        @Option(help: "Grey level of ink: 0…255, or a fraction such as 0.5 (default: chosen by Otsu's method).")
        var threshold: TraceThreshold?

        @Option(help: "Drop specks of ink of at most this many pixels.")
        var despeckle: Int = TraceOptions.defaultDespeckle

        @Option(help: "The page's corners in the photo, in pixels: top-left, top-right, bottom-right, bottom-left.")
        var corners: TraceCorners?

        @Option(help: "The motif's name (default: the image file's name).")
        var name: String?

        @Flag(help: "Replace the output file if it already exists.")
        var force = false

        @Option(help: "Language of the comments in the written file: id (Indonesian, the default) or en.")
        var lang: PlanLanguage = .id

        @OptionGroup var limitOptions: LimitOptions

        /// Images larger than this are refused before reading (the decoder checks pixels, this bytes).
        static let maximumImageBytes = 100_000_000

        func validate() throws {
            switch (size, dpi) {
            case (nil, nil):
                throw ValidationError(
                    "Say how large the drawing is on the cloth: --size 30cm (its longer side), --size 20x15cm, or the scan's --dpi 300."
                )
            case (.some, .some):
                throw ValidationError("Give --size or --dpi, not both.")
            default: break
            }
            if let dpi, !(dpi.isFinite && dpi >= 10 && dpi <= 10_000) {
                throw ValidationError("--dpi must be between 10 and 10000 (a scanner's setting, such as 300).")
            }
            guard despeckle >= 0, despeckle <= 1_000_000 else {
                throw ValidationError("--despeckle is a number of pixels, 0 or more (0 keeps every speck).")
            }
        }

        func run() throws {
            try CLIError.reporting {
                let stem = URL(fileURLWithPath: image).deletingPathExtension().lastPathComponent
                let destination = output ?? stem + ".yaml"
                let picture = try Self.readImage(image)
                let options = TraceOptions(
                    threshold: threshold?.level, despeckle: despeckle, scale: size?.scale ?? .dpi(dpi ?? 300),
                    corners: corners?.points)
                let drawing: TracedDrawing
                do throws(TraceError) {
                    drawing = try Tracer.trace(picture, options: options)
                } catch {
                    throw CLIError(
                        "\(image): \(error.message); nothing was written", hint: error.hint,
                        exitCode: ExitStatus.dataError)
                }
                let imported = drawing.imported(
                    name: name ?? stem, source: URL(fileURLWithPath: image).lastPathComponent)
                let writer = MotifFileWriter(language: lang == .id ? .id : .en)
                let yaml = writer.yaml(for: imported)
                let motif = try ImportedMotifFile.save(
                    yaml, to: destination, overwrite: force, source: image,
                    tooLargeHint:
                        "give a larger --despeckle, or trace a smaller scan (fewer pixels make simpler curves)",
                    sourceKind: "the image")
                print(destination)
                StandardError.print(Self.summary(drawing, motif: motif, destination: destination))
            }
        }

        static func summary(_ drawing: TracedDrawing, motif: Motif, destination: String) -> String {
            let r = drawing.report
            let mm = Import.millimetres
            let threshold = "threshold \(r.threshold)" + (r.thresholdIsAutomatic ? " (Otsu)" : "")
            let pen = String(format: "%.2f", drawing.penWidth)
            return "traced \(r.width) × \(r.height) px, \(threshold): \(drawing.lines.count) lines, "
                + "\(drawing.fills.count) filled areas, pen \(pen) mm; drawing \(mm(drawing.size.width)) × "
                + "\(mm(drawing.size.height)) mm, tile \(mm(drawing.tileSize.width)) × \(mm(drawing.tileSize.height)) mm\n"
                + "wrote \(destination) (\(motif.tileMarks.count) marks); preview it with: batik render \(destination)"
        }

        /// The image, refusing a missing file (66), one over the byte limit, an empty one or one
        /// that is no JPEG or PNG (65), each with what to do.
        static func readImage(_ path: String) throws(CLIError) -> RGBImage {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw CLIError(
                    "no image '\(path)'", hint: "check the path to the scan or photo", exitCode: ExitStatus.noInput)
            }
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes?[.size] as? Int, size > maximumImageBytes {
                throw CLIError(
                    "\(path) is \(size / 1_000_000) MB; an image to trace may be at most \(maximumImageBytes / 1_000_000) MB",
                    hint: "export the scan as JPEG, or scan at 300 dpi", exitCode: ExitStatus.dataError)
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError("cannot read \(path)", hint: "check that you may read it", exitCode: ExitStatus.noInput)
            }
            InputFiles.register(path)
            do {
                return try ImageReader.read([UInt8](data))
            } catch {
                let hint: String =
                    switch error.kind {
                    case .tooLarge:
                        "scan at 300 dpi, or scale the photo down to at most \(ImageReader.maxSide) pixels a side"
                    case .truncated: "copy the file again from the phone or scanner"
                    case .notAnImage, .unreadable: "give the scan or photo as a JPEG or PNG file"
                    }
                throw CLIError("\(path) cannot be traced: \(error.message)", hint: hint, exitCode: ExitStatus.dataError)
            }
        }
    }
}
