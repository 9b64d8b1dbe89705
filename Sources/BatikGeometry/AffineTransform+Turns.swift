extension AffineTransform {
    /// Rotation by k/n of a full turn about `center`, with exact coefficients whenever the angle is
    /// a multiple of 30° (cos and sin from the table 0, ½, √3/2, 1 rather than from `cos(π/2)`,
    /// which is 6e-17, not 0). Symmetry copies then meet exactly, and a quarter turn of a grid
    /// point lands on a grid point.
    static func rotation(turns k: Int, of n: Int, about center: Point = .zero) -> AffineTransform {
        precondition(n > 0, "a rotation needs a positive number of steps per turn")
        let twelfths = 12 * k
        let linear: AffineTransform
        if twelfths % n == 0 {
            let m = ((twelfths / n) % 12 + 12) % 12
            let half3 = 3.0.squareRoot() / 2
            let cosines = [1, half3, 0.5, 0, -0.5, -half3, -1, -half3, -0.5, 0, 0.5, half3]
            let c = cosines[m], s = cosines[(m + 9) % 12]
            linear = AffineTransform(xx: c, yx: s, xy: -s, yy: c, x0: 0, y0: 0)
        } else {
            linear = .rotation(.radians(2 * .pi * Double(k) / Double(n)))
        }
        return center == .zero ? linear : AffineTransform.translation(-center.vector).then(linear).thenTranslated(by: center.vector)
    }

    /// Reflection across the horizontal line y = `y` (x unchanged, y mirrored), exact.
    static func mirrorVertically(about y: Double) -> AffineTransform {
        AffineTransform(xx: 1, yx: 0, xy: 0, yy: -1, x0: 0, y0: 2 * y)
    }
}
