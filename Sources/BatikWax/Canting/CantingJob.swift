import BatikGeometry
import BatikMotif

/// Wax work for one canting in one step of the process: what the planner turns into strokes.
///
/// Everything is in tile-local millimetres: a repeat is planned once and placed by the layout's
/// placements. The resist plan (`ResistPlan`) produces these per step; until a plan exists,
/// `CantingJob.fromMarks` builds them straight from a motif's marks.
public struct CantingJob: Hashable, Sendable {
    /// Position of the step in the process (0-based); passes are drawn in this order.
    public var stepIndex: Int
    /// The step's name in the batik makers' words (`nglowong`, `ngiseni`, `nembok`).
    public var stepName: String
    /// The canting that does the work.
    public var tool: CantingTool
    /// Centrelines to draw (outlines, isen-isen lines).
    public var lines: [Polyline]
    /// Dot centres to dab (cecek, nitik).
    public var dots: [Point]
    /// Areas to cover with wax (blocking, nembok).
    public var areas: Region

    public init(
        stepIndex: Int, stepName: String, tool: CantingTool, lines: [Polyline] = [], dots: [Point] = [],
        areas: Region = .empty
    ) {
        self.stepIndex = stepIndex
        self.stepName = stepName
        self.tool = tool
        self.lines = lines
        self.dots = dots
        self.areas = areas
    }

    /// True when there is nothing to draw.
    public var isEmpty: Bool { lines.isEmpty && dots.isEmpty && areas.isEmpty }
}
