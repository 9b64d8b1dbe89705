import BatikMotif
import Foundation

/// The painting properties of an element after the cascade: presentation attributes
/// (`fill="#2b3a67"`), overridden by the `style` attribute (`style="fill:#2b3a67;stroke:none"`),
/// inheriting from the enclosing groups what SVG says inherits (fill, stroke, stroke-width,
/// colour, fill-rule, visibility). Only the properties a motif can use are kept.
struct SVGStyle {
    var fill: SVGPaint = .colour(RGBColour(red: 0, green: 0, blue: 0))
    var stroke: SVGPaint = .none
    /// In the element's user units; the transform scales it.
    var strokeWidth: Double = 1
    /// The `color` property, which `currentColor` refers to.
    var colour = RGBColour(red: 0, green: 0, blue: 0)
    var evenOddFill = false
    var visible = true

    /// Not inherited: true when this element (and so everything in it) is not drawn.
    var displayNone = false
    /// Properties read but not imported (`filter`, `mask`, `clip-path`, markers), for the warning.
    var unsupported: [String] = []
    /// Declarations that could not be read, with the reason, for the warning.
    var problems: [String] = []

    /// Properties whose value is given, presentation attributes first and `style` over them.
    static func declarations(of node: SVGNode) -> [(String, String)] {
        var result: [(String, String)] = []
        for name in properties {
            if let v = node.attributes[name] { result.append((name, v)) }
        }
        if let style = node.attributes["style"] {
            for item in style.split(separator: ";") {
                guard let colon = item.firstIndex(of: ":") else { continue }
                let key = item[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                var value = item[item.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.hasSuffix("!important") {
                    value = String(value.dropLast(10)).trimmingCharacters(in: .whitespaces)
                }
                result.append((key, value))
            }
        }
        return result
    }

    static let properties = [
        "fill", "stroke", "stroke-width", "color", "fill-rule", "visibility", "display", "opacity",
        "fill-opacity", "stroke-opacity", "filter", "mask", "clip-path", "marker", "marker-start", "marker-mid",
        "marker-end",
    ]

    /// The style of `node` inside a parent whose style is `self`.
    func child(_ node: SVGNode) -> SVGStyle {
        var s = self
        s.displayNone = false
        s.unsupported = []
        s.problems = []
        for (key, raw) in Self.declarations(of: node) {
            let value = raw.trimmingCharacters(in: .whitespaces)
            if value == "inherit" { continue }
            switch key {
            case "fill", "stroke":
                do {
                    let paint = try SVGPaint.parse(value)
                    if key == "fill" { s.fill = paint } else { s.stroke = paint }
                } catch {
                    s.problems.append("\(key): \(error.message)")
                }
            case "stroke-width":
                if let l = SVGLength(value), let w = l.userUnits, w.isFinite, w >= 0 {
                    s.strokeWidth = w
                } else {
                    s.problems.append("stroke-width '\(value)' is not a length batik can use")
                }
            case "color":
                if let c = try? SVGPaint.colour(value) {
                    s.colour = c
                } else {
                    s.problems.append("color '\(value)' is not a colour")
                }
            case "fill-rule": s.evenOddFill = value == "evenodd"
            case "visibility": s.visible = value == "visible"
            case "display": s.displayNone = value == "none"
            case "opacity", "fill-opacity", "stroke-opacity":
                // Fully transparent paint draws nothing; anything else is drawn in full, as wax is.
                guard let o = Double(value.hasSuffix("%") ? String(value.dropLast()) : value), o <= 0 else { break }
                if key != "stroke-opacity" { s.fill = .none }
                if key != "fill-opacity" { s.stroke = .none }
            case "filter", "mask", "clip-path", "marker", "marker-start", "marker-mid", "marker-end":
                if value != "none" { s.unsupported.append(key) }
            default: break
            }
        }
        return s
    }
}
