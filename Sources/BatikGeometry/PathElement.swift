/// One drawing command of a `BezierPath`, in absolute coordinates.
public enum PathElement: Hashable, Sendable {
    case move(to: Point)
    case line(to: Point)
    case quad(control: Point, to: Point)
    case cubic(control1: Point, control2: Point, to: Point)
    /// An elliptic arc in SVG's endpoint form (SVG 1.1, appendix F.6): radii, the x-axis rotation of
    /// the ellipse, which of the four candidate arcs, and the end point.
    case arc(radii: Vector, rotation: Angle, largeArc: Bool, sweep: Bool, to: Point)
    case close
}
