import BatikMotif

/// The comments of a written motif file, in Indonesian (for the course's trainers) or English.
/// They say what the importer decided and how to change it, so the file teaches its own editing.
struct MotifFileText {
    var language: MotifFileWriter.Language

    private func t(_ id: String, _ en: String) -> String { language == .id ? id : en }

    func header(drawing: ImportedDrawing) -> String {
        let name = MotifFileWriter.comment(drawing.name)
        let source = MotifFileWriter.comment(drawing.source)
        return t(
            """
            # \(name): motif dari gambar \(source), dibuat oleh `\(drawing.madeBy)`.
            # Ukuran dalam milimeter pada kain; (0, 0) di tengah ubin, y ke bawah. Panduan: docs/import.md
            #
            # Periksa sebelum dipakai:
            # - Warna: setiap warna gambar menjadi resep warna-1, warna-2, … (kode hex aslinya ada di
            #   komentar). Ganti namanya dengan nama batik (biru, soga, …) memakai "ganti semua" di editor.
            # - Celupan: setiap warna mendapat celupan sendiri (pewarna-2, …) supaya pratinjau sama dengan
            #   gambar. Warna yang lebih gelap dari warna lain dibuat dengan mencelup lagi, seperti
            #   hitam: [nila, soga]. Ganti dengan pewarna yang sebenarnya, lalu periksa: batik plan FILE
            # - Canting garis dipilih dari tebal garis: isen (sampai 1,4 mm), klowong (sampai 2,8 mm),
            #   tembok (lebih tebal); `width` ditulis bila tebal garis gambar berbeda.
            # - Bentuk dengan isian menjadi `fill`, garis menjadi `outline`. Tambahkan isen-isen sendiri.

            """,
            """
            # \(name): a motif from the drawing \(source), written by `\(drawing.madeBy)`.
            # Sizes are millimetres on the cloth; (0, 0) is the tile centre, y grows downward. Guide: docs/import.md
            #
            # Check before use:
            # - Colours: each colour of the drawing is a recipe warna-1, warna-2, … (its hex is in the
            #   comment). Rename them to batik names (biru, soga, …) with your editor's replace-all.
            # - Baths: each colour has a bath of its own (pewarna-2, …) so that the preview matches the
            #   drawing. A colour darker than another is that colour dyed again, as in hitam: [nila, soga].
            #   Put in the real dyes and their colours, then check with: batik plan FILE
            # - Line cantings follow the line width: isen (up to 1.4 mm), klowong (up to 2.8 mm), tembok
            #   (wider); `width` is written when the drawing's line differs from the canting's.
            # - Filled shapes are `fill`, lines are `outline`. Add isen-isen of your own.

            """)
    }

    func origin(source: String) -> String {
        t(
            "Digambar di \(source); tulis asal dan makna motif di sini.",
            "Drawn in \(source); write where the motif comes from and what it means.")
    }

    var tileComment: String {
        t(
            "halaman gambar = satu ulangan; ganti repeat bila perlu",
            "the drawing's page is one repeat; change repeat if needed")
    }

    func clothComment(_ palette: ImportedPalette) -> String {
        palette.entries[0].bath == nil && !palette.entries[0].members.isEmpty
            ? t(
                "warna paling terang di gambar = kain (mori) yang tidak dicelup",
                "the drawing's lightest colour is the undyed cloth (mori)")
            : t("mori; gambar tidak punya warna seterang kain", "mori; the drawing has no colour as light as cloth")
    }

    var dyesComment: String {
        t(
            "celupan, dari terang ke gelap; warna = hasil pada kain putih",
            "baths, light to dark; colour = what white cloth takes")
    }

    func bathComment(_ recipes: [String]) -> String {
        let list = recipes.joined(separator: ", ")
        return t("untuk \(list)", "for \(list)")
    }

    var coloursComment: String {
        t("resep: celupan yang mengenai kain di situ", "recipes: which baths reach the cloth there")
    }

    func recipeComment(_ e: ImportedPalette.Entry) -> String {
        guard let first = e.members.first else { return t("latar, warna kain", "ground, the cloth colour") }
        var s = first.hex
        if e.members.count > 1 { s += " (+ " + e.members.dropFirst().map(\.hex).joined(separator: ", ") + ")" }
        // Uses: a shape filled with one colour and outlined with another counts for both.
        let shapes =
            e.uses == 1 ? t("dipakai 1 kali", "used once") : t("dipakai \(e.uses) kali", "used \(e.uses) times")
        let again = e.dyedAgain.map { t(", \($0) dicelup lagi", ", \($0) dyed again") } ?? ""
        return s + ": " + shapes + again
    }

    var componentsComment: String {
        t(
            "lapisan dan grup gambar, dipakai di elements dengan use",
            "the drawing's layers and groups, placed by use in elements")
    }

    func groupComment(_ label: String, count: Int) -> String {
        let l = MotifFileWriter.comment(label)
        return count == 1
            ? t("lapisan/grup '\(l)'", "layer/group '\(l)'")
            : t("lapisan/grup '\(l)': \(count) bentuk", "layer/group '\(l)': \(count) shapes")
    }
}
