public import BatikMotif
public import BatikWax
internal import Foundation

/// The graded drills, level by level. The progression follows what a hand must learn before it
/// can wax a motif (see docs/printable-sheets.md, "Practice sheets (latihan)"):
///
/// 1. straight lines (across, down, slanting) and single dots: an even flow and a clean lift;
/// 2. waves, zigzags and arches: steering while the wax flows;
/// 3. circles and ukel spirals: closing a shape where it began, tightening a curl;
/// 4. rows and grids of cecek and filling a leaf with them: an even pitch by eye;
/// 5. tracing small motifs (a kawung unit, a flower) and filling them with cecek.
extension PracticeDrill {
    /// Width of every drill's model box (and of the practice band beside it), in millimetres:
    /// two fit side by side inside the margins of A4, F4 and Letter.
    public static let boxWidth = 84.0

    /// Default canting for line drills.
    public static let lineTool = CantingTool.library["klowong"]!
    /// Default canting for dot drills.
    public static let dotTool = CantingTool.library["cecek"]!

    /// Distance between neighbouring practice lines: 8 mm (DOMAIN.md: lines 8–10 mm apart in
    /// real work) or more for a wide or multi-spout canting, so lines never run into each other.
    public static func lineSpacing(for tool: CantingTool) -> Double {
        max(8, 4 * tool.lineWidth + spread(of: tool))
    }

    /// Distance between cecek along a row: 2.5 mm (the pitch of real cecek rows, 2.5–3 mm) or
    /// more when the canting's dab is wider, keeping a clear gap of `dotGap` between dabs.
    public static func dotPitch(for tool: CantingTool) -> Double {
        max(2.5, spread(of: tool) + tool.lineWidth + dotGap)
    }

    /// The clear gap kept between the edges of neighbouring dabs (*assumed*: enough that two
    /// dots of hot wax do not flow into one).
    public static let dotGap = 1.2

    /// How far apart the outermost spouts of a multi-spout canting are (0 for one spout).
    static func spread(of tool: CantingTool) -> Double {
        var widest = 0.0
        for a in tool.spouts {
            for b in tool.spouts { widest = max(widest, ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()) }
        }
        return widest
    }

    /// The drills of `level`, drawn for `tool` when given (only the drills of its kind: dot
    /// cantings get the dot drills, every other canting the line drills), else for klowong and
    /// cecek.
    public static func drills(level: Int, tool: CantingTool? = nil) -> [PracticeDrill] {
        let lineTool = tool.map { kind(for: $0) == .line ? $0 : nil } ?? Self.lineTool
        let dotTool = tool.map { kind(for: $0) == .dot ? $0 : nil } ?? Self.dotTool
        var drills: [PracticeDrill] = []
        switch level {
        case 1:
            if let t = lineTool { drills += [horizontalLines(t), verticalLines(t), slantingLines(t)] }
            if let t = dotTool { drills.append(singleDots(t)) }
        case 2:
            if let t = lineTool { drills += [waves(t), zigzags(t), arches(t)] }
        case 3:
            if let t = lineTool { drills += [circles(t), ukels(t)] }
        case 4:
            if let t = dotTool { drills += [cecekRows(t), cecekGrid(t), leafFilling(t)] }
        case 5:
            if let t = lineTool { drills += [kawungUnit(t), flower(t)] }
            if let t = dotTool { drills.append(kawungFilling(t)) }
        default:
            break
        }
        return drills
    }

    /// The levels that have drills for `tool` (all five without one).
    public static func levels(for tool: CantingTool?) -> [Int] {
        levels.filter { !drills(level: $0, tool: tool).isEmpty }
    }

    /// What a level trains, as its page title says it.
    public static func levelTitle(_ level: Int) -> LocalizedText {
        switch level {
        case 1: LocalizedText(id: "Garis lurus dan titik", en: "Straight lines and dots")
        case 2: LocalizedText(id: "Gelombang, zigzag dan lengkung", en: "Waves, zigzags and arches")
        case 3: LocalizedText(id: "Lingkaran dan ukel", en: "Circles and ukel spirals")
        case 4: LocalizedText(id: "Cecek: baris, kisi dan isian", en: "Cecek: rows, grids and filling")
        case 5: LocalizedText(id: "Menjiplak motif kecil", en: "Tracing a small motif")
        default: LocalizedText("")
        }
    }

    /// One sentence under a level's title: why this comes now.
    public static func levelPurpose(_ level: Int) -> LocalizedText {
        switch level {
        case 1:
            LocalizedText(
                id: "Belajar aliran malam yang rata: garis sama tebal dari awal sampai akhir, titik bulat tanpa ekor.",
                en: "Learn an even flow of wax: lines equally thick from start to end, round dots without tails.")
        case 2:
            LocalizedText(
                id: "Belajar mengarahkan canting sambil malam terus mengalir, tanpa berhenti di tikungan.",
                en: "Learn to steer the canting while the wax keeps flowing, without stopping at the turns.")
        case 3:
            LocalizedText(
                id: "Belajar menutup bentuk tepat di titik awal dan memutar ukel makin rapat ke tengah.",
                en: "Learn to close a shape exactly where it began and to turn an ukel tighter towards its centre.")
        case 4:
            LocalizedText(
                id: "Belajar jarak cecek yang rata dengan mata saja, baris demi baris, juga di dalam bentuk.",
                en: "Learn an even dot spacing by eye alone, row by row, also inside a shape.")
        case 5:
            LocalizedText(
                id: "Gabungkan semuanya: tepi motif dulu (klowong), lalu isen-isen (cecek).",
                en: "Put it all together: the motif's outline first (klowong), then the isen (cecek).")
        default: LocalizedText("")
        }
    }
}
