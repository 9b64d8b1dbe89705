/// The size of a raster image in pixels.
public struct PixelSize: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Pixels in the image, in 64-bit arithmetic so huge requests can be refused, not overflow.
    public var pixelCount: Int64 { Int64(width) * Int64(height) }

    public var description: String { "\(width) × \(height) px" }
}
