extension BezierPath {
    /// The default flattening tolerance in millimetres (`Tolerance.flattening`, 0.05 mm). Pass
    /// `Tolerance.raster` (0.25) when flattening in device pixels for raster output, or
    /// `Tolerance.shape` (0.1 mm) when fitting shapes.
    public static let defaultFlatteningTolerance: Double = Tolerance.flattening

    /// The path as polylines, one per subpath that draws something, such that every point of the
    /// path lies within `tolerance` of its polyline and every polyline vertex lies on the path.
    ///
    /// Béziers use Wang's subdivision bound and arcs the sagitta of their larger radius (see
    /// `PathSegment.flatteningSteps`). A subpath ended by `close` gives a closed polyline, whose
    /// first point is not repeated at the end.
    public func flattened(tolerance: Double = BezierPath.defaultFlatteningTolerance) -> [Polyline] {
        precondition(tolerance > 0 && tolerance.isFinite, "flattening tolerance must be positive, got \(tolerance)")
        return segmentedSubpaths.map { $0.flattened(tolerance: tolerance) }
    }
}

extension SegmentedSubpath {
    func flattened(tolerance: Double) -> Polyline {
        var points = [start]
        for segment in segments {
            for p in segment.flattenedPoints(tolerance: tolerance) where p != points[points.count - 1] {
                points.append(p)
            }
        }
        if isClosed, points.count > 1, points[points.count - 1] == points[0] { points.removeLast() }
        return Polyline(points, isClosed: isClosed)
    }
}
