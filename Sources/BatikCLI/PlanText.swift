import BatikGeometry
import BatikMotif
import BatikWax

/// The plan as a trainer reads it aloud to the class: a short head, then numbered steps with what
/// to do, the amounts on this cloth and the colours after the step, in Indonesian or English.
enum PlanText {
    static let width = 80

    static func render(_ plan: ResistPlan, motif: Motif, path: String, language: Language) -> String {
        func t(_ id: String, _ en: String) -> String { language == .id ? id : en }
        func n(_ v: Double, _ decimals: Int) -> String { LocalizedText.number(v, decimals: decimals)[language] }
        var lines: [String] = []
        lines.append(t("Rencana malam dan warna: ", "Wax and dye plan: ") + motif.name)
        let cm = { (mm: Double) in n(mm / 10, 1) }
        lines.append(
            t("Berkas ", "File ") + path + " · " + t("kain ", "cloth ")
                + "\(cm(plan.area.width)) × \(cm(plan.area.height)) cm"
                + " · mori " + motif.cloth.hex)
        let dyes = motif.dyes.enumerated().map { k, dye in
            "\(k + 1). \(dye.name) \(dye.colour.hex) (" + (dye.method == .dip ? t("celup", "dip") : "colet") + ")"
        }
        lines.append(
            t("Pewarna, berurutan: ", "Dye baths, in order: ")
                + (dyes.isEmpty ? t("tidak ada", "none") : dyes.joined(separator: ", ")))

        for (index, step) in plan.steps.enumerated() {
            lines.append("")
            lines += wrap("\(index + 1). " + step.title[language], indent: "   ", first: "")
            for paragraph in step.instructions[language].split(separator: "\n") {
                lines += wrap(String(paragraph), indent: "   ", first: "   ")
            }
            let f = step.figures
            var amounts: [String] = []
            if f.waxedArea > 0 { amounts.append(t("malam baru ", "new wax ") + area(f.waxedArea, language)) }
            if f.scrapedArea > 0 { amounts.append(t("dikerok ", "scraped ") + area(f.scrapedArea, language)) }
            if f.lineLength > 0 { amounts.append(t("garis ", "lines ") + n(f.lineLength / 1000, 2) + " m") }
            if f.dots > 0 { amounts.append(n(Double(f.dots), 0) + t(" titik", f.dots == 1 ? " dot" : " dots")) }
            if !amounts.isEmpty {
                lines += wrap(
                    t("Jumlah: ", "Amounts: ") + amounts.joined(separator: " · "), indent: "     ", first: "   ")
            }
            lines += wrap(
                t("Warna kain: ", "Cloth colours: ") + colourList(plan, motif: motif, step: step, language: language),
                indent: "     ", first: "   ")
        }
        lines.append("")
        let finals = motif.recipes.map { "\($0.name) \(plan.finalColours[$0.name]?.hex ?? "?")" }
        lines += wrap(t("Warna akhir: ", "Final colours: ") + finals.joined(separator: ", "), indent: "   ", first: "")
        lines += wrap(
            t(
                "Warna di sini adalah perkiraan dari model warna, bukan foto kain.",
                "These colours are estimates from the colour model, not photographs of cloth."),
            indent: "", first: "")
        return lines.joined(separator: "\n") + "\n"
    }

    /// "putih #f0e6cf (tertutup malam), coklat #…": every recipe in file order, with its wax.
    static func colourList(_ plan: ResistPlan, motif: Motif, step: ProcessStep, language: Language) -> String {
        let waxed = Set(step.waxed)
        let used = Set(plan.regions.map(\.recipe))
        return motif.recipes.map(\.name).filter { used.contains($0) && step.colours[$0] != nil }.map { recipe in
            let pieces = plan.regions.indices.filter { plan.regions[$0].recipe == recipe }
            let under = pieces.filter { waxed.contains($0) }.count
            var text = "\(recipe) \(step.colours[recipe]!.hex)"
            if under == pieces.count, under > 0 {
                text += language == .id ? " (tertutup malam)" : " (under wax)"
            } else if under > 0 {
                text += language == .id ? " (sebagian tertutup malam)" : " (partly under wax)"
            }
            return text
        }.joined(separator: ", ")
    }

    /// Square millimetres as cm² (one decimal, "< 0,1" for a trace), or as m² (two decimals)
    /// from 1000 cm² on, where a count of cm² stops meaning anything to a reader.
    static func area(_ mm2: Double, _ language: Language) -> String {
        let cm2 = mm2 / 100
        if cm2 < 0.05 { return (language == .id ? "< 0,1" : "< 0.1") + " cm²" }
        if cm2 >= 1000 { return LocalizedText.number(cm2 / 10_000, decimals: 2)[language] + " m²" }
        return LocalizedText.number(cm2, decimals: 1)[language] + " cm²"
    }

    /// Words wrapped to `width` columns; the first line starts with `first`, the rest with `indent`.
    static func wrap(_ text: String, indent: String, first: String) -> [String] {
        var result: [String] = []
        var line = first
        var empty = true
        for word in text.split(separator: " ") {
            if !empty && line.count + 1 + word.count > width {
                result.append(line)
                line = indent
                empty = true
            }
            line += (empty ? "" : " ") + word
            empty = false
        }
        if !empty || result.isEmpty { result.append(line) }
        return result
    }
}
