public import BatikGeometry

/// One connected piece of ink as potrace traced it: its outer edge and the edges of the paper
/// holes inside it, closed Bézier curves in image pixels (x right, y down).
public struct TracedOutline: Hashable, Sendable {
    /// The outer edge, one closed subpath.
    public var exterior: BezierPath
    /// The holes, one closed subpath each.
    public var holes: [BezierPath]

    public init(exterior: BezierPath, holes: [BezierPath]) {
        self.exterior = exterior
        self.holes = holes
    }

    /// The edge and holes as one path; the holes run the other way round, so a non-zero fill
    /// leaves them empty (potrace gives holes the opposite orientation).
    public var path: BezierPath { holes.reduce(exterior) { $0.appending($1) } }

    /// Curve segments in all of its subpaths: the work its later steps cost.
    public var segmentCount: Int { path.elements.count }
}
