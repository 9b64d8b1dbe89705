public import BatikGeometry
public import BatikMotif
internal import BatikWax
internal import CCairo

/// Renders a laid-out motif as a clean vector preview PNG: the ground in the background recipe's
/// colour, every fill and canting outline in its recipe's colour from the colour model, antialiased,
/// at a stated resolution that prints 1:1.
///
/// The image is drawn and written in horizontal bands (`bandHeight` rows): memory stays at one
/// band whatever the cloth size, and each band draws only the tiles whose ink meets it. Tile marks
/// are converted to Cairo paths once and placed with each placement's transform. The output is a
/// pure function of the inputs: the same layout, motif, DPI and metadata give the same bytes, with
/// any band height.
public struct PreviewRenderer: Sendable {
    /// Resolutions accepted: from a thumbnail to a fine print.
    public static let dpiRange: ClosedRange<Double> = 10...1200
    /// Cairo's largest image surface side (and a size every PNG reader accepts).
    public static let maxPixelsPerSide = 32767
    /// One gigapixel: 3 GB of RGB output, far beyond a full kain at 300 DPI (about 370 megapixels).
    public static let maxPixelCount: Int64 = 1_000_000_000
    /// Rows drawn at once: 256 rows of a 30000-pixel-wide kain is a 30 MB band.
    public static let defaultBandHeight = 256

    public var dpi: Double
    public var bandHeight: Int
    /// Copy each tile's pre-rendered image to every placement (`TileStamps`) instead of drawing
    /// its marks again; exact to 1/16 pixel. Off only to compare against direct drawing.
    public var useStamps = true
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
            text: Self.metadata(for: motif, dpi: dpi, adding: metadata), sink: sink)
        var rgb = [UInt8](repeating: 0, count: size.width * 3 * min(bandHeight, size.height))
        try drawBands(layout: layout, art: art, palette: palette, size: size) { surface, top, rows in
            try writer.write(band: surface, rows: rows, width: size.width, scratch: &rgb)
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
        try drawBands(layout: layout, art: art, palette: palette, size: size) { surface, top, rows in
            try surface.flush()
            image.pixels.withUnsafeMutableBytes { out in
                let offset = top * size.width * 3
                let target = UnsafeMutableRawBufferPointer(rebasing: out[offset..<offset + rows * size.width * 3])
                surface.withImageData { argb in
                    ARGB32.convertToRGB(argb, stride: surface.imageStride, width: size.width, rows: rows, into: target)
                }
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

    /// Draws the layout band by band into one band surface, calling `band` with the surface, the
    /// band's first row and its number of rows.
    private func drawBands(
        layout: MotifLayout, art: TileArt, palette: Palette, size: PixelSize,
        band: (CairoSurface, _ top: Int, _ rows: Int) throws -> Void
    ) throws {
        try drawBands(
            fields: [FieldDrawing(layout: layout, art: art, palette: palette, clipped: false)], area: layout.area,
            size: size, band: band)
    }

    /// Draws the fields band by band. Each clipped field paints its ground and its tiles inside its
    /// rectangle, snapped to whole pixels so that neighbouring fields meet without a seam.
    func drawBands(
        fields: [FieldDrawing], area: Rect, size: PixelSize,
        band: (CairoSurface, _ top: Int, _ rows: Int) throws -> Void
    ) throws {
        let s = Self.pixelsPerMillimetre(dpi: dpi)
        let rowsPerBand = min(bandHeight, size.height)
        let surface = try CairoSurface.image(width: size.width, height: rowsPerBand)
        let context = try CairoContext(surface: surface)
        context.setAntialias(.good)
        context.setFillRule(.winding)
        context.setRoundLineEnds()
        let clothToImage = AffineTransform.translation(-area.origin.vector).then(.scale(s))

        struct Prepared {
            var field: FieldDrawing
            var background: RGBColour
            var inkOnCloth: [[Rect]]
            var stamps: TileStamps?
            /// The field's rectangle in whole image pixels (x0, y0, x1, y1), when clipped.
            var pixels: (Int, Int, Int, Int)?
        }
        let prepared = fields.map { field -> Prepared in
            let layout = field.layout
            var pixels: (Int, Int, Int, Int)?
            if field.clipped {
                let box = layout.area
                func px(_ v: Double) -> Int { Int(v.rounded()) }
                pixels = (
                    px((box.minX - area.minX) * s), px((box.minY - area.minY) * s), px((box.maxX - area.minX) * s),
                    px((box.maxY - area.minY) * s)
                )
            }
            return Prepared(
                field: field, background: TileArt.quantised(field.palette.background),
                // Where each level's ink lands on the cloth, per placement, in millimetres.
                inkOnCloth: field.art.levels.map { level in layout.placements.map { level.inkBounds.transformed(by: $0) } },
                // Stamps pay when tiles repeat: not for a handful of placements.
                stamps: useStamps && layout.placements.count >= Self.stampThreshold ? TileStamps(art: field.art) : nil,
                pixels: pixels)
        }

        var top = 0
        while top < size.height {
            let rows = min(rowsPerBand, size.height - top)
            let device = clothToImage.then(.translation(x: 0, y: -Double(top)))
            // The band on the cloth, grown by a pixel for antialiased edges.
            let bandArea = Rect(
                x: area.minX - 1 / s, y: area.minY + (Double(top) - 1) / s,
                width: (Double(size.width) + 2) / s, height: (Double(rows) + 2) / s)

            for p in prepared {
                context.setTransform(.identity)
                if let (x0, y0, x1, y1) = p.pixels {
                    guard y1 > top, y0 < top + rows, x1 > x0 else { continue }
                    context.save()
                    context.newPath()
                    context.rectangle(x: Double(x0), y: Double(y0 - top), width: Double(x1 - x0), height: Double(y1 - y0))
                    context.clip()
                }
                context.setSource(p.background)
                context.paint()
                for (levelIndex, level) in p.field.art.levels.enumerated() {
                    for (placementIndex, placement) in p.field.layout.placements.enumerated()
                    where p.inkOnCloth[levelIndex][placementIndex].intersects(bandArea) {
                        if let stamp = try p.stamps?.stamp(level: levelIndex, transform: placement.then(clothToImage)) {
                            context.paint(stamp.surface, x: stamp.x, y: stamp.y - top, width: stamp.width, height: stamp.height)
                        } else {
                            context.setTransform(placement.then(device))
                            for mark in level.marks { context.draw(mark) }
                        }
                    }
                }
                if p.pixels != nil {
                    context.setTransform(.identity)
                    context.restore()
                }
            }
            try context.check()
            try band(surface, top, rows)
            top += rows
        }
    }
}
