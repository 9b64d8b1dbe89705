import BatikMotif

/// The canting that draws an imported line: the built-in line canting whose wax line is nearest
/// the drawing's stroke width (isen 1.1 mm, klowong 1.8 mm, tembok 3.8 mm). When the stroke is
/// more than `widthTolerance` away from that canting's line, the width is written too, so the
/// preview keeps the drawing's look and the trainer sees the difference.
struct OutlineCanting: Hashable {
    var tool: String
    /// The width to write, nil when the canting's own line is close enough.
    var width: Double?

    /// Millimetres within which a stroke is drawn at the canting's own width.
    static let widthTolerance = 0.05
    static let candidates = ["isen", "klowong", "tembok"]

    init(strokeWidth: Double) {
        let tools = Self.candidates.compactMap { CantingTool.library[$0] }
        let best = tools.min { abs($0.lineWidth - strokeWidth) < abs($1.lineWidth - strokeWidth) }!
        tool = best.name
        width = abs(best.lineWidth - strokeWidth) > Self.widthTolerance ? strokeWidth : nil
    }
}
