extension ClothLook {
    /// The back of the cloth, from a front made by `front`: what a buyer turns the cloth over to
    /// see, and the proof of tulis, since a printed cloth is pale or blank there while in tulis the
    /// wax went through (nerusi) and the motif shows whole.
    ///
    /// Mirrored left to right (the cloth is turned over about its vertical axis). Less dye reaches
    /// the back, so each colour keeps `reverseDepth` of its dye density (in linear light, as the
    /// colour model counts dye) and loses `reverseDesaturation` of its saturation. Edges are softer,
    /// the dye having spread through the thickness of the cloth: pixels on a colour edge are blended
    /// with a blur of radius `reverseSoftening`, while flat areas keep their weave (the blend is
    /// weighted by the edge's contrast, which the weave's small ripples do not reach).
    public func reverse(of front: RGBImage) -> RGBImage {
        let width = front.width, height = front.height
        let count = width * height * 3
        guard count > 0 else { return front }
        var mirrored = [UInt8](repeating: 0, count: count)
        front.pixels.withUnsafeBufferPointer { source in
            mirrored.withUnsafeMutableBufferPointer { target in
                for y in 0..<height {
                    let row = y * width * 3
                    for x in 0..<width {
                        let from = row + (width - 1 - x) * 3
                        let to = row + x * 3
                        target[to] = source[from]
                        target[to + 1] = source[from + 1]
                        target[to + 2] = source[from + 2]
                    }
                }
            }
        }
        var soft = [UInt8](repeating: 0, count: count)
        var output = [UInt8](repeating: 0, count: count)
        mirrored.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { scratch in
                soft.withUnsafeMutableBufferPointer {
                    BoxBlur.blur(
                        source, into: $0, scratch: scratch, width: width, height: height,
                        radius: max(0, reverseSoftening))
                }
            }
        }
        let lighter = DyeDensityTable(densityFactor: reverseDepth)
        let grey = min(max(reverseDesaturation, 0), 1)
        mirrored.withUnsafeBufferPointer { sharp in
            soft.withUnsafeBufferPointer { soft in
                output.withUnsafeMutableBufferPointer { out in
                    for i in stride(from: 0, to: count, by: 3) {
                        let r = Double(sharp[i]), g = Double(sharp[i + 1]), b = Double(sharp[i + 2])
                        let sr = Double(soft[i]), sg = Double(soft[i + 1]), sb = Double(soft[i + 2])
                        // Edge contrast in 8-bit luminance: the weave stays below `edgeStart`.
                        let contrast = abs((0.299 * sr + 0.587 * sg + 0.114 * sb) - (0.299 * r + 0.587 * g + 0.114 * b))
                        let t = min(max((contrast - Self.edgeStart) / (Self.edgeFull - Self.edgeStart), 0), 1)
                        let k = t * t * (3 - 2 * t)
                        let lr = lighter.apply(level: 0, channel: 0, FrontPixels.byte(r + (sr - r) * k))
                        let lg = lighter.apply(level: 0, channel: 1, FrontPixels.byte(g + (sg - g) * k))
                        let lb = lighter.apply(level: 0, channel: 2, FrontPixels.byte(b + (sb - b) * k))
                        let y = 0.299 * Double(lr) + 0.587 * Double(lg) + 0.114 * Double(lb)
                        out[i] = FrontPixels.byte(Double(lr) + (y - Double(lr)) * grey)
                        out[i + 1] = FrontPixels.byte(Double(lg) + (y - Double(lg)) * grey)
                        out[i + 2] = FrontPixels.byte(Double(lb) + (y - Double(lb)) * grey)
                    }
                }
            }
        }
        return RGBImage(width: width, height: height, pixels: output)
    }

    /// Luminance differences (0…255) between a pixel and its blur: below `edgeStart` it is weave
    /// or mottling and stays sharp; from `edgeFull` on it is a colour edge and is fully softened.
    static let edgeStart = 10.0
    static let edgeFull = 40.0
}
