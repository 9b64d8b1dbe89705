public import BatikGeometry
public import BatikMotif
internal import BatikWax
internal import CCairo

extension PreviewRenderer {
    /// Points (1/72 inch, the SVG surface's unit) per millimetre.
    static let pointsPerMillimetre = 72 / 25.4

    /// Writes the same picture as `render` as an SVG through Cairo's SVG surface: the ground, then
    /// every placement's marks level by level, as vectors (no stamps, no bands). The page is the
    /// cloth area in points, so `rsvg-convert -w W -h H` draws it at the PNG's pixel size. Meant for
    /// vector editors and as the benchmark's honest comparison (rsvg-convert rendering our own
    /// picture); a whole kain is some tens of megabytes of path data.
    public func renderSVG(
        layout: MotifLayout, motif: Motif, to sink: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        let area = layout.area
        _ = try checkedPixelSize(for: area)
        let palette = try Palette(motif: motif)
        let art = try TileArt(marks: layout.tileMarks, palette: palette)
        let box = SVGStream(sink: sink)
        let k = Self.pointsPerMillimetre
        let pointer = cairo_svg_surface_create_for_stream(
            { closure, data, length in
                let box = Unmanaged<SVGStream>.fromOpaque(closure!).takeUnretainedValue()
                guard box.error == nil else { return CAIRO_STATUS_WRITE_ERROR }
                do {
                    try box.sink(UnsafeRawBufferPointer(start: data, count: Int(length)))
                    return CAIRO_STATUS_SUCCESS
                } catch {
                    box.error = error
                    return CAIRO_STATUS_WRITE_ERROR
                }
            }, Unmanaged.passUnretained(box).toOpaque(), area.width * k, area.height * k)
        guard let pointer else { throw CairoError(rawValue: CAIRO_STATUS_NO_MEMORY.rawValue) }
        let surface = try CairoSurface(taking: pointer)
        do {
            let context = try CairoContext(surface: surface)
            context.setFillRule(.winding)
            context.setRoundLineEnds()
            context.setSource(TileArt.quantised(palette.background))
            context.paint()
            let clothToPage = AffineTransform.translation(-area.origin.vector).then(.scale(k))
            for level in art.levels {
                for placement in layout.placements
                where level.inkBounds.transformed(by: placement).intersects(area) {
                    context.setTransform(placement.then(clothToPage))
                    for mark in level.marks { context.draw(mark) }
                }
            }
            try context.check()
        }
        cairo_surface_finish(surface.pointer)
        if let error = box.error { throw error }
        try CairoError.check(cairo_surface_status(surface.pointer))
    }

    private final class SVGStream {
        let sink: (UnsafeRawBufferPointer) throws -> Void
        var error: (any Error)?
        init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) { self.sink = sink }
    }
}
