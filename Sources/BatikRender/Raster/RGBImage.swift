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
