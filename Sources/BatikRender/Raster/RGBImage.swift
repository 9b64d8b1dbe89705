/// An 8-bit sRGB image in memory, rows top to bottom, three bytes a pixel: the working format of
/// listing photos and mockups (a 1200 × 1200 photo is 4.3 MB).
public struct RGBImage: Hashable, Sendable {
    public var width: Int
    public var height: Int
    /// `width × height × 3` bytes, red, green, blue.
    public var pixels: [UInt8]

    /// A `width × height` image filled with one colour (black by default).
    public init(width: Int, height: Int, fill: (red: UInt8, green: UInt8, blue: UInt8) = (0, 0, 0)) {
        precondition(width >= 0 && height >= 0, "image sizes are not negative")
        self.width = width
        self.height = height
        var row: [UInt8] = []
        row.reserveCapacity(width * 3)
        for _ in 0..<width { row.append(contentsOf: [fill.red, fill.green, fill.blue]) }
        var pixels: [UInt8] = []
        pixels.reserveCapacity(width * height * 3)
        for _ in 0..<height { pixels.append(contentsOf: row) }
        self.pixels = pixels
    }

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * 3, "an RGB image has three bytes a pixel")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The pixel at (x, y).
    public subscript(x: Int, y: Int) -> (red: UInt8, green: UInt8, blue: UInt8) {
        get {
            let i = (y * width + x) * 3
            return (pixels[i], pixels[i + 1], pixels[i + 2])
        }
        set {
            let i = (y * width + x) * 3
            pixels[i] = newValue.red
            pixels[i + 1] = newValue.green
            pixels[i + 2] = newValue.blue
        }
    }
}

extension RGBImage {
    /// The colour at the continuous pixel position (x, y) (pixel centres at whole numbers), 0…255
    /// per channel, interpolated between the four nearest pixels. Outside the image: the edge
    /// pixel, or the image repeated when `wrap`.
    public func bilinear(_ x: Double, _ y: Double, wrap: Bool = false) -> (red: Double, green: Double, blue: Double) {
        guard width > 0, height > 0, x.isFinite, y.isFinite else { return (0, 0, 0) }
        let fx = x.rounded(.down)
        let fy = y.rounded(.down)
        let tx = x - fx
        let ty = y - fy
        func index(_ v: Double, _ n: Int) -> Int {
            let i = Int(max(min(v, 1e9), -1e9))
            if wrap { return ((i % n) + n) % n }
            return min(max(i, 0), n - 1)
        }
        let x0 = index(fx, width), x1 = index(fx + 1, width)
        let y0 = index(fy, height), y1 = index(fy + 1, height)
        var out = (red: 0.0, green: 0.0, blue: 0.0)
        pixels.withUnsafeBufferPointer { p in
            func at(_ x: Int, _ y: Int, _ c: Int) -> Double { Double(p[(y * width + x) * 3 + c]) }
            for c in 0..<3 {
                let top = at(x0, y0, c) * (1 - tx) + at(x1, y0, c) * tx
                let bottom = at(x0, y1, c) * (1 - tx) + at(x1, y1, c) * tx
                let v = top * (1 - ty) + bottom * ty
                switch c {
                case 0: out.red = v
                case 1: out.green = v
                default: out.blue = v
                }
            }
        }
        return out
    }
}

extension RGBImage {
    /// The image reduced `factor` times in each direction by averaging each `factor × factor`
    /// block: a fine motif seen from afar becomes its mean colour instead of moiré.
    public func downsampled(by factor: Int) -> RGBImage {
        guard factor > 1 else { return self }
        let w = width / factor
        let h = height / factor
        var out = [UInt8](repeating: 0, count: w * h * 3)
        let area = factor * factor
        pixels.withUnsafeBufferPointer { p in
            for y in 0..<h {
                for x in 0..<w {
                    var sum = (0, 0, 0)
                    for dy in 0..<factor {
                        var i = ((y * factor + dy) * width + x * factor) * 3
                        for _ in 0..<factor {
                            sum.0 += Int(p[i])
                            sum.1 += Int(p[i + 1])
                            sum.2 += Int(p[i + 2])
                            i += 3
                        }
                    }
                    let o = (y * w + x) * 3
                    out[o] = UInt8((sum.0 + area / 2) / area)
                    out[o + 1] = UInt8((sum.1 + area / 2) / area)
                    out[o + 2] = UInt8((sum.2 + area / 2) / area)
                }
            }
        }
        return RGBImage(width: w, height: h, pixels: out)
    }
}
