import BatikMotif
import Foundation

/// The value of `fill` or `stroke` (SVG 1.1 §11.2): none, a colour, `currentColor`, or a paint
/// server (`url(#gradient)`) with an optional fallback colour.
enum SVGPaint: Hashable {
    case none
    case colour(RGBColour)
    case currentColour
    /// A gradient or pattern: not something a canting can draw. `fallback` is the colour written
    /// after the url, if any.
    case server(id: String, fallback: RGBColour?)

    struct Failure: Error {
        var message: String
    }

    /// Parses a paint; `inherit` is handled by the style cascade, before this is asked.
    static func parse(_ text: String) throws(Failure) -> SVGPaint {
        let t = text.trimmingCharacters(in: .whitespaces)
        let lower = t.lowercased()
        if lower == "none" || lower == "transparent" { return .none }
        if lower == "currentcolor" { return .currentColour }
        if lower.hasPrefix("url(") {
            let close = t.firstIndex(of: ")") ?? t.endIndex
            let id = t[t.index(t.startIndex, offsetBy: 4)..<close].trimmingCharacters(
                in: CharacterSet(charactersIn: " '\"#"))
            let rest =
                close < t.endIndex ? String(t[t.index(after: close)...]).trimmingCharacters(in: .whitespaces) : ""
            let fallback = rest.isEmpty || rest.lowercased() == "none" ? nil : try? colour(rest)
            return .server(id: id, fallback: fallback)
        }
        return .colour(try colour(t))
    }

    /// `#rgb`, `#rrggbb`, `rgb(r, g, b)` with numbers or percentages, or a CSS colour name.
    static func colour(_ text: String) throws(Failure) -> RGBColour {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("#") {
            if let c = RGBColour(hex: t) { return c }
            // #rgba and #rrggbbaa (CSS 4): the alpha is not a colour a dye can take; drop it.
            let digits = t.dropFirst()
            if digits.count == 4 || digits.count == 8, let c = RGBColour(hex: "#" + digits.dropLast(digits.count / 4)) {
                return c
            }
            throw Failure(message: "'\(t)' is not a colour: write #rgb or #rrggbb")
        }
        let lower = t.lowercased()
        if lower.hasPrefix("rgb(") || lower.hasPrefix("rgba("), lower.hasSuffix(")") {
            let inner = lower.drop { $0 != "(" }.dropFirst().dropLast()
            let parts = inner.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "/" }).map(String.init)
            guard parts.count == 3 || parts.count == 4 else {
                throw Failure(message: "'\(t)' is not a colour: rgb() takes three numbers")
            }
            var channels: [Double] = []
            for p in parts.prefix(3) {
                if p.hasSuffix("%"), let v = Double(p.dropLast()), v.isFinite {
                    channels.append(min(max(v / 100, 0), 1))
                } else if let v = Double(p), v.isFinite {
                    channels.append(min(max(v / 255, 0), 1))
                } else {
                    throw Failure(message: "'\(p)' in '\(t)' is not a number")
                }
            }
            return RGBColour(red: channels[0], green: channels[1], blue: channels[2])
        }
        if let c = SVGNamedColours.colour(named: t) { return c }
        throw Failure(message: "'\(t)' is not a colour batik knows: write it as #rrggbb")
    }
}
