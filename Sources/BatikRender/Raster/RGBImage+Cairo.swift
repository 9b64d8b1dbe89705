internal import CCairo

extension RGBImage {
    /// The pixels of an ARGB32 image surface (after drawing on it), alpha dropped.
    init(surface: CairoSurface) throws(CairoError) {
        try surface.flush()
        var image = RGBImage(width: surface.imageWidth, height: surface.imageHeight)
        image.pixels.withUnsafeMutableBytes { out in
            surface.withImageData { argb in
                ARGB32.convertToRGB(
                    argb, stride: surface.imageStride, width: surface.imageWidth, rows: surface.imageHeight, into: out)
            }
        }
        self = image
    }

    /// An opaque ARGB32 image surface holding these pixels, for Cairo to draw over or from.
    func makeSurface() throws(CairoError) -> CairoSurface {
        let surface = try CairoSurface.image(width: width, height: height)
        cairo_surface_flush(surface.pointer)
        let stride = surface.imageStride
        let data = cairo_image_surface_get_data(surface.pointer)!
        pixels.withUnsafeBufferPointer { p in
            for y in 0..<height {
                let row = UnsafeMutableRawPointer(data + y * stride)
                for x in 0..<width {
                    let i = (y * width + x) * 3
                    let word = 0xFF00_0000 | UInt32(p[i]) << 16 | UInt32(p[i + 1]) << 8 | UInt32(p[i + 2])
                    row.storeBytes(of: word, toByteOffset: x * 4, as: UInt32.self)
                }
            }
        }
        cairo_surface_mark_dirty(surface.pointer)
        return surface
    }
}
