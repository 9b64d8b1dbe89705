internal import BatikGeometry
internal import BatikMotif
internal import CCairo

/// The square photo being made: an opaque Cairo image surface that Cairo draws details on and
/// the mesh rasteriser writes cloth into directly, with the product's millimetres mapped to pixels.
final class MockupCanvas {
    let size: Int
    let surface: CairoSurface
    let context: CairoContext
    /// Product millimetres → photo pixels.
    let transform: AffineTransform
    let background: (UInt8, UInt8, UInt8)

    init(size: Int, background: (UInt8, UInt8, UInt8), transform: AffineTransform) throws(CairoError) {
        self.size = size
        self.background = background
        self.transform = transform
        surface = try CairoSurface.image(width: size, height: size)
        context = try CairoContext(surface: surface)
        context.setSource(
            RGBColour(red: Double(background.0) / 255, green: Double(background.1) / 255, blue: Double(background.2) / 255))
        context.paint()
        context.setTransform(transform)
        cairo_set_antialias(context.pointer, CAIRO_ANTIALIAS_GOOD)
        cairo_set_line_cap(context.pointer, CAIRO_LINE_CAP_ROUND)
        cairo_set_line_join(context.pointer, CAIRO_LINE_JOIN_ROUND)
        // Masks may have holes (a collar around the neck): even-odd, their subpaths never cross.
        context.setFillRule(.evenOdd)
        try context.check()
    }

    /// The photo's pixels.
    func image() throws(CairoError) -> RGBImage {
        try context.check()
        return try RGBImage(surface: surface)
    }

    /// Direct access to the opaque pixels (stride in pixels); Cairo is told before and after.
    func withPixels(_ body: (UnsafeMutablePointer<UInt32>, Int) -> Void) throws(CairoError) {
        try surface.flush()
        let data = cairo_image_surface_get_data(surface.pointer)!
        data.withMemoryRebound(to: UInt32.self, capacity: surface.imageStride / 4 * size) { pixels in
            body(pixels, surface.imageStride / 4)
        }
        cairo_surface_mark_dirty(surface.pointer)
    }

    // MARK: Layers

    func draw(_ layer: MockupLayer, swatch: PreparedSwatch, light: (Double, Double, Double)) throws(CairoError) {
        switch layer {
        case .cloth(let piece):
            try drawCloth(piece, swatch: swatch, light: light)
        case .fill(let path, let paint, _):
            context.newPath()
            context.append(CairoPath(path))
            setPaint(paint)
            context.fill()
            cairo_set_source_rgb(context.pointer, 0, 0, 0)
        case .line(let path, let width, let colour, let alpha, let dashes):
            context.newPath()
            context.append(CairoPath(path))
            cairo_set_source_rgba(context.pointer, colour.red, colour.green, colour.blue, alpha)
            context.setLineWidth(width)
            dashes.withUnsafeBufferPointer { cairo_set_dash(context.pointer, $0.baseAddress, Int32($0.count), 0) }
            context.stroke()
            cairo_set_dash(context.pointer, nil, 0, 0)
        }
        try context.check()
    }

    private func setPaint(_ paint: MockupPaint) {
        switch paint {
        case .solid(let colour, let alpha):
            cairo_set_source_rgba(context.pointer, colour.red, colour.green, colour.blue, alpha)
        case .linear(let from, let to, let stops):
            let pattern = cairo_pattern_create_linear(from.x, from.y, to.x, to.y)!
            for (offset, colour, alpha) in stops {
                cairo_pattern_add_color_stop_rgba(pattern, offset, colour.red, colour.green, colour.blue, alpha)
            }
            cairo_set_source(context.pointer, pattern)
            cairo_pattern_destroy(pattern)
        }
    }

    private func drawCloth(_ piece: DrapedPiece, swatch: PreparedSwatch, light: (Double, Double, Double))
        throws(CairoError)
    {
        guard let mask = try Coverage(path: piece.mask, transform: transform, canvasSize: size) else { return }
        let n = Double(MeshRasterizer.subpixels)
        let columns = piece.sLines.count
        var vertices: [MeshRasterizer.Vertex] = []
        vertices.reserveCapacity(columns * piece.tLines.count)
        for t in piece.tLines {
            for s in piece.sLines {
                let v = piece.vertex(s, t)
                let p = transform.apply(v.position)
                let uv = swatch.position((v.cloth.x, v.cloth.y))
                vertices.append(
                    MeshRasterizer.Vertex(
                        x: Int64((p.x * n).rounded()), y: Int64((p.y * n).rounded()), u: uv.0, v: uv.1, shade: v.shade))
            }
        }
        let rasterizer = MeshRasterizer(swatch: swatch, light0: light.0, lightX: light.1, lightY: light.2)
        try withPixels { pixels, stride in
            mask.bytes.withUnsafeBufferPointer { coverage in
                for j in 0..<(piece.tLines.count - 1) {
                    for i in 0..<(columns - 1) {
                        let a = vertices[j * columns + i], b = vertices[j * columns + i + 1]
                        let c = vertices[(j + 1) * columns + i + 1], d = vertices[(j + 1) * columns + i]
                        for (p, q, r) in [(a, b, c), (a, c, d)] {
                            rasterizer.fill(
                                p, q, r, canvas: pixels, stride: stride, coverage: coverage.baseAddress!,
                                maskX: mask.x, maskY: mask.y, maskWidth: mask.width, maskHeight: mask.height)
                        }
                    }
                }
            }
        }
    }
}
