import BatikGeometry

/// One piece of the design placed on the cloth (or in a tile): an area filled with a recipe
/// colour, an outline drawn with a canting, or both.
public struct Mark: Hashable, Sendable {
    /// The shape, in millimetres.
    public var path: BezierPath
    /// The recipe filling the inside, nil for outline-only marks and open paths.
    public var fill: String?
    /// The wax line along the path, nil for fill-only marks.
    public var outline: Stroke?
    /// Draw order: higher covers lower; equal orders keep file order.
    public var order: Int

    public init(path: BezierPath, fill: String?, outline: Stroke?, order: Int) {
        self.path = path
        self.fill = fill
        self.outline = outline
        self.order = order
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
