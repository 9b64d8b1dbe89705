import BatikTestSupport
import Testing

/// The golden comparison must be able to fail, and say where.
@Suite("Image comparison")
struct ImageComparisonTests {
    static let grey = RGBAImage(
        width: 10, height: 10, pixels: Array([[UInt8]](repeating: [128, 128, 128, 255], count: 100).joined()))

    static func with(_ image: RGBAImage, x: Int, y: Int, red: UInt8) -> RGBAImage {
        var copy = image
        copy.pixels[(y * image.width + x) * 4] = red
        return copy
    }

    @Test("differences within the channel tolerance match")
    func withinTolerance() {
        #expect(imageDifference(Self.with(Self.grey, x: 3, y: 4, red: 131), Self.grey, channelTolerance: 3) == nil)
    }

    @Test("a differing pixel beyond the tolerance is reported with its place and colours")
    func beyondTolerance() throws {
        let difference = try #require(
            imageDifference(Self.with(Self.grey, x: 3, y: 4, red: 200), Self.grey, channelTolerance: 3))
        #expect(
            difference.description
                == "1 of 100 pixels (1.0 %) differ by more than 3 in a channel; at most 0.0 % may. First at (3, 4); "
                + "worst at (3, 4): actual #c88080, expected #808080 (difference 72).")
    }

    @Test("a fraction of differing pixels may be allowed")
    func allowedFraction() {
        let one = Self.with(Self.grey, x: 0, y: 0, red: 0)
        #expect(imageDifference(one, Self.grey, maxDifferingFraction: 0.01) == nil)
        #expect(imageDifference(Self.with(one, x: 1, y: 0, red: 0), Self.grey, maxDifferingFraction: 0.01) != nil)
    }

    @Test("different sizes never match")
    func sizes() {
        let small = RGBAImage(width: 2, height: 1, pixels: [UInt8](repeating: 0, count: 8))
        #expect(imageDifference(small, Self.grey)?.description == "Image sizes differ: actual 2 × 1, expected 10 × 10.")
    }
}
