internal import Foundation

/// Light and folds from the photo itself.
extension PhotoTemplate {
    /// The share of the product darker than the luminance taken as its lit white: the top 2 %
    /// are highlights (sheen on a fold), lightened by a screen rather than clipped.
    static let whitePercentile: Double = 0.98
    /// Displacement at strength 1 moves the lookup at most this fraction of the product's width.
    static let largestShiftFraction: Double = 0.007
    /// The slope of normalised luminance, per fraction of the product's width, at which the
    /// shift reaches about three quarters of its largest (tanh(1)).
    static let foldSlope: Double = 50

    /// Linear-light luminance (Rec. 709 weights) over the product's lit white, per pixel; 1 off
    /// the product. Dividing by the product's own brightness makes a grey-lit white shirt and a
    /// bright one shade the motif alike: only the photo's relative light and shade reach the cloth.
    static func shading(of photo: RGBImage, mask: ProductMask) -> [Float] {
        let n = photo.width * photo.height
        var luminance = [Float](repeating: 1, count: n)
        let lut = SRGB.toLinear
        var histogram = [Int](repeating: 0, count: 4097)
        var counted = 0
        photo.pixels.withUnsafeBufferPointer { p in
            for i in 0..<n where mask.coverage[i] > 0 {
                let y = 0.2126 * lut[Int(p[3 * i])] + 0.7152 * lut[Int(p[3 * i + 1])] + 0.0722 * lut[Int(p[3 * i + 2])]
                luminance[i] = y
                if mask.coverage[i] >= 0.5 {
                    histogram[Int((min(max(y, 0), 1) * 4096).rounded())] += 1
                    counted += 1
                }
            }
        }
        var reference: Float = 1
        if counted > 0 {
            let target = Int((Double(counted) * whitePercentile).rounded(.down))
            var sum = 0
            for (k, c) in histogram.enumerated() {
                sum += c
                if sum > target {
                    reference = Float(k) / 4096
                    break
                }
            }
        }
        reference = max(reference, 0.02)
        for i in 0..<n where mask.coverage[i] > 0 { luminance[i] /= reference }
        // A 3 × 3 average takes out sensor and JPEG noise, which would otherwise speckle dark
        // cloth; folds are many pixels wide and keep their shape. Off the product stays 1.
        let smooth = ProductMask.boxBlur(luminance, width: photo.width, height: photo.height, radius: 1)
        for i in 0..<n where mask.coverage[i] > 0 { luminance[i] = smooth[i] }
        return luminance
    }

    /// Lookup offsets (photo pixels, x and y interleaved) along the gradient of the smoothed
    /// shading: across a fold the motif slides a little, so its lines bend as the cloth does.
    static func displacements(shade: [Float], mask: ProductMask, productWidth: Double, strength: Double) -> [Float] {
        guard strength > 0 else { return [] }
        let w = mask.width, h = mask.height
        let radius = max(2, Int(productWidth / 150))
        var smooth = shade
        for _ in 0..<3 { smooth = ProductMask.boxBlur(smooth, width: w, height: h, radius: radius) }
        let largest = strength * largestShiftFraction * productWidth
        let slope = foldSlope / productWidth
        var offsets = [Float](repeating: 0, count: 2 * w * h)
        for y in 0..<h {
            for x in 0..<w where mask.coverage[y * w + x] > 0 {
                let gx = Double(smooth[y * w + min(x + 1, w - 1)] - smooth[y * w + max(x - 1, 0)]) / 2
                let gy = Double(smooth[min(y + 1, h - 1) * w + x] - smooth[max(y - 1, 0) * w + x]) / 2
                let g = (gx * gx + gy * gy).squareRoot()
                guard g > 1e-9 else { continue }
                let shift = largest * tanh(g / slope)
                offsets[2 * (y * w + x)] = Float(shift * gx / g)
                offsets[2 * (y * w + x) + 1] = Float(shift * gy / g)
            }
        }
        return offsets
    }
}
