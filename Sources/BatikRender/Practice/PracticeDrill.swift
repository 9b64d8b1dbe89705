public import BatikGeometry
public import BatikMotif
public import BatikWax

/// One exercise on a practice sheet: a model drawn in grey with its strokes numbered, the canting
/// to use and one sentence saying how, beside an empty band of the same size to practise on.
/// Everything is at true scale: a millimetre in the box is a millimetre on the cloth.
public struct PracticeDrill: Hashable, Sendable {
    /// What the drill trains: dragging a line, or dabbing dots.
    public enum Kind: String, Hashable, Sendable {
        case line
        case dot
    }

    /// 1 … 5 (see `PracticeDrill.levels`).
    public var level: Int
    /// A stable short name ("garis-datar"), for tests and for finding a drill again.
    public var key: String
    public var title: LocalizedText
    /// One sentence: how to hold and move the canting for this drill.
    public var instruction: LocalizedText
    public var kind: Kind
    /// The canting this drill is drawn for; its spout sets the line width and the dot pitch.
    public var tool: CantingTool
    /// The model box (and the practice band beside it), in millimetres.
    public var size: Size
    /// Strokes in the order they are drawn, numbered from 1.
    public var strokes: [PracticeStroke]
    /// Lines shown but not waxed in this drill (the leaf a filling goes into), in box millimetres.
    public var guides: [BezierPath]
    /// Distance between dot centres along a row, for dot drills (millimetres).
    public var pitch: Double?
    /// Distance between neighbouring lines, for line drills (millimetres).
    public var spacing: Double?

    public init(
        level: Int, key: String, title: LocalizedText, instruction: LocalizedText, kind: Kind, tool: CantingTool,
        size: Size, strokes: [PracticeStroke], guides: [BezierPath] = [], pitch: Double? = nil,
        spacing: Double? = nil
    ) {
        self.level = level
        self.key = key
        self.title = title
        self.instruction = instruction
        self.kind = kind
        self.tool = tool
        self.size = size
        self.strokes = strokes
        self.guides = guides
        self.pitch = pitch
        self.spacing = spacing
    }

    /// The levels of the course, easiest first.
    public static let levels = 1...5

    /// The kind of drill a canting is for: dot cantings (cecek, nitik, the multi-spout dot
    /// heads) dab, every other canting is dragged.
    public static func kind(for tool: CantingTool) -> Kind { tool.use == .dot ? .dot : .line }

    /// "Canting cecek · cucuk 0,8 mm" / "Canting cecek · spout 0.8 mm": the tool line of a drill.
    public var toolLabel: LocalizedText {
        let d = LocalizedText.number(tool.spoutDiameter, decimals: 2)
        let spouts = tool.spouts.count
        let many = spouts > 1 ? LocalizedText(id: " × \(spouts)", en: " × \(spouts)") : LocalizedText("")
        return LocalizedText(
            id: "Canting \(tool.name) · cucuk \(d.id) mm\(many.id)", en: "Canting \(tool.name) · spout \(d.en) mm\(many.en)")
    }
}
