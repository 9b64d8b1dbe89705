internal import BatikGeometry
internal import CCairo

/// Antialiased coverage (0…255) of a path over its pixel bounds, drawn by Cairo into an A8 surface.
struct Coverage {
    var x: Int
    var y: Int
    var width: Int
    var height: Int
    var bytes: [UInt8]

    /// Nil when the path misses the canvas.
    init?(path: BezierPath, transform: AffineTransform, canvasSize: Int, scale: Double = 1) throws(CairoError) {
        guard let bounds = path.transformed(by: transform).bounds else { return nil }
        let x0 = max(Int((bounds.minX * scale).rounded(.down)) - 1, 0)
        let y0 = max(Int((bounds.minY * scale).rounded(.down)) - 1, 0)
        let x1 = min(Int((bounds.maxX * scale).rounded(.up)) + 1, canvasSize)
        let y1 = min(Int((bounds.maxY * scale).rounded(.up)) + 1, canvasSize)
        guard x1 > x0, y1 > y0 else { return nil }
        try self.init(paths: [path], transform: transform.thenScaled(by: scale), x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// Coverage of the union of `paths` over the pixel rectangle given.
    init(paths: [BezierPath], transform: AffineTransform, x: Int, y: Int, width: Int, height: Int) throws(CairoError) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        guard let pointer = cairo_image_surface_create(CAIRO_FORMAT_A8, Int32(width), Int32(height)) else {
            throw CairoError(rawValue: CAIRO_STATUS_NO_MEMORY.rawValue)
        }
        let surface = try CairoSurface(taking: pointer)
        let context = try CairoContext(surface: surface)
        context.setTransform(transform.thenTranslated(by: Vector(Double(-x), Double(-y))))
        cairo_set_antialias(context.pointer, CAIRO_ANTIALIAS_GOOD)
        context.setFillRule(.evenOdd)
        cairo_set_source_rgba(context.pointer, 0, 0, 0, 1)
        for path in paths {
            context.newPath()
            context.append(CairoPath(path))
            context.fill()
        }
        try context.check()
        try surface.flush()
        let stride = surface.imageStride
        var bytes = [UInt8](repeating: 0, count: width * height)
        surface.withImageData { data in
            for row in 0..<height {
                for col in 0..<width { bytes[row * width + col] = data[row * stride + col] }
            }
        }
        self.bytes = bytes
    }
}
