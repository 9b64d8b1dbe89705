/// Moving a region: every ring mapped through an affine transform. A reflection reverses the rings'
/// direction, which `Region(polygons:)` normalizes again, so the result is a normal region.
extension Region {
    /// The region mapped through `t` (a non-singular transform keeps a valid region valid).
    public func transformed(by t: AffineTransform) -> Region {
        if t == .identity { return self }
        return Region(
            polygons: polygons.map { p in
                Polygon(exterior: p.exterior.map(t.apply), holes: p.holes.map { $0.map(t.apply) })
            })
    }

    /// The region moved by `v`.
    public func translated(by v: Vector) -> Region { transformed(by: .translation(v)) }
}
