import ArgumentParser
import BatikGeometry
import BatikMotif
import BatikRender
import BatikWax
import Foundation

extension BatikCommand {
    struct Latihan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print canting practice sheets (PDF): graded drills, or a motif's own strokes.",
            discussion: """
                Without a motif: graded drills, one or more pages per level.
                  1 straight lines and single dots   2 waves, zigzags and arches
                  3 circles and ukel spirals         4 rows, grids and fillings of cecek
                  5 tracing a small motif (kawung, a flower) and filling it
                Each drill shows a true-scale model (start dot, arrows, stroke
                order, the canting and its spout) beside an empty band to practise
                on. With a motif: one repeat at true scale, its strokes numbered in
                the order `batik paths` plans them, outlines first, then isen.
                Print at 100 %; the 100 mm ruler on every page checks the scale.

                Examples:
                  batik latihan                      all levels into out/latihan.pdf
                  batik latihan --level 3 --lang en  circles and ukel, in English
                  batik latihan --tool cecek -o cecek.pdf   only the dot drills
                  batik latihan kawung --paper f4    out/kawung-latihan.pdf
                  batik latihan --author "Bu Sri" --force -o kelas/latihan.pdf
                """)

        @Argument(help: "A motif to practise (file or bundled name); leave out for the graded drills.")
        var motif: String?

        @Option(help: ArgumentHelp("Print only this level, 1–5 (default: all).", valueName: "1-5"))
        var level: Int?

        @Option(
            help: ArgumentHelp(
                "Draw every drill for this canting, e.g. klowong, isen, cecek, nitik (default: klowong and cecek).",
                valueName: "name"))
        var tool: String?

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "The PDF to write (default: out/latihan.pdf or out/NAME-latihan.pdf, replaced if present).",
                valueName: "file.pdf"))
        var output: String?

        @Option(
            name: .customLong("set"),
            help: ArgumentHelp("Change a motif parameter, e.g. --set size=60 (repeatable).", valueName: "name=value"))
        var settings: [ParameterSetting] = []

        @OptionGroup var document: DocumentOptions

        @OptionGroup var limitOptions: LimitOptions

        func validate() throws {
            if let level, !PracticeDrill.levels.contains(level) {
                throw ValidationError("--level \(level) is out of range: levels go from 1 (straight lines) to 5 (a small motif).")
            }
            if let tool, CantingTool.library[tool] == nil {
                let names = CantingTool.library.keys.sorted()
                let near = Spelling.nearest(to: tool, among: names).map { " Did you mean '\($0)'?" } ?? ""
                throw ValidationError(
                    "no canting '\(tool)'.\(near) Cantings: \(names.joined(separator: ", ")).")
            }
            if motif != nil, level != nil || tool != nil {
                throw ValidationError(
                    "--level and --tool choose among the graded drills; a motif sheet follows the motif's own cantings.")
            }
            if motif == nil, !settings.isEmpty {
                throw ValidationError("--set changes a motif parameter: name a motif, e.g. batik latihan kawung --set size=36.")
            }
            if let level, let name = tool, let canting = CantingTool.library[name],
                PracticeDrill.drills(level: level, tool: canting).isEmpty
            {
                let levels = PracticeDrill.levels(for: canting).map(String.init).joined(separator: ", ")
                throw ValidationError(
                    "level \(level) has no drills for the \(name) canting; its drills are on levels \(levels).")
            }
        }

        var language: Language { document.lang == .en ? .en : .id }

        func run() throws {
            try CLIError.reporting {
                if let motif { try writeMotifSheet(motif) } else { try writeDrills() }
            }
        }

        private func writeDrills() throws(CLIError) {
            let canting = tool.flatMap { CantingTool.library[$0] }
            var metadata = PracticeSheet.defaultMetadata(language: language, tool: canting, author: document.author)
            metadata.date = DocumentOptions.documentDate(input: nil)
            let sheet = PracticeSheet(
                paper: document.paper, language: language, levels: level.map { [$0] } ?? Array(PracticeDrill.levels),
                tool: canting, metadata: metadata)
            let destination = output ?? "out/latihan.pdf"
            // out/ belongs to batik: files there are replaced without --force.
            try DocumentOutput.write(destination, overwrite: document.force || output == nil) { sink in
                try sheet.write(to: sink)
            }
            let pages = sheet.pages.count, drills = sheet.drills.count
            StandardError.print(
                "wrote \(destination): \(pages) page\(pages == 1 ? "" : "s"), \(drills) drill\(drills == 1 ? "" : "s")")
        }

        private func writeMotifSheet(_ argument: String) throws(CLIError) {
            let (motif, path) = try MotifSource.load(argument, settings: settings)
            let area = MotifPracticeSheet.area(for: motif, paper: document.paper)
            let plan = try CantingPlanning.plan(motif, path: path, area: area)
            var metadata = MotifPracticeSheet.defaultMetadata(motif: motif, language: language, author: document.author)
            metadata.date = DocumentOptions.documentDate(input: path)
            let sheet = MotifPracticeSheet(
                motif: motif, plan: plan, paper: document.paper, language: language, metadata: metadata)
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let destination = output ?? "out/\(stem)-latihan.pdf"
            try DocumentOutput.write(destination, overwrite: document.force || output == nil) { sink in
                try sheet.write(to: sink)
            }
            StandardError.print(
                "wrote \(destination): \(Render.centimetres(area.width)) × \(Render.centimetres(area.height)) cm "
                    + "of \(motif.name) at true scale, \(sheet.numberedStrokes) numbered strokes")
        }
    }
}
