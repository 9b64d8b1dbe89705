public import BatikGeometry

/// What `Tracer.trace` is asked to do.
public struct TraceOptions: Hashable, Sendable {
    /// The grey level (0…255) at or below which a pixel is ink; nil: Otsu's method picks it.
    public var threshold: UInt8?
    /// Specks of ink (and paper holes in ink) of at most this many pixels are dropped.
    public var despeckle: Int
    /// The real size of the drawing.
    public var scale: TraceScale
    /// The corners of the page in the photo (top-left, top-right, bottom-right, bottom-left, image
    /// pixels): the page is straightened to a rectangle before anything else.
    public var corners: [Point]?
    /// Even out uneven lighting before thresholding (`GreyImage.evenlyLit`).
    public var evenLighting: Bool
    /// The most pixels traced; `TraceLimits.pixels` unless a test asks for less.
    public var maxPixels: Int

    public init(
        threshold: UInt8? = nil, despeckle: Int = Self.defaultDespeckle, scale: TraceScale, corners: [Point]? = nil,
        evenLighting: Bool = true, maxPixels: Int = TraceLimits.pixels
    ) {
        self.threshold = threshold
        self.despeckle = despeckle
        self.scale = scale
        self.corners = corners
        self.evenLighting = evenLighting
        self.maxPixels = maxPixels
    }

    /// Specks up to 10 pixels go: dust and paper grain at 300 dpi, far below a pen dot (a 0.5 mm
    /// dot at 300 dpi is about 28 pixels).
    public static let defaultDespeckle = 10

    /// The smallest difference in grey between the ink and the paper that is taken for a
    /// drawing: below it the two classes Otsu found are the paper's own grain.
    public static let minimumContrast = 40.0
}
