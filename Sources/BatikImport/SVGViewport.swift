import BatikGeometry
import BatikMotif
import Foundation

/// The page of an SVG file in millimetres and the map from its user units onto it (SVG 1.1 §7.7,
/// `viewBox` and `preserveAspectRatio`).
///
/// `width`/`height` give the page size with their units (mm, cm, in, pt, pc, px at 96 per inch,
/// no unit = px); the `viewBox` says which user coordinates fill it. Inkscape writes both, with
/// `width="210mm"` and a viewBox in mm, so one user unit is one millimetre. Without a viewBox a
/// user unit is a px; without a size the viewBox's units are taken as px.
struct SVGViewport {
    /// Root user units → millimetres on the page (page's top-left corner at (0, 0)).
    var toMillimetres: AffineTransform
    /// The page in millimetres; nil when the file gives neither a size nor a viewBox, and the
    /// drawing's bounds stand for it.
    var page: Rect?

    static let pxToMillimetres = 25.4 / 96

    init(root: SVGNode, path: String, warnings: inout [Diagnostic]) throws(Diagnostic) {
        func fail(_ message: String, hint: String? = nil) -> Diagnostic {
            .svgError(path, line: root.line, column: root.column, message, hint: hint)
        }
        let limit = SVGImportLimits.sideMillimetres
        let tooBig = "the drawing would be more than \(Int(limit / 1000)) m across"
        func side(_ name: String) throws(Diagnostic) -> Double? {
            guard let text = root.attributes[name] else { return nil }
            guard let l = SVGLength(text) else {
                throw fail(
                    "\(name)=\"\(text)\" is not a length", hint: "give the page size in mm, e.g. \(name)=\"210mm\"")
            }
            if l.unit == .percent { return nil }
            guard let mm = l.unit.millimetres else {
                throw fail(
                    "\(name)=\"\(text)\": the unit \(l.unit.rawValue) has no size on cloth",
                    hint: "give the page size in mm")
            }
            let v = l.value * mm
            guard v.isFinite, v > 0 else {
                throw fail("\(name)=\"\(text)\" is not a usable size", hint: "give the page a size above 0, in mm")
            }
            guard v <= limit else {
                throw fail(
                    "\(name)=\"\(text)\" is \(Self.describe(v)); \(tooBig)",
                    hint: "check the units in Inkscape's Document Properties: a motif is drawn at its size on the cloth"
                )
            }
            return v
        }
        let width = try side("width"), height = try side("height")
        var viewBox: Rect?
        if let text = root.attributes["viewBox"] {
            guard case .success(let values) = SVGNumberList.parse(text), values.count == 4 else {
                throw fail("viewBox=\"\(text)\" is not usable: it must be four finite numbers, x y width height")
            }
            guard values.allSatisfy({ abs($0) < 1e12 }), values[2] > 0, values[3] > 0 else {
                throw fail(
                    "viewBox=\"\(text)\" is not usable: its numbers must be finite and its width and height above 0")
            }
            viewBox = Rect(x: values[0], y: values[1], width: values[2], height: values[3])
        }
        switch (viewBox, width, height) {
        case (let vb?, _, _):
            let pageWidth = width ?? (height.map { $0 * vb.width / vb.height } ?? vb.width * Self.pxToMillimetres)
            let pageHeight = height ?? (width.map { $0 * vb.height / vb.width } ?? vb.height * Self.pxToMillimetres)
            if width == nil && height == nil {
                warnings.append(
                    .svgWarning(
                        path, line: root.line, column: root.column,
                        "the drawing has no width and height; its units are taken as px (96 to the inch)",
                        hint:
                            "set the page size in mm in Inkscape (File › Document Properties) to import at the right size"
                    ))
            }
            var sx = pageWidth / vb.width, sy = pageHeight / vb.height
            var dx = 0.0, dy = 0.0
            let align = (root.attributes["preserveAspectRatio"] ?? "xMidYMid").trimmingCharacters(in: .whitespaces)
            if !align.hasPrefix("none"), abs(sx - sy) > 1e-9 * max(sx, sy) {
                // `meet`: the viewBox fits inside the page, centred (xMidYMid, the default).
                let s = min(sx, sy)
                dx = (pageWidth - vb.width * s) / 2
                dy = (pageHeight - vb.height * s) / 2
                sx = s
                sy = s
            }
            toMillimetres = AffineTransform.translation(x: -vb.minX, y: -vb.minY)
                .then(.scale(x: sx, y: sy)).then(.translation(x: dx, y: dy))
            page = Rect(x: 0, y: 0, width: pageWidth, height: pageHeight)
            guard pageWidth <= limit, pageHeight <= limit else {
                throw fail("the viewBox makes the page \(Self.describe(max(pageWidth, pageHeight))) across; \(tooBig)")
            }
        case (nil, let w?, let h?):
            toMillimetres = .scale(Self.pxToMillimetres)
            page = Rect(x: 0, y: 0, width: w, height: h)
        default:
            toMillimetres = .scale(Self.pxToMillimetres)
            page = nil
            warnings.append(
                .svgWarning(
                    path, line: root.line, column: root.column,
                    "the drawing has no page size; the tile is the drawing's bounds, and its units are taken as px",
                    hint: "set the page size in mm in Inkscape (File › Document Properties)"))
        }
    }

    /// A length for messages: "1000000 km" would be silly; metres above 10 m, mm below.
    static func describe(_ mm: Double) -> String {
        if !mm.isFinite { return "not a number" }
        if mm >= 10_000 { return String(format: "%.0f m", mm / 1000) }
        return String(format: "%.1f mm", mm)
    }
}
