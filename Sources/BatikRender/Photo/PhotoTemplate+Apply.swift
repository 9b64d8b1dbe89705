internal import BatikGeometry
internal import Foundation

extension PhotoTemplate {
    /// Sub-pixel samples per axis when reading the swatch: 2 × 2 per photo pixel, so fine isen
    /// lines that fall between pixels still show as the grey they would be on camera.
    static let samplesPerAxis = 2
    /// How much of the light above the product's lit white reaches dyed cloth: dyed cotton
    /// shines less than a white shirt, and a full screen would grey dark soga.
    static let sheen: Float = 0.5

    /// The photo with the swatch's cloth on the product, at true scale: the swatch's centre on the
    /// centre of `clothArea`, a millimetre of swatch a millimetre of product. The photo's light
    /// and shade is multiplied onto the cloth colour in linear light (folds and creases darken
    /// the batik where they darken the white product), its brightest 2 % lighten it like a
    /// screen (sheen), and folds shift the lookup a little (`Options.displacement`). Pixels off
    /// the product are returned exactly as photographed; the edge blends over 1–2 pixels.
    ///
    /// The swatch repeats beyond its edges, so one made for another template still covers the
    /// product (a seam shows if it is not a whole number of repeats). Same inputs, same pixels.
    public func apply(swatch: ClothSwatch) throws(PhotoTemplateError) -> RGBImage {
        let sw = swatch.image.width, sh = swatch.image.height
        guard sw > 0, sh > 0, swatch.pixelsPerMillimetre.isFinite, swatch.pixelsPerMillimetre > 0 else {
            throw PhotoTemplateError("the cloth swatch is empty")
        }
        let lut = SRGB.toLinear
        let cloth = swatch.image.pixels.map { lut[Int($0)] }
        let w = photo.width, h = photo.height
        var output = photo
        let ppmm = swatch.pixelsPerMillimetre
        let shiftX = swatch.widthMillimetres / 2 - clothArea.midX
        let shiftY = swatch.heightMillimetres / 2 - clothArea.midY
        let map = photoToPlane.matrix
        let shadingStrength = Float(options.shading)
        let coverage = mask.coverage
        let shade = self.shade
        let offsets = self.offsets
        let n = Self.samplesPerAxis
        let sampleWeight = 1 / Float(n * n)

        /// Linear-light cloth colour at a photo position.
        @Sendable func clothColour(_ px: Double, _ py: Double) -> (Float, Float, Float) {
            let wt = map[6] * px + map[7] * py + map[8]
            guard abs(wt) > 1e-12 else { return (0, 0, 0) }
            let u = (map[0] * px + map[1] * py + map[2]) / wt + shiftX
            let v = (map[3] * px + map[4] * py + map[5]) / wt + shiftY
            let x = u * ppmm - 0.5, y = v * ppmm - 0.5
            guard x.isFinite, y.isFinite, abs(x) < 1e9, abs(y) < 1e9 else { return (0, 0, 0) }
            let fx = x.rounded(.down), fy = y.rounded(.down)
            let tx = Float(x - fx), ty = Float(y - fy)
            let x0 = ((Int(fx) % sw) + sw) % sw, y0 = ((Int(fy) % sh) + sh) % sh
            let x1 = (x0 + 1) % sw, y1 = (y0 + 1) % sh
            let i00 = 3 * (y0 * sw + x0), i10 = 3 * (y0 * sw + x1), i01 = 3 * (y1 * sw + x0), i11 = 3 * (y1 * sw + x1)
            func channel(_ c: Int) -> Float {
                let top = cloth[i00 + c] * (1 - tx) + cloth[i10 + c] * tx
                let bottom = cloth[i01 + c] * (1 - tx) + cloth[i11 + c] * tx
                return top * (1 - ty) + bottom * ty
            }
            return (channel(0), channel(1), channel(2))
        }

        let bands = max(1, min(h, 64))
        output.pixels.withUnsafeMutableBufferPointer { out in
            let target = SendablePointer(out.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: bands) { band in
                let out = target.pointer
                for y in (band * h / bands)..<((band + 1) * h / bands) {
                    for x in 0..<w {
                        let i = y * w + x
                        let a = coverage[i]
                        guard a > 0 else { continue }
                        let dx = offsets.isEmpty ? 0 : Double(offsets[2 * i])
                        let dy = offsets.isEmpty ? 0 : Double(offsets[2 * i + 1])
                        var r: Float = 0, g: Float = 0, b: Float = 0
                        for sy in 0..<n {
                            for sx in 0..<n {
                                let c = clothColour(
                                    Double(x) + (Double(sx) + 0.5) / Double(n) + dx,
                                    Double(y) + (Double(sy) + 0.5) / Double(n) + dy)
                                r += c.0
                                g += c.1
                                b += c.2
                            }
                        }
                        let s = shade[i]
                        let multiply = 1 + shadingStrength * (min(s, 1) - 1)
                        let highlight = min(shadingStrength * Self.sheen * max(s - 1, 0), 1)
                        func lit(_ v: Float) -> Float {
                            let shaded = v * sampleWeight * multiply
                            return 1 - (1 - shaded) * (1 - highlight)
                        }
                        let batik = (SRGB.encode(lit(r)), SRGB.encode(lit(g)), SRGB.encode(lit(b)))
                        if a >= 1 {
                            out[3 * i] = batik.0
                            out[3 * i + 1] = batik.1
                            out[3 * i + 2] = batik.2
                        } else {
                            func blend(_ photo: UInt8, _ cloth: UInt8) -> UInt8 {
                                UInt8((Float(photo) * (1 - a) + Float(cloth) * a).rounded())
                            }
                            out[3 * i] = blend(out[3 * i], batik.0)
                            out[3 * i + 1] = blend(out[3 * i + 1], batik.1)
                            out[3 * i + 2] = blend(out[3 * i + 2], batik.2)
                        }
                    }
                }
            }
        }
        return output
    }
}

/// A pointer handed to worker threads that each write their own rows.
struct SendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>
    init(_ pointer: UnsafeMutablePointer<T>) { self.pointer = pointer }
}
