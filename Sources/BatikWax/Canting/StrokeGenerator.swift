import BatikGeometry
import BatikMotif

/// Turns one job's lines, dots and areas into pen-downs, in the job's own (tile-local) frame.
///
/// Lines are drawn along their centreline; dots become dabs (several at once for a multi-spout
/// canting, see `SpoutPattern`); areas are blocked as `AreaFill` decides, and pieces too large for
/// strokes go to the brush.
enum StrokeGenerator {
    struct Output: Sendable {
        var strokes: [CantingStroke]
        var brush: [Polygon]
        var methods: [AreaFill.Method]
    }

    static func strokes(for job: CantingJob, options: CantingPlanOptions) throws(RegionError) -> Output {
        var strokes: [CantingStroke] = []
        for line in job.lines where !line.points.isEmpty {
            strokes.append(Self.stroke(line))
        }
        strokes += SpoutPattern.dabs(
            for: job.dots, tool: job.tool, tolerance: job.tool.spoutDiameter * options.spoutMatchFraction)
        var brush: [Polygon] = []
        var methods: [AreaFill.Method] = []
        for piece in try AreaFill.pieces(of: job.areas, tool: job.tool, options: options) {
            methods.append(piece.method)
            if piece.method == .brush {
                brush.append(piece.polygon)
            } else {
                strokes += piece.lines.map(Self.stroke)
            }
        }
        return Output(strokes: strokes, brush: brush, methods: methods)
    }

    /// A polyline as a pen-down: a dab when it has no length.
    static func stroke(_ line: Polyline) -> CantingStroke {
        var points: [Point] = []
        for p in line.points where points.last != p { points.append(p) }
        if line.isClosed, points.count > 1, points.first == points.last { points.removeLast() }
        if points.count == 1 { return .dab(at: points[0]) }
        if line.isClosed && points.count < 3 { return CantingStroke(kind: .line, points: points, isClosed: false) }
        return CantingStroke(kind: .line, points: points, isClosed: line.isClosed)
    }
}
