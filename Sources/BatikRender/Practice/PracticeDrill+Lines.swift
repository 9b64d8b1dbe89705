internal import BatikGeometry
internal import BatikMotif
internal import BatikWax
internal import Foundation

/// Levels 1–3: lines, curves and closed shapes dragged with one canting. Strokes start far enough
/// from the box's edge (`leftStart`) for the lead-in arrow and the stroke number to fit.
extension PracticeDrill {
    /// x of the first stroke's start: room for the number and lead-in arrow on its left.
    static let leftStart = 13.0
    /// Room kept free at the box's right edge.
    static let rightMargin = 6.0

    static func horizontalLines(_ tool: CantingTool) -> PracticeDrill {
        let s = lineSpacing(for: tool)
        let count = 5
        let strokes = (0..<count).map { k in
            PracticeStroke.line([Point(leftStart, 8 + Double(k) * s), Point(boxWidth - rightMargin, 8 + Double(k) * s)])
        }
        return PracticeDrill(
            level: 1, key: "garis-datar", title: LocalizedText(id: "Garis mendatar", en: "Horizontal lines"),
            instruction: LocalizedText(
                id: "Tarik garis dari kiri ke kanan dengan kecepatan tetap; angkat canting di ujung garis.",
                en: "Draw each line from left to right at a steady speed; lift the canting at the end."),
            kind: .line, tool: tool, size: Size(boxWidth, 16 + Double(count - 1) * s), strokes: strokes, spacing: s)
    }

    static func verticalLines(_ tool: CantingTool) -> PracticeDrill {
        let s = lineSpacing(for: tool)
        let height = 44.0
        var strokes: [PracticeStroke] = []
        var x = leftStart - 3
        while x <= boxWidth - rightMargin {
            strokes.append(.line([Point(x, 11), Point(x, height - 5)]))
            x += s
        }
        return PracticeDrill(
            level: 1, key: "garis-tegak", title: LocalizedText(id: "Garis tegak", en: "Vertical lines"),
            instruction: LocalizedText(
                id: "Tarik garis dari atas ke bawah, menuju badan Anda; jaga canting tetap miring sama.",
                en: "Draw each line from top to bottom, towards your body; keep the canting at the same tilt."),
            kind: .line, tool: tool, size: Size(boxWidth, height), strokes: strokes, spacing: s)
    }

    static func slantingLines(_ tool: CantingTool) -> PracticeDrill {
        let s = lineSpacing(for: tool)
        let height = 44.0
        let drop = height - 16
        // Lines at 45°: `s` apart across the lines is s·√2 along a row.
        let step = s * 2.0.squareRoot()
        var strokes: [PracticeStroke] = []
        var x = leftStart
        while x + drop <= boxWidth - rightMargin {
            strokes.append(.line([Point(x, 11), Point(x + drop, 11 + drop)]))
            x += step
        }
        return PracticeDrill(
            level: 1, key: "garis-miring", title: LocalizedText(id: "Garis miring", en: "Slanting lines"),
            instruction: LocalizedText(
                id: "Tarik garis miring dari kiri atas ke kanan bawah; jarak antar garis tetap sama.",
                en: "Draw slanting lines from top left to bottom right, keeping the same distance between them."),
            kind: .line, tool: tool, size: Size(boxWidth, height), strokes: strokes, spacing: s)
    }

    static func waves(_ tool: CantingTool) -> PracticeDrill {
        let s = lineSpacing(for: tool) + 3
        let amplitude = s * 0.3
        let count = 4
        let length = boxWidth - rightMargin - leftStart
        let strokes = (0..<count).map { k in
            PracticeStroke.line(
                PracticeShapes.wave(
                    from: Point(leftStart, 9 + Double(k) * s), length: length, amplitude: amplitude, wavelength: 16))
        }
        return PracticeDrill(
            level: 2, key: "gelombang", title: LocalizedText(id: "Gelombang", en: "Waves"),
            instruction: LocalizedText(
                id: "Ikuti gelombang dari kiri ke kanan tanpa berhenti; putar pergelangan, bukan bahu.",
                en: "Follow the wave from left to right without stopping; turn the wrist, not the shoulder."),
            kind: .line, tool: tool, size: Size(boxWidth, 18 + Double(count - 1) * s), strokes: strokes, spacing: s)
    }

    static func zigzags(_ tool: CantingTool) -> PracticeDrill {
        let s = lineSpacing(for: tool) + 3
        let amplitude = s * 0.3
        let count = 4
        let length = boxWidth - rightMargin - leftStart
        let strokes = (0..<count).map { k in
            PracticeStroke.line(
                PracticeShapes.zigzag(
                    from: Point(leftStart, 9 + Double(k) * s), length: length, amplitude: amplitude, halfPeriod: 8))
        }
        return PracticeDrill(
            level: 2, key: "zigzag", title: LocalizedText(id: "Zigzag", en: "Zigzags"),
            instruction: LocalizedText(
                id: "Buat sudut yang tajam: di setiap ujung berhenti sebentar, lalu ganti arah tanpa mengangkat canting.",
                en: "Make sharp corners: pause for a moment at each point, then change direction without lifting."),
            kind: .line, tool: tool, size: Size(boxWidth, 18 + Double(count - 1) * s), strokes: strokes, spacing: s)
    }

    static func arches(_ tool: CantingTool) -> PracticeDrill {
        let s = lineSpacing(for: tool) + 4
        let radius = 4.0
        let count = 3
        let archCount = Int(((boxWidth - rightMargin - leftStart) / (2 * radius)).rounded(.down))
        let strokes = (0..<count).map { k in
            PracticeStroke.line(
                PracticeShapes.arches(from: Point(leftStart, 11 + Double(k) * s), count: archCount, radius: radius))
        }
        return PracticeDrill(
            level: 2, key: "lengkung", title: LocalizedText(id: "Lengkung berderet", en: "Rows of arches"),
            instruction: LocalizedText(
                id: "Lengkung demi lengkung dalam satu tarikan, seperti tepi sisik; ujung tiap lengkung menyentuh garis dasar.",
                en: "Arch after arch in one stroke, like the edge of fish scales; each arch comes down to the base line."),
            kind: .line, tool: tool, size: Size(boxWidth, 16 + Double(count - 1) * s), strokes: strokes, spacing: s)
    }

    static func circles(_ tool: CantingTool) -> PracticeDrill {
        var strokes: [PracticeStroke] = []
        // Large circles, then a row of small ones: small circles are the harder ones to close.
        var x = leftStart
        for d in [10.0, 16, 22] {
            strokes.append(.line(PracticeShapes.circle(centre: Point(x + d / 2, 19), radius: d / 2), closed: true))
            x += d + 10
        }
        x = leftStart
        for _ in 0..<4 {
            strokes.append(.line(PracticeShapes.circle(centre: Point(x + 4, 42), radius: 4), closed: true))
            x += 8 + 10
        }
        return PracticeDrill(
            level: 3, key: "lingkaran", title: LocalizedText(id: "Lingkaran", en: "Circles"),
            instruction: LocalizedText(
                id: "Mulai di atas, putar searah jarum jam dan tutup tepat di titik awal tanpa tumpukan malam.",
                en: "Start at the top, go round clockwise and close exactly at the start without a blob of wax."),
            kind: .line, tool: tool, size: Size(boxWidth, 51), strokes: strokes)
    }

    static func ukels(_ tool: CantingTool) -> PracticeDrill {
        var strokes: [PracticeStroke] = []
        var x = leftStart
        for _ in 0..<3 {
            strokes.append(.line(PracticeShapes.ukel(centre: Point(x + 9, 17), radius: 9), lead: Vector(-1, 0)))
            x += 18 + 9
        }
        x = leftStart
        for _ in 0..<4 {
            strokes.append(
                .line(PracticeShapes.ukel(centre: Point(x + 5.5, 42), radius: 5.5, turns: 1.75, inner: 0.2), lead: Vector(-1, 0)))
            x += 11 + 9
        }
        return PracticeDrill(
            level: 3, key: "ukel", title: LocalizedText(id: "Ukel (spiral)", en: "Ukel spirals"),
            instruction: LocalizedText(
                id: "Mulai dari luar, putar searah jarum jam makin rapat ke tengah; jarak antar putaran tetap sama.",
                en: "Start outside and turn clockwise, tighter towards the centre, keeping the turns evenly spaced."),
            kind: .line, tool: tool, size: Size(boxWidth, 52), strokes: strokes)
    }
}
