/// Cairo's `CAIRO_FORMAT_ARGB32` pixels: one native-endian 32-bit word per pixel, alpha in the top
/// byte, red, green, blue below it, colour premultiplied by alpha.
enum ARGB32 {
    /// Converts `rows` rows of `width` ARGB32 pixels (rows `stride` bytes apart) to straight RGB
    /// bytes, packed, dropping alpha (previews are opaque; a translucent pixel is un-premultiplied
    /// as if over black).
    static func convertToRGB(
        _ argb: UnsafeRawBufferPointer, stride: Int, width: Int, rows: Int, into rgb: UnsafeMutableRawBufferPointer
    ) {
        precondition(argb.count >= stride * rows && rgb.count >= width * 3 * rows, "ARGB32 conversion out of bounds")
        guard let source = argb.baseAddress, let target = rgb.baseAddress else { return }
        var out = target.assumingMemoryBound(to: UInt8.self)
        for y in 0..<rows {
            let row = source + y * stride
            for x in 0..<width {
                let pixel = row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                let alpha = pixel >> 24
                var r = (pixel >> 16) & 0xff
                var g = (pixel >> 8) & 0xff
                var b = pixel & 0xff
                if alpha != 0xff && alpha != 0 {
                    r = (r * 255 + alpha / 2) / alpha
                    g = (g * 255 + alpha / 2) / alpha
                    b = (b * 255 + alpha / 2) / alpha
                }
                out[0] = UInt8(truncatingIfNeeded: r)
                out[1] = UInt8(truncatingIfNeeded: g)
                out[2] = UInt8(truncatingIfNeeded: b)
                out += 3
            }
        }
    }
}
