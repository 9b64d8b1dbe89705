/// A growing UTF-8 text for the SVG and G-code writers, with numbers written digit by digit
/// (`PlotterNumber`'s format) straight into the bytes: a full kain panjang is millions of numbers,
/// and going through `String` for each one cost more than planning the strokes.
struct PlotterText {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// `value` rounded to `decimals` places, trailing zeros dropped, "0" for anything that rounds
    /// to zero.
    mutating func append(_ value: Double, decimals: Int = 3) {
        precondition(decimals >= 0 && decimals <= 9)
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = value.isFinite ? Int64((value * Double(scale)).rounded()) : 0
        if scaled == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = scaled < 0 ? -scaled : scaled
        appendDigits(magnitude / scale)
        var fraction = magnitude % scale
        if fraction != 0 {
            var digits = decimals
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            bytes.append(UInt8(ascii: "."))
            // Leading zeros of the fraction, then its digits.
            var width = 1
            var f = fraction
            while f >= 10 {
                f /= 10
                width += 1
            }
            for _ in 0..<(digits - width) { bytes.append(UInt8(ascii: "0")) }
            appendDigits(fraction)
        }
    }

    private mutating func appendDigits(_ value: Int64) {
        var v = value
        var buffer:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &buffer) { raw in
            repeat {
                raw[count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            } while v > 0
            for k in stride(from: count - 1, through: 0, by: -1) { bytes.append(raw[k]) }
        }
    }
}

extension PlotterText {
    static func += (text: inout PlotterText, string: String) {
        text.append(string)
    }
}
