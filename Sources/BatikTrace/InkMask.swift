/// Which pixels are ink: a black-and-white picture of the drawing, true where the grey is at or
/// below the threshold.
public struct InkMask: Hashable, Sendable {
    public var width: Int
    public var height: Int
    /// Row by row, top to bottom.
    public var ink: [Bool]

    public init(width: Int, height: Int, ink: [Bool]) {
        precondition(ink.count == width * height, "one value a pixel")
        self.width = width
        self.height = height
        self.ink = ink
    }

    /// Ink where `grey` is at or below `threshold`.
    public init(_ grey: GreyImage, threshold: UInt8) {
        self.init(width: grey.width, height: grey.height, ink: grey.pixels.map { $0 <= threshold })
    }

    public subscript(x: Int, y: Int) -> Bool { ink[y * width + x] }

    /// How many pixels are ink.
    public var inkCount: Int { ink.reduce(0) { $1 ? $0 + 1 : $0 } }
}
