import ArgumentParser
import BatikRender
import Foundation

/// Options every printed document shares: the paper, the language, the author in its properties.
struct DocumentOptions: ParsableArguments {
    @Option(help: "Paper in the printer: a4 (210 × 297 mm), f4 (folio, 215 × 330), a3 (297 × 420) or letter.")
    var paper: PaperSize = .a4

    @Option(help: "Language of the sheets: id (Bahasa Indonesia) or en (English).")
    var lang: PlanLanguage = .id

    @Option(help: ArgumentHelp("The name written as the PDF's author, e.g. the trainer or the KUBE.", valueName: "name"))
    var author: String?

    @Flag(help: "Replace the output file if it already exists.")
    var force = false

    /// The date a document carries: SOURCE_DATE_EPOCH when set (reproducible builds), else the
    /// input file's modification time, so the same input gives the same bytes on every run.
    static func documentDate(input path: String?) -> Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch) {
            return Date(timeIntervalSince1970: seconds)
        }
        if let path, let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date {
            return Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        }
        return Date(timeIntervalSince1970: 0)
    }
}

extension PaperSize: ExpressibleByArgument {}

/// Writes a document through `OutputFile`: all or nothing. `draw` streams the bytes to the sink.
enum DocumentOutput {
    /// Writes `destination` (replacing it when `overwrite`), printing its path on stdout.
    static func write(
        _ destination: String, overwrite: Bool, draw: (@escaping (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) throws(CLIError) {
        try OutputFile.save(destination, overwrite: overwrite, draw)
        print(destination)
    }
}
