extension BezierPath {
    /// The default accuracy of `length(tolerance:)` in millimetres (`Tolerance.length`, 1 µm).
    public static let defaultLengthTolerance: Double = Tolerance.length

    /// The arc length of what a stroke draws (the closing segment counts for closed subpaths),
    /// within `tolerance` of the exact length. See `PathSegment.length(tolerance:)` for the method.
    public func length(tolerance: Double = BezierPath.defaultLengthTolerance) -> Double {
        precondition(tolerance > 0 && tolerance.isFinite, "length tolerance must be positive, got \(tolerance)")
        let subpaths = segmentedSubpaths
        let count = subpaths.reduce(0) { $0 + $1.strokedSegments.count }
        guard count > 0 else { return 0 }
        // Sharing the tolerance keeps the total within it, not just each piece.
        let each = tolerance / Double(count)
        return subpaths.reduce(0) { sum, s in s.strokedSegments.reduce(sum) { $0 + $1.length(tolerance: each) } }
    }

    /// The tight bounding box of everything the path draws: the segments' end points and their
    /// interior extremes (roots of each coordinate's derivative; for cubics, a quadratic). Nil when
    /// the path draws nothing. `controlBounds` is the cheaper, looser box.
    public var bounds: Rect? {
        var box: Rect?
        for subpath in segmentedSubpaths {
            for segment in subpath.segments {
                let b = segment.bounds
                box = box.map { $0.union(b) } ?? b
            }
        }
        return box
    }

    /// The signed area the path encloses, every subpath closed by a straight segment as a fill
    /// closes it. Exact for lines, Béziers (Green's theorem, ½∮ x dy − y dx, integrated exactly)
    /// and arcs (closed form on the ellipse).
    ///
    /// Sign: with y down, a subpath that runs clockwise on paper (from +x toward +y, the direction
    /// of positive `Angle`s) has positive area. A reflection flips the sign; overlapping subpaths
    /// add up, so this is the area under the non-zero rule only when the subpaths neither overlap
    /// nor cross themselves.
    public var signedArea: Double {
        segmentedSubpaths.reduce(0) { sum, s in s.filledSegments.reduce(sum) { $0 + $1.areaContribution } }
    }
}
