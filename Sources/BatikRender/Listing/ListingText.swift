public import BatikGeometry
public import BatikMotif
public import BatikWax

/// The title and description a seller pastes into a marketplace listing, in Indonesian by
/// default: the motif's name and meaning, the technique stated honestly, the size, the colours,
/// and how to care for the cloth.
public struct ListingText: Sendable {
    public var motif: Motif
    public var cloth: Size
    public var technique: ListingTechnique
    public var colourways: [String]
    public var brand: String?
    public var price: String?
    public var language: Language

    /// Tokopedia cuts titles at 70 characters, Shopee at 120: one title that fits both.
    public static let titleLimit = 70

    public init(
        motif: Motif, cloth: Size, technique: ListingTechnique, colourways: [String] = [], brand: String? = nil,
        price: String? = nil, language: Language = .id
    ) {
        self.motif = motif
        self.cloth = cloth
        self.technique = technique
        self.colourways = colourways
        self.brand = brand
        self.price = price
        self.language = language
    }

    var size: String {
        func cm(_ mm: Double) -> String { LocalizedText.number(mm / 10, decimals: 1)[language] }
        return "\(cm(cloth.width)) x \(cm(cloth.height)) cm"
    }

    /// The motif's colours by their recipe names, in the motif's order: "putih, biru dan hitam".
    var colourNames: String { LocalizedText.list(motif.recipes.map(\.name))[language] }

    var techniqueName: String {
        switch (technique, language) {
        case (.tulis, .id): "Batik Tulis"
        case (.cap, .id): "Batik Cap"
        case (.print, .id): "Kain Motif Batik (print)"
        case (.tulis, .en): "Batik Tulis"
        case (.cap, .en): "Batik Cap"
        case (.print, .en): "Batik-pattern print"
        }
    }

    /// "Kain Batik Tulis Kawung 250 x 110 cm", shortened to the title limit.
    public var title: String {
        let product = language == .id ? "Kain" : "Cloth"
        var title =
            technique == .print ? "\(techniqueName) \(motif.name) \(size)" : "\(product) \(techniqueName) \(motif.name) \(size)"
        if let brand, title.count + brand.count + 3 <= Self.titleLimit { title += " - \(brand)" }
        return String(title.prefix(Self.titleLimit))
    }

    public var description: String {
        let about = motif.description(in: language.rawValue).split(whereSeparator: \.isNewline)
            .joined(separator: " ").split(separator: ". ").filter { !$0.contains("--") }.joined(separator: ". ")
        var lines: [String] = []
        if language == .id {
            lines.append("\(techniqueName) motif \(motif.name), ukuran \(size).")
            lines.append("")
            if !about.isEmpty { lines.append("Makna motif: \(about)") }
            lines.append("Asal motif: \(motif.origin(in: "id")).")
            lines.append("")
            lines.append("Teknik: \(techniqueSentence)")
            lines.append("Ukuran: \(size) (panjang x lebar).")
            lines.append("Warna: \(colourNames).")
            if colourways.count > 1 { lines.append("Pilihan warna: \(colourways.joined(separator: ", ")).") }
            lines.append(
                "Foto adalah pratinjau dari desain; warna kain asli bisa sedikit berbeda karena pewarnaan dengan tangan dan layar yang berbeda."
            )
            lines.append("")
            lines.append("Perawatan:")
            lines.append("- Cuci dengan tangan memakai sabun lerak atau sampo lembut; jangan direndam lama.")
            lines.append("- Jangan diperas keras dan jangan memakai pemutih.")
            lines.append("- Jemur di tempat teduh, jangan di bawah matahari langsung.")
            lines.append("- Setrika dari bagian dalam dengan panas sedang.")
            if let brand { lines.append(""); lines.append("Dibuat oleh \(brand).") }
            if let price { lines.append("Harga: \(price).") }
        } else {
            lines.append("\(techniqueName), \(motif.name) motif, \(size).")
            lines.append("")
            if !about.isEmpty { lines.append("About the motif: \(about)") }
            lines.append("Origin of the motif: \(motif.origin(in: "en")).")
            lines.append("")
            lines.append("Technique: \(techniqueSentence)")
            lines.append("Size: \(size) (length x width).")
            lines.append("Colours: \(colourNames).")
            if colourways.count > 1 { lines.append("Colourways: \(colourways.joined(separator: ", ")).") }
            lines.append("Photos are previews of the design; the real cloth's colours may differ slightly (hand dyeing, screens).")
            lines.append("")
            lines.append("Care:")
            lines.append("- Wash by hand with lerak or a mild shampoo; do not soak for long.")
            lines.append("- Do not wring hard; no bleach.")
            lines.append("- Dry in the shade, not in direct sun.")
            lines.append("- Iron on the reverse at medium heat.")
            if let brand { lines.append(""); lines.append("Made by \(brand).") }
            if let price { lines.append("Price: \(price).") }
        }
        return lines.joined(separator: "\n")
    }

    var techniqueSentence: String {
        switch (technique, language) {
        case (.tulis, .id):
            "batik tulis, digambar tangan dengan canting dan malam (lilin batik), lalu dicelup warna. Motif tembus ke bagian belakang kain dan setiap ulangan sedikit berbeda: tanda buatan tangan."
        case (.cap, .id):
            "batik cap, malam dicapkan dengan cap tembaga lalu dicelup warna. Motif tembus ke belakang kain."
        case (.print, .id):
            "kain print bermotif batik (motif dicetak, bukan batik tulis atau cap)."
        case (.tulis, .en):
            "batik tulis, drawn by hand with a canting and wax, then dyed. The motif goes through to the back and every repeat differs slightly: the mark of handwork."
        case (.cap, .en):
            "batik cap, wax stamped with a copper cap, then dyed. The motif goes through to the back."
        case (.print, .en):
            "printed cloth with a batik pattern (printed, not wax-resist batik)."
        }
    }

    /// The file: title, then the description, with headings a seller can find.
    public var fileText: String {
        let heading = language == .id ? ("JUDUL", "DESKRIPSI") : ("TITLE", "DESCRIPTION")
        return "\(heading.0)\n\(title)\n\n\(heading.1)\n\(description)\n"
    }

    /// "Rp 350.000" from a whole number of rupiah.
    public static func rupiah(_ amount: Int) -> String {
        "Rp " + LocalizedText.number(Double(amount), decimals: 0).id
    }
}
