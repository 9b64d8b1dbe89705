public import BatikGeometry
internal import CCairo

extension RGBImage {
    /// Draws over this image with a `PageCanvas` measured in pixels (text sizes in pixels), and
    /// returns the result: captions, rulers and labels on listing photos use the same drawing
    /// and Pango text as the printed sheets.
    public func drawing(_ body: (PageCanvas) throws -> Void) throws -> RGBImage {
        let surface = try makeSurface()
        let context = try CairoContext(surface: surface)
        context.setAntialias(.good)
        let canvas = PageCanvas(context: context, size: Size(Double(width), Double(height)), pointsPerUnit: 1)
        try body(canvas)
        try context.check()
        return try RGBImage(surface: surface)
    }
}

extension PageCanvas {
    /// Paints `image` scaled into `rect` (current user space), smoothly filtered.
    public func draw(_ image: RGBImage, in rect: Rect) throws {
        guard image.width > 0, image.height > 0 else { return }
        let surface = try image.makeSurface()
        withTransform(
            AffineTransform.scale(x: rect.width / Double(image.width), y: rect.height / Double(image.height))
                .then(.translation(rect.origin.vector))
        ) {
            applyTransform()
            cairo_set_source_surface(context.pointer, surface.pointer, 0, 0)
            cairo_pattern_set_filter(cairo_get_source(context.pointer), CAIRO_FILTER_GOOD)
            cairo_new_path(context.pointer)
            cairo_rectangle(context.pointer, 0, 0, Double(image.width), Double(image.height))
            cairo_fill(context.pointer)
        }
    }
}
