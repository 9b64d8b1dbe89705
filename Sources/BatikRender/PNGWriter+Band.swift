extension PNGWriter {
    /// Converts the first `rows` rows of a band surface (Cairo's premultiplied ARGB32) to RGB in
    /// `scratch` and streams them to the PNG. Shared by the preview and the stage layers.
    func write(band surface: CairoSurface, rows: Int, width: Int, scratch rgb: inout [UInt8]) throws {
        try surface.flush()
        rgb.withUnsafeMutableBytes { out in
            surface.withImageData { argb in
                ARGB32.convertToRGB(argb, stride: surface.imageStride, width: width, rows: rows, into: out)
            }
        }
        try rgb.withUnsafeBytes {
            try write(rows: UnsafeRawBufferPointer(rebasing: $0[0..<rows * width * 3]))
        }
    }
}
