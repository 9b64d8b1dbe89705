import BatikWax
import Foundation

/// The figures of a canting plan as a text table, labelled in Indonesian with an English key.
enum FiguresTable {
    static let headers = ["garis", "tetes", "titik", "lilin m", "kosong m", "batas m", "angkat", "waktu", "malam g"]

    static let key = """
        garis lines drawn · tetes dabs · titik dots made · lilin pen-down length · kosong pen-up travel
        batas lower bound on that travel for any order (MST; "≥" where another bound, docs/canting-paths.md) · angkat pen lifts
        waktu estimated hand time (h:mm) · malam wax in grams
        """

    static func text(_ figures: CantingFigures) -> String {
        var rows: [[String]] = []
        func add(_ r: CantingFigures.Row) {
            rows.append([
                r.label, "\(r.lines)", "\(r.dabs)", "\(r.dots)", metres(r.penDown), metres(r.penUp),
                (r.boundIsExact ? "" : "≥") + metres(r.travelBound), "\(r.lifts)", duration(r.seconds),
                grams(r.waxGrams),
            ])
        }
        var sections: [(String, [CantingFigures.Row])] = [("tahap — canting", figures.passes)]
        if figures.steps.count > 1 { sections.append(("tahap", figures.steps)) }
        if figures.tools.count > 1 { sections.append(("canting", figures.tools)) }
        var lines: [String] = []
        let labelWidth = max(24, (figures.passes + figures.steps + figures.tools).map { $0.label.count }.max() ?? 0)
        func format(_ cells: [String]) -> String {
            var line = cells[0].padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            for (i, c) in cells.dropFirst().enumerated() {
                let width = max(headers[i].count, 8)
                line += "  " + String(repeating: " ", count: max(0, width - c.count)) + c
            }
            return line
        }
        for (title, section) in sections {
            rows = []
            section.forEach(add)
            lines.append(format([title] + headers))
            lines += rows.map(format)
            lines.append("")
        }
        rows = []
        add(figures.total)
        lines += rows.map(format)
        let brush = figures.total.brushArea
        if brush > 0 { lines.append("kuas (brush, by hand): \(String(format: "%.1f", brush / 100)) cm²") }
        lines.append("")
        lines.append(key)
        return lines.joined(separator: "\n") + "\n"
    }

    static func metres(_ mm: Double) -> String { String(format: "%.2f", mm / 1000) }
    static func grams(_ g: Double) -> String { String(format: "%.1f", g) }
    static func duration(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        return "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
    }
}
