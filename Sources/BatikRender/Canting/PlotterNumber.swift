/// Numbers for SVG and G-code text: fixed decimals, no exponent, no trailing zeros, no "-0",
/// independent of locale, so the same plan always gives byte-identical files.
enum PlotterNumber {
    /// `value` rounded to `decimals` places (default 3: micrometres).
    static func format(_ value: Double, decimals: Int = 3) -> String {
        var text = PlotterText()
        text.append(value, decimals: decimals)
        return String(decoding: text.bytes, as: UTF8.self)
    }
}
