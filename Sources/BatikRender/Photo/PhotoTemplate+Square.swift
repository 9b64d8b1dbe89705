internal import Foundation

extension PhotoTemplate {
    /// Most samples per axis when shrinking: enough for a 12 MP photo into a 1200 px cover.
    static let largestFootprint = 8

    /// A `size` × `size` cover: the product cut out along its mask and placed on `background`,
    /// its bounding box centred and scaled so its longer side is `fill` of the frame (marketplaces
    /// ask for 60–80 %). `image` is this template's photo or the result of `apply(swatch:)` (any
    /// image of the photo's size). Shrinking averages the area each output pixel covers
    /// (up to 8 × 8 bilinear samples); enlarging interpolates bilinearly.
    public func squared(
        _ image: RGBImage, size: Int, fill: Double, background: (UInt8, UInt8, UInt8) = (255, 255, 255)
    ) -> RGBImage {
        let size = max(1, size)
        var out = RGBImage(width: size, height: size, fill: (background.0, background.1, background.2))
        guard image.width == mask.width, image.height == mask.height else { return out }
        let fill = min(max(fill, 0.05), 1)
        let bounds = productBounds
        let scale = fill * Double(size) / max(bounds.width, bounds.height)
        let footprint = min(Self.largestFootprint, max(1, Int((1 / scale).rounded(.up))))
        let bg = [Float(background.0), Float(background.1), Float(background.2)]
        let cx = bounds.midX, cy = bounds.midY
        let half = Double(size) / 2
        let lut = SRGB.toLinear
        let linear = image.pixels.map { lut[Int($0)] }
        let bgLinear = bg.map { lut[Int($0)] }
        let w = image.width, h = image.height
        @Sendable func pixelLinear(_ x: Int, _ y: Int, _ c: Int) -> Float {
            linear[3 * (min(max(y, 0), h - 1) * w + min(max(x, 0), w - 1)) + c]
        }
        out.pixels.withUnsafeMutableBufferPointer { buffer in
            let target = SendablePointer(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: min(size, 64)) { band in
                let p = target.pointer
                for oy in (band * size / min(size, 64))..<((band + 1) * size / min(size, 64)) {
                    for ox in 0..<size {
                        var sum: [Float] = [0, 0, 0]
                        var covered: Float = 0
                        for j in 0..<footprint {
                            for i in 0..<footprint {
                                // Source position (pixel centres at whole numbers).
                                let sx = cx + (Double(ox) + (Double(i) + 0.5) / Double(footprint) - half) / scale - 0.5
                                let sy = cy + (Double(oy) + (Double(j) + 0.5) / Double(footprint) - half) / scale - 0.5
                                let a = mask.bilinear(sx, sy)
                                guard a > 0 else { continue }
                                let fx = sx.rounded(.down), fy = sy.rounded(.down)
                                let tx = Float(sx - fx), ty = Float(sy - fy)
                                let x0 = Int(fx), y0 = Int(fy)
                                for c in 0..<3 {
                                    let top = pixelLinear(x0, y0, c) * (1 - tx) + pixelLinear(x0 + 1, y0, c) * tx
                                    let bottom = pixelLinear(x0, y0 + 1, c) * (1 - tx) + pixelLinear(x0 + 1, y0 + 1, c) * tx
                                    sum[c] += a * (top * (1 - ty) + bottom * ty)
                                }
                                covered += a
                            }
                        }
                        let samples = Float(footprint * footprint)
                        let k = 3 * (oy * size + ox)
                        for c in 0..<3 {
                            p[k + c] = SRGB.encode((sum[c] + (samples - covered) * bgLinear[c]) / samples)
                        }
                    }
                }
            }
        }
        return out
    }
}
