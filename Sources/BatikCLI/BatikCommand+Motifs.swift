import ArgumentParser
import BatikMotif
import Foundation

extension BatikCommand {
    struct Motifs: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the bundled motif library: name, origin and repeat size.",
            discussion: """
                Any name in the first column can be used wherever a motif file is expected:
                  batik render kawung
                The library is the motifs/ folder (or the folder named by $BATIK_MOTIFS).
                --markdown prints a Markdown table (thumbnail, name, origin, meaning) for
                the README, with thumbnails from --thumbnails FOLDER/NAME.png.
                """)

        @Flag(help: "Print a Markdown table: thumbnail, motif, origin and meaning.")
        var markdown = false

        @Option(help: ArgumentHelp("With --markdown: the folder of thumbnails (NAME.png).", valueName: "folder"))
        var thumbnails: String = "samples/motifs"

        @Option(help: "With --markdown: the language of origin and meaning, id or en.")
        var lang: PlanLanguage = .en

        func run() throws {
            try CLIError.reporting {
                let library = try MotifLibrary.required()
                var rows: [[String]] = [["file", "motif", "repeat", "origin"]]
                var table: [String] = [
                    lang == .id ? "| | motif | asal | makna |" : "| | motif | origin | meaning |", "| --- | --- | --- | --- |",
                ]
                var failures = 0
                for url in library.files() {
                    let short = url.deletingPathExtension().lastPathComponent
                    guard let text = try? MotifSource.read(url.path),
                        let motif = try? MotifLoader.load(yaml: text, path: url.path)
                    else {
                        failures += 1
                        rows.append([short, "(has errors: batik check \(url.path))", "", ""])
                        continue
                    }
                    let size = motif.tile.size
                    let meaning = motif.description(in: lang.rawValue).split(whereSeparator: \.isNewline)
                        .joined(separator: " ").split(separator: ". ").prefix(2).joined(separator: ". ")
                    func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
                    table.append(
                        "| <img src=\"\(thumbnails)/\(short).png\" width=\"80\" alt=\"\(motif.name)\"> | **\(cell(motif.name))** `\(short)` | "
                            + "\(cell(motif.origin(in: lang.rawValue))) | \(cell(meaning))\(meaning.hasSuffix(".") ? "" : ".") |")
                    rows.append([short, motif.name, "\(Self.millimetres(size.width)) × \(Self.millimetres(size.height)) mm", motif.origin])
                }
                print(markdown ? table.joined(separator: "\n") : Self.table(rows))
                if failures > 0 { throw ExitStatus.dataError }
            }
        }

        static func millimetres(_ v: Double) -> String {
            v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v)
        }

        /// Left-aligned columns, the last one unpadded.
        static func table(_ rows: [[String]]) -> String {
            let columns = rows.map(\.count).max() ?? 0
            var widths = [Int](repeating: 0, count: columns)
            for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
            return rows.map { row in
                row.enumerated().map { i, cell in
                    i == row.count - 1 ? cell : cell.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                }.joined(separator: "  ")
            }.joined(separator: "\n")
        }
    }
}
