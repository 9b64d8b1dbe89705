import BatikGeometry
import BatikMotif

/// One step of the process done with one canting: its strokes in drawing order, on the cloth.
public struct CantingPass: Hashable, Sendable {
    public var stepIndex: Int
    public var stepName: String
    public var tool: CantingTool
    /// Pen-downs in the order they are drawn, in cloth millimetres.
    public var strokes: [CantingStroke]
    /// Areas too large for strokes, left to the brush (`kuas`) and waxed by hand; cloth millimetres.
    public var brushAreas: Region

    public init(
        stepIndex: Int, stepName: String, tool: CantingTool, strokes: [CantingStroke], brushAreas: Region = .empty
    ) {
        self.stepIndex = stepIndex
        self.stepName = stepName
        self.tool = tool
        self.strokes = strokes
        self.brushAreas = brushAreas
    }

    /// The label of the pass on layers and in tables: its place in the drawing order (two digits,
    /// from 1), the step's name and the canting, as in "01 nglowong — klowong". The number is the
    /// pass's, not the step's, so that it is unique: vpype takes the first number in a layer's
    /// label as its layer id, and two cantings in one step must stay two layers.
    public func label(number: Int) -> String {
        (number < 10 ? "0\(number)" : "\(number)") + " \(stepName) — \(tool.name)"
    }

    /// Pen-up travel between consecutive strokes of the pass, in millimetres (the travel to the
    /// first stroke is not counted: it depends on where the previous pass ended).
    public var travel: Double {
        guard strokes.count > 1 else { return 0 }
        var total = 0.0
        for i in 1..<strokes.count { total += strokes[i - 1].end.gap(strokes[i].start) }
        return total
    }
}
