import BatikGeometry
import BatikMotif
import BatikWax

/// The plan of a whole cloth as the trainer reads it: the parts of the cloth, then one numbered
/// sequence of steps; under each step, what to do in each part that has work in it, and the
/// step's amounts over the whole cloth.
enum CompositionPlanText {
    static func render(_ plan: CompositionPlan, path: String, language: Language) -> String {
        func t(_ id: String, _ en: String) -> String { language == .id ? id : en }
        func n(_ v: Double, _ decimals: Int) -> String { LocalizedText.number(v, decimals: decimals)[language] }
        let c = plan.composition
        let body = c.body
        let cm = { (mm: Double) in n(mm / 10, 1) }
        var lines: [String] = []
        lines.append(t("Rencana malam dan warna: ", "Wax and dye plan: ") + c.name + " (\(c.kind.rawValue))")
        lines.append(
            t("Berkas ", "File ") + path + " · " + t("kain utuh ", "whole cloth ")
                + "\(cm(c.area.width)) × \(cm(c.area.height)) cm · mori " + body.cloth.hex)
        let dyes = body.dyes.enumerated().map { k, dye in
            "\(k + 1). \(dye.name) \(dye.colour.hex) (" + (dye.method == .dip ? t("celup", "dip") : "colet") + ")"
        }
        lines.append(
            t("Pewarna, berurutan: ", "Dye baths, in order: ")
                + (dyes.isEmpty ? t("tidak ada", "none") : dyes.joined(separator: ", ")))
        lines.append(t("Bagian kain:", "Parts of the cloth:"))
        for (i, part) in plan.parts.enumerated() {
            lines += PlanText.wrap("\(letter(i)). " + plan.describe(part, language: language), indent: "     ", first: "   ")
        }
        lines += PlanText.wrap(
            t(
                "Semua bagian memakai pewarna yang sama: tiap langkah dikerjakan di semua bagian sebelum langkah berikutnya. Jumlah di bawah ini untuk seluruh kain.",
                "Every part takes the same baths: do each step in every part before the next step. The amounts below cover the whole cloth."),
            indent: "", first: "")

        for (index, step) in plan.steps.enumerated() {
            lines.append("")
            lines += PlanText.wrap("\(index + 1). " + step.title[language], indent: "   ", first: "")
            // Parts given the same words are named together: "[A, B, D] Turn the cloth over …".
            var groups: [(text: String, parts: [Int])] = []
            for (p, s) in step.entries {
                let text = s.instructions[language]
                if let i = groups.firstIndex(where: { $0.text == text }) {
                    groups[i].parts.append(p)
                } else {
                    groups.append((text, [p]))
                }
            }
            for group in groups {
                let everyPart = groups.count == 1 && group.parts.count == plan.parts.count
                let head = everyPart ? "" : "[" + group.parts.map(letter).joined(separator: ", ") + "] "
                let indent = everyPart ? "   " : String(repeating: " ", count: 3 + head.count)
                for (j, paragraph) in group.text.split(separator: "\n").enumerated() {
                    lines += PlanText.wrap(
                        (j == 0 ? head : "") + String(paragraph), indent: indent, first: j == 0 ? "   " : indent)
                }
            }
            let f = plan.figures(of: step)
            var amounts: [String] = []
            if f.waxedArea > 0 { amounts.append(t("malam baru ", "new wax ") + PlanText.area(f.waxedArea, language)) }
            if f.scrapedArea > 0 { amounts.append(t("dikerok ", "scraped ") + PlanText.area(f.scrapedArea, language)) }
            if f.lineLength > 0 { amounts.append(t("garis ", "lines ") + n(f.lineLength / 1000, 2) + " m") }
            if f.dots > 0 { amounts.append(n(Double(f.dots), 0) + t(" titik", f.dots == 1 ? " dot" : " dots")) }
            if !amounts.isEmpty {
                lines += PlanText.wrap(
                    t("Jumlah, seluruh kain: ", "Amounts, whole cloth: ") + amounts.joined(separator: " · "),
                    indent: "     ", first: "   ")
            }
            let colours = body.recipes.compactMap { r in step.entries.lazy.compactMap { $0.step.colours[r.name] }.first.map { "\(r.name) \($0.hex)" } }
            if !colours.isEmpty {
                lines += PlanText.wrap(
                    t("Warna resep sesudah langkah ini: ", "Recipe colours after this step: ") + colours.joined(separator: ", "),
                    indent: "     ", first: "   ")
            }
        }
        lines.append("")
        lines += PlanText.wrap(
            t(
                "Tiap bagian direncanakan pada satu sel ulangnya sendiri; jumlah dijumlahkan atas semua bagian. Warna di sini adalah perkiraan dari model warna, bukan foto kain.",
                "Each part is planned on its own repeat cell; the amounts add all parts. These colours are estimates from the colour model, not photographs of cloth."),
            indent: "", first: "")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A, B, C … for the parts.
    static func letter(_ i: Int) -> String { String(UnicodeScalar(UInt8(65 + i % 26))) }
}
