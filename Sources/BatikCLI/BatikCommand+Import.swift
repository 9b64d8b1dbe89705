import ArgumentParser
import BatikImport
import BatikMotif
import Foundation

extension BatikCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Turn an SVG drawing (Inkscape) into a motif file.",
            discussion: """
                Reads paths, rectangles, circles, ellipses, lines, polylines and
                polygons, with their groups, transforms, layers, fills and strokes,
                at their true size (viewBox and units: mm, cm, in, pt, px). Filled
                shapes become fills, lines become canting outlines; the drawing's
                colours become recipes warna-1, warna-2, … with dye baths (a darker
                colour is a lighter one dyed again), ready to rename. Layers and groups become components. The page is
                one repeat (tile). Text, gradients, filters, masks, clip paths and
                images are reported as warnings and left out; a file with entities,
                links to other files or an impossible size is refused.
                See docs/import.md.

                Examples:
                  batik import kupu.svg -o motifs/kupu.yaml
                  batik import kupu.svg -o motifs/kupu.yaml --name "Kupu Tarung" --force
                  batik render motifs/kupu.yaml        preview the imported motif
                """)

        @Argument(help: "The SVG file to import.")
        var drawing: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("The motif file to write (default: NAME.yaml in this folder).", valueName: "file.yaml"))
        var output: String?

        @Option(help: "The motif's name (default: the drawing's title, else the SVG file's name).")
        var name: String?

        @Flag(help: "Replace the output file if it already exists.")
        var force = false

        @Option(help: "Language of the comments in the written file: id (Indonesian, the default) or en.")
        var lang: PlanLanguage = .id

        @OptionGroup var limitOptions: LimitOptions

        func run() throws {
            try CLIError.reporting {
                let destination =
                    output ?? URL(fileURLWithPath: drawing).deletingPathExtension().lastPathComponent + ".yaml"
                let data = try Self.read(drawing)
                let document: SVGDocument
                do throws(Diagnostic) {
                    document = try SVGDocument(data: data, path: drawing, name: name)
                } catch {
                    StandardError.print(error.description)
                    throw CLIError(
                        "\(drawing) cannot be imported; nothing was written",
                        hint: "fix the place named above, or save the drawing again from Inkscape",
                        exitCode: ExitStatus.dataError)
                }
                for warning in document.warnings { StandardError.print(warning.description) }
                let writer = MotifFileWriter(language: lang == .id ? .id : .en)
                let yaml = writer.yaml(for: document.drawing)
                let motif = try ImportedMotifFile.save(
                    yaml, to: destination, overwrite: force, source: drawing,
                    tooLargeHint: "simplify the drawing in Inkscape (Path › Simplify) or import fewer layers",
                    sourceKind: "the SVG file")
                let palette = writer.palette(for: document.drawing)
                let size = document.drawing.tileSize
                print(destination)
                StandardError.print(
                    "wrote \(destination): \(document.drawing.elements.count) shapes, \(palette.entries.count) colours, "
                        + "tile \(Self.millimetres(size.width)) × \(Self.millimetres(size.height)) mm, "
                        + "\(motif.tileMarks.count) marks; preview it with: batik render \(destination)")
            }
        }

        /// The drawing's bytes, refusing a missing file (66) and one over the size limit (65)
        /// before reading it whole.
        static func read(_ path: String) throws(CLIError) -> Data {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw CLIError(
                    "no drawing '\(path)'", hint: "check the path to the .svg file", exitCode: ExitStatus.noInput)
            }
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes?[.size] as? Int, size > SVGImportLimits.fileBytes {
                StandardError.print(
                    "\(path):0:0: error: the file is \(size / 1_048_576) MB; an SVG to import may be at most \(SVGImportLimits.fileBytes / 1_048_576) MB"
                )
                throw CLIError(
                    "\(path) is too large to import; nothing was written",
                    hint: "simplify the drawing (Path › Simplify in Inkscape) or remove embedded images",
                    exitCode: ExitStatus.dataError)
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError("cannot read \(path)", hint: "check that you may read it", exitCode: ExitStatus.noInput)
            }
            // So that no output replaces it, even with --force.
            InputFiles.register(path)
            return data
        }

        static func millimetres(_ v: Double) -> String {
            v.rounded() == v ? String(Int(v)) : String(format: "%.1f", v)
        }
    }
}
