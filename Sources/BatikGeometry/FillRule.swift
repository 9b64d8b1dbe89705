/// Which points a closed path covers, as in SVG's `fill-rule` and Cairo's `cairo_fill_rule_t`.
public enum FillRule: String, CaseIterable, Hashable, Sendable {
    /// Inside where the winding number is not zero: overlapping subpaths that run the same way
    /// merge, and a subpath running the other way cuts a hole. SVG's and Cairo's default.
    case nonZero = "nonzero"
    /// Inside where an odd number of boundary crossings separate the point from infinity: every
    /// nested subpath alternates fill and hole, whatever its direction.
    case evenOdd = "evenodd"

    /// Whether a point with winding number `winding` is inside under this rule.
    public func isInside(winding: Int) -> Bool {
        switch self {
        case .nonZero: winding != 0
        case .evenOdd: winding % 2 != 0
        }
    }
}
