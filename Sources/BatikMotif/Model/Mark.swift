import BatikGeometry

/// One piece of the design placed on the cloth (or in a tile): an area filled with a recipe
/// colour, an outline drawn with a canting, or both.
public struct Mark: Hashable, Sendable {
    /// What the mark is on the cloth, which decides how it is waxed.
    public enum Kind: String, Hashable, Sendable {
        /// A shape: an area (`fill`) and/or its outline, drawn with the outline's canting.
        case shape
        /// An isen-isen line (sawut, galaran, ukel…): an open or closed stroke drawn with `outline`'s
        /// canting; never filled.
        case isenLine
        /// An isen-isen dot (cecek): the path is one point (a zero-length line), dabbed with
        /// `outline`'s canting, its diameter the stroke width.
        case isenDot
    }

    /// The shape, in millimetres.
    public var path: BezierPath
    /// The recipe filling the inside, nil for outline-only marks and open paths.
    public var fill: String?
    /// The wax line along the path, nil for fill-only marks.
    public var outline: Stroke?
    /// Draw order: higher covers lower; equal orders keep file order.
    public var order: Int
    public var kind: Kind

    public init(path: BezierPath, fill: String?, outline: Stroke?, order: Int, kind: Kind = .shape) {
        self.path = path
        self.fill = fill
        self.outline = outline
        self.order = order
        self.kind = kind
    }

    public func transformed(by t: AffineTransform) -> Mark {
        var copy = self
        copy.path = path.transformed(by: t)
        if var s = outline {
            s.width *= t.meanScale
            copy.outline = s
        }
        return copy
    }
}
