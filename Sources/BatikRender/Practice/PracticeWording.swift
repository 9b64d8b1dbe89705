internal import BatikWax

/// The words of the practice sheets, in Indonesian and English.
enum PracticeWording {
    static let documentTitle = LocalizedText(id: "Latihan canting", en: "Canting practice")
    static let subject = LocalizedText(
        id: "Lembar latihan canting bertingkat untuk batik tulis, skala 1:1",
        en: "Graded canting practice sheets for batik tulis, at 1:1 scale")
    static let level = LocalizedText(id: "Tingkat", en: "Level")
    static let example = LocalizedText(id: "Contoh (ukuran asli)", en: "Example (actual size)")
    static let yourTurn = LocalizedText(id: "Latihan: giliran Anda", en: "Practice: your turn")
    static let legend = LocalizedText(
        id: "Titik merah = mulai · panah = arah · angka = urutan goresan · garis abu-abu = tebal malam yang dituju",
        en: "Red dot = start · arrow = direction · number = stroke order · grey line = the wax line to aim for")
    static let rulerNote = LocalizedText(
        id: "Ukur penggaris ini: harus tepat 100 mm. Jika tidak, cetak ulang dengan skala 100 %.",
        en: "Measure this ruler: it must be exactly 100 mm. If not, print again at 100 % scale.")
    static let lineSpacing = LocalizedText(id: "jarak garis", en: "lines")
    static let dotPitch = LocalizedText(id: "jarak titik", en: "dots")
    static let apart = LocalizedText(id: "", en: "apart")
}

extension PracticeWording {
    static let motifSubject = LocalizedText(id: "Lembar latihan canting, skala 1:1:", en: "Canting practice sheet at 1:1:")
    static let afterwards = LocalizedText(
        id: "Sesudahnya: nerusi (garis tepi diulang dari balik kain) dan nembok (menutup bidang); lihat `batik plan`.",
        en: "Afterwards: nerusi (the outlines again from the back of the cloth) and nembok (blocking areas); see `batik plan`.")
}
