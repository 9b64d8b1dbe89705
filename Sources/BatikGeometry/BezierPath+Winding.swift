extension BezierPath {
    /// The winding number of the path around `point`, every subpath closed as a fill closes it:
    /// +1 for each subpath that runs once clockwise on paper around the point (the sign of a
    /// positive `signedArea`), −1 for each that runs counter-clockwise. Exact on the curves
    /// (not on a flattening); a point on the outline itself may count either way.
    public func winding(at point: Point) -> Int {
        segmentedSubpaths.reduce(0) { sum, s in
            s.filledSegments.reduce(sum) { $0 + $1.windingContribution(at: point) }
        }
    }

    /// Whether the fill of the path under `fillRule` covers `point`.
    public func contains(_ point: Point, fillRule: FillRule = .nonZero) -> Bool {
        fillRule.isInside(winding: winding(at: point))
    }
}
