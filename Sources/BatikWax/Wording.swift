import BatikMotif

/// What a plan says, in Indonesian and English: step titles and instructions meant to be read
/// aloud to a class. Recipe (colour) and bath names are the motif's own.
enum Wording {
    static func title(_ kind: StepKind, dye: String?) -> LocalizedText {
        let d = dye ?? ""
        switch kind {
        case .nyorek:
            return LocalizedText(id: "Nyorek: menjiplak pola ke kain", en: "Nyorek: trace the pattern onto the cloth")
        case .nglowong: return LocalizedText(id: "Nglowong: membatik garis luar", en: "Nglowong: wax the outlines")
        case .nerusi:
            return LocalizedText(
                id: "Nerusi: membatik garis dari balik kain", en: "Nerusi: wax the lines from the back")
        case .ngiseni: return LocalizedText(id: "Ngiseni: membatik isen-isen", en: "Ngiseni: wax the isen-isen")
        case .nembok:
            return LocalizedText(id: "Nembok: menutup bidang dengan malam", en: "Nembok: block areas with wax")
        case .nyolet: return LocalizedText(id: "Nyolet: mengoles \(d)", en: "Nyolet: brush on \(d)")
        case .medel: return LocalizedText(id: "Medel: mencelup ke \(d)", en: "Medel: dip in \(d) (indigo)")
        case .nyoga: return LocalizedText(id: "Nyoga: mencelup ke \(d)", en: "Nyoga: dip in \(d) (soga brown)")
        case .celup: return LocalizedText(id: "Celup \(d): mencelup ke \(d)", en: "Celup \(d): dip in \(d)")
        case .ngerok:
            return LocalizedText(id: "Ngerok: mengerok malam sebelum \(d)", en: "Ngerok: scrape off wax before \(d)")
        case .mbironi:
            return LocalizedText(
                id: "Mbironi: menutup lagi dengan malam sebelum \(d)", en: "Mbironi: wax again before \(d)")
        case .nglorod: return LocalizedText(id: "Nglorod: meluruhkan malam", en: "Nglorod: boil off the wax")
        }
    }

    static let nyorek = LocalizedText(
        id: "Letakkan kain di atas pola ukuran 1:1 dan jiplak semua garis dengan pensil 2B.",
        en: "Lay the cloth over the full-size (1:1) pattern and trace every line with a 2B pencil.")

    static let nerusi = LocalizedText(
        id: "Balik kain, lalu tutup lagi garis yang sama dari belakang agar malam tembus dan warna tidak merembes.",
        en:
            "Turn the cloth over and wax the same lines again from the back, so the wax goes right through and no dye creeps in."
    )

    static let nglorod = LocalizedText(
        id:
            "Rebus kain dalam air mendidih dengan sedikit soda abu sampai semua malam luruh, lalu bilas dengan air dingin dan keringkan di tempat teduh.",
        en:
            "Boil the cloth in water with a little soda ash until all the wax comes off, then rinse it in cold water and dry it in the shade."
    )

    /// "canting klowong (Ø 1,5 mm)" / "the klowong canting (Ø 1.5 mm)".
    static func canting(_ name: String, tools: [String: CantingTool]) -> LocalizedText {
        guard let tool = tools[name] else { return LocalizedText(id: "canting \(name)", en: "the \(name) canting") }
        let d = LocalizedText.number(tool.spoutDiameter, decimals: 1)
        return LocalizedText(id: "canting \(name) (Ø \(d.id) mm)", en: "the \(name) canting (Ø \(d.en) mm)")
    }

    /// The sentence for one canting's or brush's work. `first` says whether this is the first
    /// waxing (outlines are "garis luar" there).
    static func sentence(for work: WaxWork, outlines: Bool, tools: [String: CantingTool]) -> LocalizedText {
        let colours = LocalizedText.list(work.recipes)
        let c = canting(work.tool, tools: tools)
        let use = tools[work.tool]?.use
        var parts: [LocalizedText] = []
        if !work.lines.isEmpty {
            if outlines {
                parts.append(
                    LocalizedText(
                        id: "Tutup garis luar dengan \(c.id): garis yang akan berwarna \(colours.id).",
                        en: "Wax the outlines with \(c.en): the lines that will be \(colours.en)."))
            } else {
                parts.append(
                    LocalizedText(
                        id: "Tutup garis yang akan berwarna \(colours.id) dengan \(c.id).",
                        en: "Wax the lines that will be \(colours.en) with \(c.en)."))
            }
        } else if !work.dots.isEmpty {
            parts.append(
                LocalizedText(
                    id: "Buat titik-titik (cecek) dengan \(c.id): titik yang akan berwarna \(colours.id).",
                    en: "Dab the cecek dots with \(c.en): the dots that will be \(colours.en)."))
        } else if use == .block || tools[work.tool] == nil {
            if work.tool == "kuas" {
                parts.append(
                    LocalizedText(
                        id: "Tutup bidang luas yang akan berwarna \(colours.id) dengan malam tembok memakai kuas.",
                        en: "Cover the large areas that will be \(colours.en) with tembok wax, using a brush (kuas)."))
            } else {
                parts.append(
                    LocalizedText(
                        id: "Tutup bidang yang akan berwarna \(colours.id) dengan malam tembok memakai \(c.id).",
                        en: "Cover the areas that will be \(colours.en) with tembok wax, using \(c.en)."))
            }
            return LocalizedText.joined(parts)
        } else {
            parts.append(
                LocalizedText(
                    id: "Tutup bagian kecil yang akan berwarna \(colours.id) dengan \(c.id).",
                    en: "Wax the small parts that will be \(colours.en) with \(c.en)."))
            return LocalizedText.joined(parts)
        }
        if !work.areas.isEmpty {
            parts.append(
                LocalizedText(
                    id: "Isi juga sudut-sudut kecil yang tidak terjangkau dengan canting yang sama.",
                    en: "Also fill the small corners the lines do not reach with the same canting."))
        }
        return LocalizedText.joined(parts)
    }

    /// Sentences for different cantings go on lines of their own.
    static let workSeparator = "\n"

    static func nglowong(work: [WaxWork], tools: [String: CantingTool]) -> LocalizedText {
        LocalizedText.joined(work.map { sentence(for: $0, outlines: true, tools: tools) }, separator: workSeparator)
    }

    static func ngiseni(work: [WaxWork], tools: [String: CantingTool]) -> LocalizedText {
        LocalizedText.joined(
            work.map { w in
                if !w.lines.isEmpty {
                    let c = canting(w.tool, tools: tools)
                    let colours = LocalizedText.list(w.recipes)
                    return LocalizedText(
                        id: "Buat isen-isen garis dengan \(c.id): garis yang akan berwarna \(colours.id).",
                        en: "Draw the isen-isen lines with \(c.en): the lines that will be \(colours.en).")
                }
                return sentence(for: w, outlines: false, tools: tools)
            }, separator: workSeparator)
    }

    static func nembok(work: [WaxWork], tools: [String: CantingTool]) -> LocalizedText {
        LocalizedText.joined(work.map { sentence(for: $0, outlines: false, tools: tools) }, separator: workSeparator)
    }

    /// "dicelup ke soga" / "the soga bath"; "soga dioleskan" / "soga is brushed on".
    static func before(_ dye: Dye) -> LocalizedText {
        dye.method == .colet
            ? LocalizedText(id: "\(dye.name) dioleskan", en: "\(dye.name) is brushed on")
            : LocalizedText(id: "dicelup ke \(dye.name)", en: "the \(dye.name) bath")
    }

    static func mbironi(before dye: Dye, work: [WaxWork], tools: [String: CantingTool]) -> LocalizedText {
        let b = before(dye)
        let intro = LocalizedText(
            id: "Sebelum \(b.id), tutup dengan malam bagian yang tidak boleh terkena \(dye.name).",
            en: "Before \(b.en), wax the parts the \(dye.name) must not reach.")
        return LocalizedText.joined(
            [intro] + work.map { sentence(for: $0, outlines: false, tools: tools) }, separator: workSeparator)
    }

    static func ngerok(recipes: [String], before dye: Dye) -> LocalizedText {
        let colours = LocalizedText.list(recipes)
        return LocalizedText(
            id: "Kerok malam dari bagian yang akan berwarna \(colours.id) supaya \(dye.name) dapat meresap di sana. "
                + "Kerok perlahan agar kain tidak rusak.",
            en: "Scrape the wax off the parts that will be \(colours.en), so the \(dye.name) can reach them. "
                + "Scrape gently so the cloth is not damaged.")
    }

    static func bath(_ kind: StepKind, dye: Dye, recipes: [String]) -> LocalizedText {
        if kind == .nyolet {
            let colours = LocalizedText.list(recipes)
            return LocalizedText(
                id: "Oleskan pewarna \(dye.name) dengan kuas kecil pada bagian yang akan berwarna \(colours.id), "
                    + "di dalam garis malam. Jangan melewati garis malam.",
                en: "Brush the \(dye.name) dye with a small brush onto the parts that will be \(colours.en), "
                    + "inside the wax lines. Do not cross the wax lines.")
        }
        return LocalizedText(
            id: "Celupkan seluruh kain ke dalam pewarna \(dye.name) pada suhu ruang (air panas melelehkan malam), "
                + "lalu tiriskan dan angin-anginkan. Ulangi sampai warnanya cukup tua. "
                + "Bagian yang tidak tertutup malam menyerap warna.",
            en: "Dip the whole cloth in the \(dye.name) dye at room temperature (hot water melts the wax), "
                + "then drain it and let it air. Repeat until the colour is deep enough. "
                + "The parts not covered with wax take the colour.")
    }
}
