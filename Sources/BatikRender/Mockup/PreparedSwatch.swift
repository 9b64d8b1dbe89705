/// The swatch ready for sampling at a mockup's scale: if it is much finer than the photo needs,
/// box-filtered down by a whole factor first, so fine batik lines average instead of flickering
/// (bilinear sampling alone only looks at four pixels).
struct PreparedSwatch {
    /// Largest swatch pixels per photo pixel kept before box-filtering down.
    static let maximumOversampling = 2.0

    let width: Int
    let height: Int
    let pixels: [UInt8]
    /// Swatch pixels per millimetre of cloth after filtering.
    let pixelsPerMillimetre: Double

    init(_ swatch: ClothSwatch, photoPixelsPerMillimetre: Double) {
        let factor = Int((swatch.pixelsPerMillimetre / (photoPixelsPerMillimetre * Self.maximumOversampling)).rounded(.down))
        let image = swatch.image
        guard factor >= 2, image.width >= factor, image.height >= factor else {
            width = image.width
            height = image.height
            pixels = image.pixels
            pixelsPerMillimetre = swatch.pixelsPerMillimetre
            return
        }
        let reduced = image.downsampled(by: factor)
        width = reduced.width
        height = reduced.height
        pixels = reduced.pixels
        // Whole swatch pixels were dropped at the right and bottom: keep the scale exact.
        pixelsPerMillimetre = swatch.pixelsPerMillimetre / Double(factor)
    }

    /// Swatch pixel coordinates (centres at whole numbers) of the cloth at (x, y) millimetres.
    func position(_ cloth: (x: Double, y: Double)) -> (Double, Double) {
        (cloth.x * pixelsPerMillimetre - 0.5, cloth.y * pixelsPerMillimetre - 0.5)
    }

    /// Bilinear sample at swatch pixel (x, y), the swatch repeating beyond its edges.
    @inline(__always)
    func sample(_ x: Double, _ y: Double) -> (Double, Double, Double) {
        let fx = x.rounded(.down)
        let fy = y.rounded(.down)
        let tx = x - fx
        let ty = y - fy
        var x0 = Int(fx) % width
        if x0 < 0 { x0 += width }
        var y0 = Int(fy) % height
        if y0 < 0 { y0 += height }
        let x1 = x0 + 1 == width ? 0 : x0 + 1
        let y1 = y0 + 1 == height ? 0 : y0 + 1
        return pixels.withUnsafeBufferPointer { p in
            let i00 = (y0 * width + x0) * 3, i10 = (y0 * width + x1) * 3
            let i01 = (y1 * width + x0) * 3, i11 = (y1 * width + x1) * 3
            let w00 = (1 - tx) * (1 - ty), w10 = tx * (1 - ty), w01 = (1 - tx) * ty, w11 = tx * ty
            let r = Double(p[i00]) * w00 + Double(p[i10]) * w10 + Double(p[i01]) * w01 + Double(p[i11]) * w11
            let g = Double(p[i00 + 1]) * w00 + Double(p[i10 + 1]) * w10 + Double(p[i01 + 1]) * w01 + Double(p[i11 + 1]) * w11
            let b = Double(p[i00 + 2]) * w00 + Double(p[i10 + 2]) * w10 + Double(p[i01 + 2]) * w01 + Double(p[i11 + 2]) * w11
            return (r, g, b)
        }
    }
}
