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
        let stream = CairoStream(sink: sink)
        let k = Self.pointsPerMillimetre
        let pointer = cairo_svg_surface_create_for_stream(
            CairoStream.write, stream.closure, area.width * k, area.height * k)
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
        try stream.finish(surface)
    }
}
