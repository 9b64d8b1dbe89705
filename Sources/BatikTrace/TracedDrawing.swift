public import BatikGeometry

/// A traced drawing in millimetres on the cloth, centred on (0, 0), y down: what a motif file is
/// written from.
public struct TracedDrawing: Hashable, Sendable {
    /// Areas the pen filled in: closed paths (holes run the other way round), to be filled.
    public var fills: [BezierPath]
    /// The middle lines of the pen lines, to be drawn with a canting `penWidth` wide.
    public var lines: [Polyline]
    /// The measured width of the pen lines, in mm on the cloth.
    public var penWidth: Double
    /// The box around the ink, in mm.
    public var size: Size
    /// What the tracing found, for the person running it.
    public var report: TraceReport

    public init(fills: [BezierPath], lines: [Polyline], penWidth: Double, size: Size, report: TraceReport) {
        self.fills = fills
        self.lines = lines
        self.penWidth = penWidth
        self.size = size
        self.report = report
    }
}

/// Figures of one tracing: enough to tell whether the threshold and despeckle were right.
public struct TraceReport: Hashable, Sendable {
    /// The pixels traced (after straightening).
    public var width: Int
    public var height: Int
    /// The grey level used, and whether Otsu's method chose it.
    public var threshold: UInt8
    public var thresholdIsAutomatic: Bool
    /// Connected pieces of ink after despeckling.
    public var pieces: Int
    /// Millimetres on the cloth per pixel.
    public var millimetresPerPixel: Double
    /// The pen width in pixels.
    public var penWidthPixels: Double

    public init(
        width: Int, height: Int, threshold: UInt8, thresholdIsAutomatic: Bool, pieces: Int, millimetresPerPixel: Double,
        penWidthPixels: Double
    ) {
        self.width = width
        self.height = height
        self.threshold = threshold
        self.thresholdIsAutomatic = thresholdIsAutomatic
        self.pieces = pieces
        self.millimetresPerPixel = millimetresPerPixel
        self.penWidthPixels = penWidthPixels
    }
}
