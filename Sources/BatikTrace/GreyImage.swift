public import BatikRender

/// An 8-bit grey image, rows top to bottom, one byte a pixel (0 black, 255 white): what the
/// tracer thresholds.
public struct GreyImage: Hashable, Sendable {
    public var width: Int
    public var height: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height, "a grey image has one byte a pixel")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The lightness of a colour photo or scan: luma with the Rec. 709 weights on the sRGB values,
    /// the way a photocopier sees a drawing (a blue ballpoint line stays dark).
    public init(_ image: RGBImage) {
        var grey = [UInt8](repeating: 0, count: image.width * image.height)
        image.pixels.withUnsafeBufferPointer { rgb in
            for i in grey.indices {
                let r = Double(rgb[3 * i]), g = Double(rgb[3 * i + 1]), b = Double(rgb[3 * i + 2])
                grey[i] = UInt8((0.2126 * r + 0.7152 * g + 0.0722 * b).rounded())
            }
        }
        self.init(width: image.width, height: image.height, pixels: grey)
    }

    public subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }
}
