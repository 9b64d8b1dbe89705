import BatikGeometry

/// Where one isen fill goes: one placed copy of an element's closed shape, in tile millimetres,
/// and what the filler needs to know about how the element was placed.
public struct IsenPlacement: Hashable, Sendable {
    /// The element's closed shape, already moved into place.
    public var shape: BezierPath
    /// Width of the element's outline (0 without one); the fill keeps half of it clear.
    public var outlineWidth: Double
    /// Carries the element's own coordinates into place (its `scale`, `mirror`, `rotate`, `at`,
    /// then the repeat copy). Grids and line angles are laid out in this frame, without its scale.
    public var frame: AffineTransform
    /// The centre of the repeat that made this copy (`rotate` or `arc`), if any; sawut fans out
    /// from the shape's end nearest to it.
    public var repeatCentre: Point?
    /// Draw order of the marks made.
    public var order: Int
    /// Which copy this is, counted over every copy of the element: each copy gets its own jitter.
    public var copy: Int
    /// What is drawn over the shape (fills and outlines of marks drawn after it): the fill keeps
    /// clear of it as it keeps clear of the outline, since a dot there would be hidden or cut.
    public var covered: Region

    public init(
        shape: BezierPath, outlineWidth: Double = 0, frame: AffineTransform = .identity, repeatCentre: Point? = nil,
        order: Int = 0, copy: Int = 0, covered: Region = .empty
    ) {
        self.shape = shape
        self.outlineWidth = outlineWidth
        self.frame = frame
        self.repeatCentre = repeatCentre
        self.order = order
        self.copy = copy
        self.covered = covered
    }
}
