import BatikMotif
import Foundation

/// A colour in linear-light sRGB (the sRGB primaries without the transfer curve): the space in which
/// light, and so the light a dyed fibre passes, multiplies. Channels are 0…1 for colours in gamut.
public struct LinearRGB: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Decodes a gamma-encoded sRGB colour (IEC 61966-2-1 transfer function).
    public init(_ colour: RGBColour) {
        self.init(red: Self.decode(colour.red), green: Self.decode(colour.green), blue: Self.decode(colour.blue))
    }

    /// Re-encoded with the sRGB transfer function, each channel clamped to 0…1.
    public var srgb: RGBColour {
        RGBColour(red: Self.encode(red), green: Self.encode(green), blue: Self.encode(blue))
    }

    public static let white = LinearRGB(red: 1, green: 1, blue: 1)

    /// Channel-wise product: light passing one filter, then another.
    public static func * (lhs: LinearRGB, rhs: LinearRGB) -> LinearRGB {
        LinearRGB(red: lhs.red * rhs.red, green: lhs.green * rhs.green, blue: lhs.blue * rhs.blue)
    }

    /// Relative luminance (sRGB / Rec. 709 weights): 0 for black, 1 for white.
    public var luminance: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }

    /// Below this encoded value the sRGB curve is a straight line (IEC 61966-2-1).
    static let encodedLinearLimit = 0.04045
    /// The same knee on the linear side (0.04045 / 12.92).
    static let linearLinearLimit = 0.0031308

    static func decode(_ c: Double) -> Double {
        let c = min(max(c, 0), 1)
        return c <= encodedLinearLimit ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }

    static func encode(_ c: Double) -> Double {
        let c = min(max(c, 0), 1)
        return c <= linearLinearLimit ? c * 12.92 : 1.055 * pow(c, 1 / 2.4) - 0.055
    }
}
