internal import BatikGeometry
internal import BatikMotif
internal import BatikWax
internal import Foundation

/// Dot drills: single dabs (level 1), then rows, grids and a filled leaf of cecek at the pitch
/// of real work (level 4).
extension PracticeDrill {
    static func singleDots(_ tool: CantingTool) -> PracticeDrill {
        let pitch = 2 * dotPitch(for: tool)
        let rows = 3
        let strokes = (0..<rows).map { r in
            let y = 8 + Double(r) * 8
            return PracticeStroke.dots(
                stride(from: leftStart, through: boxWidth - rightMargin, by: pitch).map { Point($0, y) })
        }
        return PracticeDrill(
            level: 1, key: "titik-tunggal", title: LocalizedText(id: "Titik satu per satu", en: "Single dots"),
            instruction: LocalizedText(
                id: "Sentuhkan ujung canting sebentar lalu angkat lurus ke atas: titik bulat, tanpa ekor.",
                en: "Touch the cloth briefly with the spout and lift straight up: a round dot without a tail."),
            kind: .dot, tool: tool, size: Size(boxWidth, 16 + Double(rows - 1) * 8), strokes: strokes, pitch: pitch)
    }

    static func cecekRows(_ tool: CantingTool) -> PracticeDrill {
        let pitch = dotPitch(for: tool)
        let gap = max(6, 2 * pitch)
        let rows = 4
        let strokes = (0..<rows).map { r in
            let y = 8 + Double(r) * gap
            return PracticeStroke.dots(
                stride(from: leftStart, through: boxWidth - rightMargin, by: pitch).map { Point($0, y) })
        }
        return PracticeDrill(
            level: 4, key: "baris-cecek", title: LocalizedText(id: "Baris cecek", en: "Rows of cecek"),
            instruction: LocalizedText(
                id: "Titik demi titik dari kiri ke kanan, jaraknya sama; jangan sampai dua titik menyatu.",
                en: "Dot after dot from left to right, evenly spaced; never let two dots run together."),
            kind: .dot, tool: tool, size: Size(boxWidth, 16 + Double(rows - 1) * gap), strokes: strokes, pitch: pitch)
    }

    static func cecekGrid(_ tool: CantingTool) -> PracticeDrill {
        let pitch = dotPitch(for: tool)
        let columns = Int(((boxWidth - 2 * leftStart) / pitch).rounded(.down)) + 1
        let rows = 8
        // Rows go back and forth, as the canting order plans a filling: the hand never travels
        // back empty across the grid.
        let strokes = (0..<rows).map { r in
            let y = 7 + Double(r) * pitch
            let row = (0..<columns).map { c in Point(leftStart + Double(c) * pitch, y) }
            return PracticeStroke.dots(r.isMultiple(of: 2) ? row : row.reversed())
        }
        return PracticeDrill(
            level: 4, key: "kisi-cecek", title: LocalizedText(id: "Kisi cecek", en: "A grid of cecek"),
            instruction: LocalizedText(
                id: "Baris bolak-balik: baris 1 ke kanan, baris 2 ke kiri; setiap titik tepat di bawah titik di atasnya.",
                en: "Rows back and forth: row 1 to the right, row 2 to the left; each dot right under the one above."),
            kind: .dot, tool: tool, size: Size(boxWidth, 14 + Double(rows - 1) * pitch), strokes: strokes,
            pitch: pitch)
    }

    static func leafFilling(_ tool: CantingTool) -> PracticeDrill {
        let pitch = dotPitch(for: tool)
        let height = 34.0
        let leaf = PracticeShapes.leaf(from: Point(leftStart + 2, height / 2), to: Point(boxWidth - 10, height / 2), width: 26)
        let strokes = filling(leaf, pitch: pitch, inset: max(1.5, pitch * 0.7))
        let outline = BezierPath.polygon(leaf, closed: true)
        return PracticeDrill(
            level: 4, key: "isi-daun", title: LocalizedText(id: "Mengisi daun dengan cecek", en: "Filling a leaf with cecek"),
            instruction: LocalizedText(
                id: "Garis daun hanya pedoman. Isi baris demi baris, bolak-balik; titik baris berikut di celah baris sebelumnya.",
                en: "The leaf line is a guide only. Fill it row by row, back and forth; each row's dots sit in the gaps of the last."),
            kind: .dot, tool: tool, size: Size(boxWidth, height), strokes: strokes, guides: [outline], pitch: pitch)
    }

    /// Cecek filling the closed `ring` on a triangular grid (each row shifted half a pitch, rows
    /// `pitch · √3/2` apart: every dot is `pitch` from its six neighbours), at least `inset` from
    /// the edge, rows alternately left to right and right to left.
    static func filling(_ ring: [Point], pitch: Double, inset: Double) -> [PracticeStroke] {
        guard let bounds = Rect(enclosing: ring) else { return [] }
        let rowGap = pitch * 3.0.squareRoot() / 2
        var strokes: [PracticeStroke] = []
        var y = bounds.minY + inset
        var r = 0
        while y <= bounds.maxY - inset {
            let shift = r.isMultiple(of: 2) ? 0 : pitch / 2
            var row: [Point] = []
            var x = bounds.minX + shift
            while x <= bounds.maxX {
                let p = Point(x, y)
                if PracticeShapes.contains(ring, p), PracticeShapes.distance(p, to: ring) >= inset { row.append(p) }
                x += pitch
            }
            if !row.isEmpty { strokes.append(.dots(strokes.count.isMultiple(of: 2) ? row : row.reversed())) }
            y += rowGap
            r += 1
        }
        return strokes
    }
}
