internal import BatikWax

/// What the worksheet says besides the plan's own titles and instructions, in Indonesian and
/// English. Short, plain words: it is read by participants, not by engineers.
enum WorksheetWording {
    static let document = LocalizedText(id: "Lembar kerja", en: "Worksheet")
    static let subtitle = LocalizedText(
        id: "Tahap malam dan warna, batik tulis", en: "Wax and dye stages, batik tulis")
    static let cover = LocalizedText(id: "Sampul", en: "Cover")
    static let step = LocalizedText(id: "Langkah", en: "Step")
    static let of = LocalizedText(id: "dari", en: "of")
    static let colours = LocalizedText(id: "Warna", en: "Colours")
    static let materials = LocalizedText(id: "Bahan", en: "Materials")
    static let steps = LocalizedText(id: "Langkah kerja", en: "Steps")
    static let cloth = LocalizedText(id: "Kain", en: "Cloth")
    static let wax = LocalizedText(id: "Malam", en: "Wax")
    static let dyes = LocalizedText(id: "Pewarna", en: "Dyes")
    static let time = LocalizedText(id: "Waktu", en: "Time")
    static let page = LocalizedText(id: "hlm.", en: "p.")
    static let total = LocalizedText(id: "jumlah", en: "total")
    static let noBath = LocalizedText(id: "tanpa celup (warna mori)", en: "no bath (the mori's colour)")
    static let dip = LocalizedText(id: "celup", en: "dip")
    static let colet = LocalizedText(id: "colet (dioles)", en: "colet (brushed on)")
    static let gives = LocalizedText(id: "menjadi", en: "gives")
    static let previewCaption = LocalizedText(
        id: "Pratinjau warna akhir (perkiraan, bukan foto kain)",
        en: "Preview of the final colours (an estimate, not a photograph)")
    static let underWax = LocalizedText(id: "tertutup malam", en: "under wax")
    static let partlyUnderWax = LocalizedText(id: "sebagian tertutup malam", en: "partly under wax")
    static let coloursAfter = LocalizedText(id: "Warna kain sesudah langkah ini", en: "Cloth colours after this step")
    static let finalColours = LocalizedText(id: "Warna akhir", en: "Final colours")
    static let notes = LocalizedText(
        id: "Catatan (jumlah celupan, pengunci warna, hasil):", en: "Notes (number of dips, fixing, result):")
    static let trainerNotes = LocalizedText(id: "Catatan:", en: "Notes:")
    static let cantings = LocalizedText(id: "Canting", en: "Canting")
    static let spout = LocalizedText(id: "Ø", en: "Ø")
    static let strokes = LocalizedText(id: "goresan", en: "strokes")
    static let lineMetres = LocalizedText(id: "garis m", en: "line m")
    static let dots = LocalizedText(id: "titik", en: "dots")
    static let grams = LocalizedText(id: "malam g", en: "wax g")
    static let numbersInDrawing = LocalizedText(id: "nomor di gambar", en: "numbers in drawing")
    static let brush = LocalizedText(id: "kuas", en: "brush")

    // Legend of the drawings.
    static let newWax = LocalizedText(id: "malam baru di langkah ini", en: "wax laid in this step")
    static let oldWax = LocalizedText(id: "malam dari langkah sebelumnya", en: "wax from earlier steps")
    static let scraped = LocalizedText(id: "malam yang dikerok", en: "wax to scrape off")
    static let starts = LocalizedText(
        id: "awal goresan, arah, dan urutan", en: "start of a stroke, its direction and its order")
    static let pencil = LocalizedText(id: "garis pensil (pola)", en: "pencil lines (pattern)")

    /// "Gambar: pojok kiri atas kain, 4,8 × 3,2 cm, diperbesar 3,75 ×".
    static func startWindow(width: String, height: String, scale: String, enlarged: Bool) -> LocalizedText {
        LocalizedText(
            id: "Gambar: pojok kiri atas kain (tempat mulai), \(width) × \(height) cm, "
                + (enlarged ? "diperbesar \(scale) ×." : "skala 1 : \(scale)."),
            en: "Drawing: the top-left corner of the cloth (where you start), \(width) × \(height) cm, "
                + (enlarged ? "enlarged \(scale) ×." : "scale 1 : \(scale)."))
    }

    static func previewWindow(width: String, height: String) -> LocalizedText {
        LocalizedText(id: "bagian tengah kain, \(width) × \(height) cm", en: "middle of the cloth, \(width) × \(height) cm")
    }

    /// Said under a drawing whose strokes are not all numbered.
    static func firstNumbers(_ shown: Int, of count: Int) -> LocalizedText {
        LocalizedText(
            id: "Nomor hanya pada \(shown) dari \(count) goresan di gambar; lanjutkan dengan urutan yang sama (terdekat dulu).",
            en: "Only \(shown) of the \(count) strokes in the drawing are numbered; carry on the same way (nearest next).")
    }

    static let allNumbered = LocalizedText(
        id: "Ikuti nomor: setiap canting mulai dari nomor terkecil.",
        en: "Follow the numbers: each canting starts at its lowest number.")

    static func stepEstimate(time: LocalizedText, wax: LocalizedText, cloth: LocalizedText) -> LocalizedText {
        LocalizedText(
            id: "Perkiraan untuk kain \(cloth.id): \(time.id) kerja, \(wax.id) malam.",
            en: "Estimate for the \(cloth.en) cloth: \(time.en) of work, \(wax.en) of wax.")
    }

    static let estimateNote = LocalizedText(
        id: "Waktu adalah perkiraan membatik dengan tangan yang terlatih (kecepatan diasumsikan); "
            + "celup, kerok, kering dan nglorod tidak termasuk.",
        en: "Times estimate waxing by a practised hand (assumed speeds); "
            + "dyeing, scraping, drying and nglorod are not included.")

    static func scrapedArea(_ area: LocalizedText) -> LocalizedText {
        LocalizedText(id: "Luas yang dikerok di seluruh kain: \(area.id).", en: "Area to scrape on the whole cloth: \(area.en).")
    }

    static func bathDye(_ name: String, hex: String, method: LocalizedText) -> LocalizedText {
        LocalizedText(id: "Pewarna: \(name) \(hex), \(method.id).", en: "Dye: \(name) \(hex), \(method.en).")
    }

    static let nyorekNote = LocalizedText(
        id: "Garis pensil tipis saja: malam menutupnya, dan sisa pensil hilang waktu nglorod.",
        en: "Keep the pencil lines light: the wax covers them, and what shows washes out in nglorod.")

    /// Names of the kinds of wax (DOMAIN.md, "Wax (malam)").
    static let klowongWax = LocalizedText(id: "malam klowong (garis, isen-isen)", en: "klowong wax (lines, isen-isen)")
    static let tembokWax = LocalizedText(id: "malam tembokan (bidang)", en: "tembokan wax (blocking)")
    static let bironWax = LocalizedText(id: "malam biron (menutup lagi)", en: "biron wax (re-waxing)")

    /// "3 jam 05 menit" / "3 h 05 min".
    static func duration(_ seconds: Double) -> LocalizedText {
        let minutes = Int((seconds / 60).rounded())
        if minutes < 1 && seconds > 0 { return LocalizedText(id: "< 1 menit", en: "< 1 min") }
        let h = minutes / 60
        let m = minutes % 60
        if h == 0 { return LocalizedText(id: "\(m) menit", en: "\(m) min") }
        let mm = m < 10 ? "0\(m)" : "\(m)"
        return LocalizedText(id: "\(h) jam \(mm) menit", en: "\(h) h \(mm) min")
    }

    /// Short form for tables: "3:05".
    static func clock(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        return "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
    }

    static func grams(_ g: Double) -> LocalizedText {
        let n = LocalizedText.number(g, decimals: g < 10 ? 1 : 0)
        return LocalizedText(id: n.id + "\u{a0}g", en: n.en + "\u{a0}g")
    }
}
