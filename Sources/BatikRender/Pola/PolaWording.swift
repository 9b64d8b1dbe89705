internal import BatikWax

/// What the pola says, in Indonesian and English.
enum PolaWording {
    static func title(_ motif: String) -> LocalizedText {
        LocalizedText(id: "Pola 1:1 — \(motif)", en: "1:1 pola — \(motif)")
    }
    static let overviewLabel = LocalizedText(id: "Ringkasan", en: "Overview")
    static func summary(cloth: String, sheets: Int, paper: String, rows: Int, columns: Int, overlap: String)
        -> LocalizedText
    {
        LocalizedText(
            id: "Kain \(cloth) cm · \(sheets) lembar \(paper) (\(rows) baris × \(columns) kolom) · tumpang-tindih \(overlap) mm",
            en: "Cloth \(cloth) cm · \(sheets) \(paper) sheets (\(rows) rows × \(columns) columns) · overlap \(overlap) mm")
    }
    static func reduced(_ scale: String) -> LocalizedText {
        LocalizedText(
            id: "Halaman ini diperkecil (skala 1:\(scale)). Lembar berikutnya berukuran 1:1.",
            en: "This page is reduced (scale 1:\(scale)). The following sheets are 1:1.")
    }
    static let howToAssemble = LocalizedText(id: "Cara menyusun pola", en: "How to assemble the pola")
    static func steps(paper: String, overlap: String) -> [LocalizedText] {
        [
            LocalizedText(
                id: "Cetak semua lembar pada kertas \(paper) dengan skala 100 % (jangan ‘Fit to page’). Ukur penggaris 100 mm dan kotak 50 mm pada satu lembar: kalau ukurannya lain, ubah pengaturan printer dan cetak lagi.",
                en: "Print every sheet on \(paper) paper at 100 % (not ‘Fit to page’). Measure the 100 mm ruler and the 50 mm square on one sheet: if they differ, change the printer settings and print again."),
            LocalizedText(
                id: "Susun lembar sesuai peta di atas: baris A paling atas, kolom 1 paling kiri. Setiap lembar diberi nama (misalnya B3) dan panah ke tetangganya.",
                en: "Lay the sheets out as in the map above: row A at the top, column 1 on the left. Each sheet carries its name (such as B3) and arrows naming its neighbours."),
            LocalizedText(
                id: "Potong tepi kertas di sisi kiri dan atas setiap lembar (kecuali kolom 1 dan baris A) tepat pada garis bingkai.",
                en: "Cut the paper margin off the left and top sides of every sheet (except column 1 and row A) exactly on the frame line."),
            LocalizedText(
                id: "Tumpuk sisi yang dipotong di atas jalur biru muda (\(overlap) mm) lembar tetangganya sampai tanda silang ⊕ tepat berimpit, lalu rekatkan dengan selotip.",
                en: "Lay each cut side over its neighbour’s light-blue strip (\(overlap) mm) until the ⊕ crosshairs sit exactly on each other, then tape."),
            LocalizedText(
                id: "Bentangkan kain di atas pola, sematkan dengan jarum pentul, lalu jiplak garis hitam dengan pensil 2B (nyorek). Garis abu-abu adalah isen-isen.",
                en: "Spread the cloth over the pola, pin it, and trace the black lines with a 2B pencil (nyorek). Grey lines are the isen-isen."),
        ]
    }
    static func sheetHeader(motif: String, row: String, column: Int) -> LocalizedText {
        LocalizedText(id: "\(motif) · baris \(row), kolom \(column)", en: "\(motif) · row \(row), column \(column)")
    }
    static func sheetNumber(_ n: Int, of total: Int) -> LocalizedText {
        LocalizedText(id: "lembar \(n) dari \(total)", en: "sheet \(n) of \(total)")
    }
    static let clothEdge = LocalizedText(id: "tepi kain", en: "cloth edge")
}
