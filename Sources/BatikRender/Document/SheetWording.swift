internal import BatikWax

/// The words every printed sheet shares, in Indonesian and English.
enum SheetWording {
    static let printAtFullSize = LocalizedText(
        id: "Cetak 100 % — jangan ‘Fit to page’", en: "Print at 100 % — not ‘Fit to page’")
    static let scaleSquare = LocalizedText(id: "50 × 50 mm: ukur untuk cek skala", en: "50 × 50 mm: measure to check the scale")
    static let rulerUnit = LocalizedText("mm")
    static let page = LocalizedText(id: "Halaman", en: "Page")
    static let of = LocalizedText(id: "dari", en: "of")
}
