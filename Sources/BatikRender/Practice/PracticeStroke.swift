public import BatikGeometry

/// One numbered stroke of a practice drill: a line dragged with the canting, or a row of dots
/// dabbed one after another. Points are in the drill box's millimetres (y down), in the order the
/// hand goes.
public struct PracticeStroke: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// The canting is dragged along the points without lifting.
        case line
        /// The canting touches down once at every point, in order.
        case dots
    }

    public var kind: Kind
    public var points: [Point]
    /// A line that comes back to its first point (a circle, an oval).
    public var isClosed: Bool
    /// Where the stroke's number and lead-in arrow sit, seen from the start (a unit vector); nil
    /// puts them behind the start, against the direction of travel.
    public var lead: Vector?

    public init(kind: Kind, points: [Point], isClosed: Bool = false, lead: Vector? = nil) {
        self.kind = kind
        self.points = points
        self.isClosed = isClosed
        self.lead = lead
    }

    public static func line(_ points: [Point], closed: Bool = false, lead: Vector? = nil) -> PracticeStroke {
        PracticeStroke(kind: .line, points: points, isClosed: closed, lead: lead)
    }

    public static func dots(_ points: [Point], lead: Vector? = nil) -> PracticeStroke {
        PracticeStroke(kind: .dots, points: points, lead: lead)
    }

    /// Where the canting goes down first.
    public var start: Point { points[0] }

    /// The direction of travel at the start (along +x for a single dot).
    public var startDirection: Vector {
        for p in points.dropFirst() where p.distance(to: points[0]) > 1e-6 {
            return (p - points[0]).normalized
        }
        return Vector(1, 0)
    }

    /// The side of the start where the number goes.
    public var leadDirection: Vector { lead?.normalized ?? -startDirection }

    /// The stroke moved by `offset`.
    public func translated(by offset: Vector) -> PracticeStroke {
        var copy = self
        copy.points = points.map { $0 + offset }
        return copy
    }
}
