public import BatikGeometry
public import BatikMotif
internal import Foundation

/// Drawing the parts of a practice drill: guide strokes in grey at the wax line's true width,
/// the start dot, arrows along the stroke and the stroke's number, all in the accent colour.
extension PageCanvas {
    /// Style of stroke-order numbers.
    static let orderNumberStyle = TextStyle(size: 6.5, weight: .bold, colour: .accent)
    /// Grey of the model's wax lines and dots.
    static let modelAlpha = 0.5

    /// A line stroke of the model: `points` drawn `width` wide in grey, arrows along it every
    /// `arrowEvery` millimetres or so (at least one), and the start marked.
    func practiceLine(
        _ points: [Point], closed: Bool, width: Double, number: Int?, lead: Vector, leadIn: Bool,
        colour: RGBColour = .accent, arrowEvery: Double = 28
    ) {
        guard points.count > 1 else { return }
        stroke(
            BezierPath.polygon(points, closed: closed), width: width * userScale, colour: .pencil, alpha: Self.modelAlpha)
        let length = PracticeShapes.length(points, closed: closed)
        let fractions: [Double] =
            closed ? [0.3, 0.7] : length < 1.2 * arrowEvery ? [0.55] : {
                let count = Int((length / arrowEvery).rounded(.down))
                return (0..<count).map { (Double($0) + 0.5) / Double(count) }
            }()
        let loop = closed ? points + [points[0]] : points
        let unit = 1 / max(userScale, 1e-9)
        for f in fractions {
            let half = min(1.8 * unit, length * 0.1)
            let a = PracticeShapes.point(along: loop, at: max(0, f * length - half)).point
            let b = PracticeShapes.point(along: loop, at: f * length + half).point
            arrow(from: a, to: b, width: 0.35, head: 1.9, colour: colour)
        }
        // On the wax line and a little wider, but never a blot on an enlarged drawing.
        let dot = max(0.8 * unit, min(width / 2 + 0.25, 1.1 * unit))
        startMark(at: points[0], radius: dot, number: number, lead: lead, leadIn: leadIn, colour: colour)
    }

    /// A row of dots of the model: each dab shows the canting's spouts; the first is the start.
    func practiceDots(
        _ points: [Point], tool: CantingTool, number: Int?, lead: Vector, leadIn: Bool, colour: RGBColour = .accent
    ) {
        guard let first = points.first else { return }
        let radius = tool.lineWidth / 2
        for (i, p) in points.enumerated() {
            for spout in tool.spouts {
                fillCircle(
                    centre: Point(p.x + spout.x, p.y + spout.y), radius: radius, colour: i == 0 ? colour : .pencil,
                    alpha: i == 0 ? 1 : 0.85)
            }
        }
        startMark(at: first, radius: nil, number: number, lead: lead, leadIn: leadIn, colour: colour)
    }

    /// The start of a stroke: a dot (unless `radius` is nil), a short arrow coming in along
    /// `-lead` when `leadIn`, and the stroke's number beyond it.
    func startMark(at start: Point, radius: Double?, number: Int?, lead: Vector, leadIn: Bool, colour: RGBColour) {
        // Offsets are page millimetres, whatever the scale the stroke is drawn at.
        let unit = 1 / max(userScale, 1e-9)
        if let radius { fillCircle(centre: start, radius: radius, colour: colour) }
        if leadIn {
            arrow(from: start + lead * (4.4 * unit), to: start + lead * (1.5 * unit), width: 0.3, head: 1.4, colour: colour)
        }
        if let number {
            text(
                String(number), at: start + lead * ((leadIn ? 6.4 : 3.6) * unit),
                style: Self.orderNumberStyle.with(colour: colour), anchor: .centre)
        }
    }
}
