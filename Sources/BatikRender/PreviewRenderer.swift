public import BatikGeometry
public import BatikMotif
internal import BatikWax
internal import CCairo

/// Renders a laid-out motif as a clean vector preview PNG: the ground in the background recipe's
/// colour, every fill and canting outline in its recipe's colour from the colour model, antialiased,
/// at a stated resolution that prints 1:1.
///
/// The image is drawn and written in horizontal bands (`bandHeight` rows), several at once on
/// `threads` threads and handed to the PNG writer in order: memory stays at a few bands whatever
/// the cloth size, and each band draws only the tiles whose ink meets it. Tile marks are converted
/// to Cairo paths once and placed with each placement's transform. The output is a pure function
/// of the inputs: the same layout, motif, DPI, metadata, band height and compression give the same
/// bytes, with any number of threads.
public struct PreviewRenderer: Sendable {
    /// Resolutions accepted: from a thumbnail to a fine print.
    public static let dpiRange: ClosedRange<Double> = 10...1200
    /// Cairo's largest image surface side (and a size every PNG reader accepts).
    public static let maxPixelsPerSide = 32767
    /// One gigapixel as standard (`--limit megapixels=N` changes it): 3 GB of RGB output, far beyond
    /// a full kain at 300 DPI (about 370 megapixels). Checked before any pixel is allocated.
    public static var maxPixelCount: Int64 { Int64(AdjustableLimit.megapixels.value) * 1_000_000 }
    /// Rows drawn at once: 256 rows of a 30000-pixel-wide kain is a 30 MB band.
    public static let defaultBandHeight = 256

    public var dpi: Double
    public var bandHeight: Int
    /// Copy each tile's pre-rendered image to every placement (`TileStamps`) instead of drawing
    /// its marks again; exact to 1/16 pixel. Off only to compare against direct drawing.
    public var useStamps = true
    /// Bands drawn at once, each on its own thread with its own Cairo surface; the PNG still
    /// receives them in order, and the bytes are the same with any number of threads.
    public var threads = PreviewRenderer.defaultThreads
    /// How the PNG is compressed (`render` only; see `PNGWriter.Compression`).
    public var compression = PNGWriter.Compression.balanced
    /// Fewer placements than this are drawn directly.
    static let stampThreshold = 24

    public init(dpi: Double, bandHeight: Int = defaultBandHeight) {
        self.dpi = dpi
        self.bandHeight = bandHeight
    }

    /// Millimetres to device pixels at `dpi`.
    public static func pixelsPerMillimetre(dpi: Double) -> Double { dpi / 25.4 }

    /// The image size for `area` (millimetres) at `dpi`: each side rounded to whole pixels.
    public static func pixelSize(for area: Rect, dpi: Double) -> PixelSize {
        let s = pixelsPerMillimetre(dpi: dpi)
        func pixels(_ mm: Double) -> Int {
            let p = (mm * s).rounded()
            return p.isFinite ? Int(max(min(p, Double(Int32.max)), 0)) : 0
        }
        return PixelSize(width: pixels(area.width), height: pixels(area.height))
    }

    /// The image size, or the reason this render cannot be made.
    public func checkedPixelSize(for area: Rect) throws(RenderError) -> PixelSize {
        guard dpi.isFinite, Self.dpiRange.contains(dpi) else {
            throw .resolutionOutOfRange(dpi: dpi, allowed: Self.dpiRange)
        }
        guard (1...Self.maxPixelsPerSide).contains(bandHeight) else { throw .bandHeightOutOfRange(bandHeight) }
        let size = Self.pixelSize(for: area, dpi: dpi)
        guard area.width.isFinite, area.height.isFinite, size.width >= 1, size.height >= 1 else {
            throw .emptyArea(width: area.width, height: area.height)
        }
        guard size.width <= Self.maxPixelsPerSide, size.height <= Self.maxPixelsPerSide else {
            throw .imageTooWide(size, dpi: dpi, maxSide: Self.maxPixelsPerSide)
        }
        guard size.pixelCount <= Self.maxPixelCount else {
            throw .imageTooLarge(size, dpi: dpi, maxPixels: Self.maxPixelCount)
        }
        return size
    }

    /// Renders `layout` of `motif` as an RGB PNG into `sink` and returns the image size.
    ///
    /// - Parameters:
    ///   - metadata: text chunks added to the defaults (`Title`, `Description`, `Software`,
    ///     `batik:motif`, `batik:parameters`, `batik:dpi`); one with a default's keyword replaces it.
    ///   - sink: receives the PNG's bytes in order, a band at a time; its errors are rethrown.
    /// - Throws: `RenderError` (before any byte is written) for a resolution or size out of range,
    ///   `PaletteError` for a recipe or bath the motif does not define, `CairoError`, `PNGError`,
    ///   or the sink's own error.
    @discardableResult
    public func render(
        layout: MotifLayout, motif: Motif, metadata: [PNGText] = [],
        to sink: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) throws -> PixelSize {
        let size = try checkedPixelSize(for: layout.area)
        let palette = try Palette(motif: motif)
        // Every colour is resolved before the PNG's first byte: a wrong motif writes nothing.
        let art = try TileArt(marks: layout.tileMarks, palette: palette)
        let writer = try PNGWriter(
            width: size.width, height: size.height, pixelFormat: .rgb, dpi: dpi,
            text: Self.metadata(for: motif, dpi: dpi, adding: metadata), compression: compression, sink: sink)
        try drawBands(layout: layout, art: art, palette: palette, size: size) { rgb, _, _ in
            try writer.write(rows: rgb)
        }
        try writer.finish()
        return size
    }

    /// Renders `layout` of `motif` into memory: for listing photos and mockups, which work on the
    /// pixels. Same pixels as the PNG `render` writes.
    public func image(layout: MotifLayout, motif: Motif) throws -> RGBImage {
        let size = try checkedPixelSize(for: layout.area)
        let palette = try Palette(motif: motif)
        let art = try TileArt(marks: layout.tileMarks, palette: palette)
        var image = RGBImage(width: size.width, height: size.height)
        try drawBands(layout: layout, art: art, palette: palette, size: size) { rgb, top, _ in
            image.pixels.withUnsafeMutableBytes { out in
                let offset = top * size.width * 3
                UnsafeMutableRawBufferPointer(rebasing: out[offset..<offset + rgb.count]).copyMemory(from: rgb)
            }
        }
        return image
    }

    /// What one field of the cloth needs for drawing: its layout, its tile drawn once, its colours,
    /// and whether to cut it to its layout's area (a field of a composition) or not (one motif
    /// over the whole image, drawn exactly as before compositions).
    struct FieldDrawing {
        var layout: MotifLayout
        var art: TileArt
        var palette: Palette
        var clipped: Bool
    }

    /// Draws the layout band by band, calling `band` in order with each band's RGB rows, its
    /// first row and its number of rows.
    private func drawBands(
        layout: MotifLayout, art: TileArt, palette: Palette, size: PixelSize,
        band: (_ rgb: UnsafeRawBufferPointer, _ top: Int, _ rows: Int) throws -> Void
    ) throws {
        try drawBands(
            fields: [FieldDrawing(layout: layout, art: art, palette: palette, clipped: false)], area: layout.area,
            size: size, band: band)
    }
}
