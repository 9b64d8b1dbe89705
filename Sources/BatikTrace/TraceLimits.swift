/// Bounds on a tracing, checked before the work they bound, so a photo of a busy tablecloth or a
/// huge scan is refused with a reason instead of running for minutes or writing a motif file too
/// large to load.
public enum TraceLimits {
    /// Pixels of the image to trace (after straightening): 25 megapixels, an A3 page scanned at
    /// 300 dpi (17 MP) or a phone photo (12 MP) fit; the tracer holds about 5 bytes a pixel.
    public static let pixels = 25_000_000
    /// Separate pieces of ink after despeckling: a drawing has tens or hundreds; thousands are
    /// paper texture or noise the threshold took for ink.
    public static let outlines = 4000
    /// Curve segments over all pieces, as potrace gives them.
    public static let segments = 200_000
    /// Edge samples of the medial axis over the whole drawing: the ink's edges measured in eighths
    /// of the pen's width (`MedialAxis` samples that densely), the work of finding the middle
    /// lines. A page of pen drawing is tens of thousands; a million is a page of fine lattice,
    /// about a minute in a release build.
    public static let edgeSamples = 1_000_000
    /// Lines and filled areas in the motif written: each is an element of the file.
    public static let elements = 20_000
}
