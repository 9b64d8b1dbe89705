/// The toolkit's named tolerances, in one place so that every approximating function documents
/// where its default comes from (kurbo's convention: an explicit `tolerance:` everywhere, with a
/// documented default).
///
/// World units are millimetres on the cloth; a tolerance is the largest distance the approximation
/// may stray from the exact shape.
public enum Tolerance {
    /// For flattening that feeds a raster: a quarter of a device pixel is below what anyone can
    /// see after antialiasing (kurbo and Skia use the same figure). In device units, not mm.
    public static let raster: Double = 0.25

    /// For fitting and offsetting shapes (booleans, insets, region outlines): 0.1 mm is a tenth of
    /// the finest canting spout (about 1 mm), so the wax line cannot show it.
    public static let shape: Double = 0.1

    /// The default for `BezierPath.flattened(tolerance:)` in world units: half of `shape`, so that
    /// a shape flattened and then offset or clipped still stays within `shape` of the exact curve.
    public static let flattening: Double = 0.05

    /// The default for measuring lengths (canting path lengths, wax estimates): 1 µm, far below
    /// any physical effect but cheap, since the length estimates converge quickly.
    public static let length: Double = 1e-3

    /// For analytic work that should be exact up to rounding (solving for extrema, comparing
    /// transforms in tests): 1e-6 mm.
    public static let analytic: Double = 1e-6
}
