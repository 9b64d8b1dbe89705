import BatikGeometry

/// Ordered strokes and dabs for every step and canting of a design on a piece of cloth: what a
/// batik maker (or a wax plotter) draws, pass by pass.
public struct CantingPlan: Hashable, Sendable {
    /// The cloth area in millimetres (origin at the cloth's top-left corner, y down).
    public var area: Rect
    /// Passes in drawing order: by step, then by canting in the order the jobs named them.
    public var passes: [CantingPass]
    /// Lower bounds on the pen-up travel of each pass (same order as `passes`); see `TravelBound`.
    public var travelBounds: [TravelBound]

    public init(area: Rect, passes: [CantingPass], travelBounds: [TravelBound]) {
        self.area = area
        self.passes = passes
        self.travelBounds = travelBounds
    }

    /// The label of each pass, in order (see `CantingPass.label(number:)`).
    public var labels: [String] { passes.enumerated().map { $1.label(number: $0 + 1) } }
}
