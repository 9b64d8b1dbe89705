internal import BatikGeometry
internal import BatikMotif
public import BatikWax

/// A canting plan as an SVG drawing in millimetres, for Inkscape, vpype and plotter software.
///
/// - `width`/`height` carry the `mm` unit and the `viewBox` is the cloth area in millimetres, so
///   one user unit is one millimetre and the drawing prints and plots true to size.
/// - One Inkscape layer per pass (`inkscape:groupmode="layer"`, labelled "01 nglowong — klowong"),
///   in drawing order; inside a layer the paths are in the order they are drawn. The leading
///   number is the layer's own, so vpype (which takes it as the layer id) keeps every pass apart.
/// - A line is a `<path>` of straight segments along the pen's centre (`Z` closes a loop), its
///   stroke as wide as the canting's wax line.
/// - A dab is a path one micrometre long, `M x y L x+0.001 y`, drawn as a round dot by the round
///   line cap. Not zero-length: vpype's `read` drops zero-length segments and would lose every dot,
///   and a `<circle>` would be read as its outline, a ring the pen would trace. A multi-spout dab is
///   one path with such a subpath per spout.
/// - Areas left to the brush are a filled path in a layer of their own, marked "(kuas)".
///
/// Coordinates have three decimals (micrometres), so the text is the same on every machine.
public enum CantingSVG {
    /// Stroke colours of the layers, in pass order (cycled).
    static let layerColours = ["#1f3b73", "#8a3b12", "#2f6f4f", "#6b2f7a", "#a06a00", "#0f6f8a", "#7a1f2f"]

    /// Length of the segment that stands for a dab: mm.
    public static let dabLength = 0.001

    /// The drawing as text.
    public static func document(for plan: CantingPlan, title: String) -> String {
        String(decoding: bytes(for: plan, title: title), as: UTF8.self)
    }

    /// The drawing as UTF-8 bytes, ready to write.
    public static func bytes(for plan: CantingPlan, title: String) -> [UInt8] {
        let area = plan.area
        var out = PlotterText(
            capacity: plan.passes.reduce(0) { $0 + $1.strokes.reduce(0) { $0 + $1.points.count } } * 16 + 1000)
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        out += "xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" "
        out += "width=\"\(n(area.width))mm\" height=\"\(n(area.height))mm\" "
        out += "viewBox=\"\(n(area.minX)) \(n(area.minY)) \(n(area.width)) \(n(area.height))\">\n"
        out += "<title>\(escape(title))</title>\n"
        for (k, pass) in plan.passes.enumerated() {
            let colour = layerColours[k % layerColours.count]
            let label = pass.label(number: k + 1) + (pass.strokes.isEmpty && !pass.brushAreas.isEmpty ? " (kuas)" : "")
            out += "<g inkscape:groupmode=\"layer\" id=\"layer\(k + 1)\" inkscape:label=\"\(escape(label))\" "
            if pass.strokes.isEmpty {
                out += "fill=\"\(colour)\" fill-opacity=\"0.5\" fill-rule=\"evenodd\" stroke=\"none\">\n"
                out += "<path d=\"\(regionPath(pass.brushAreas))\"/>\n"
            } else {
                out += "fill=\"none\" stroke=\"\(colour)\" stroke-width=\"\(n(pass.tool.lineWidth))\" "
                out += "stroke-linecap=\"round\" stroke-linejoin=\"round\">\n"
                for stroke in pass.strokes {
                    out += "<path d=\""
                    pathData(stroke, tool: pass.tool, area: area, into: &out)
                    out += "\"/>\n"
                }
            }
            out += "</g>\n"
        }
        out += "</svg>\n"
        return out.bytes
    }

    static func pathData(_ stroke: CantingStroke, tool: CantingTool, area: Rect, into out: inout PlotterText) {
        // A dab's micrometre points into the cloth, so cropping to the page cannot cut it away.
        func dab(_ p: Point) {
            let x2 = p.x + dabLength <= area.maxX ? p.x + dabLength : p.x - dabLength
            out.append(p.x)
            out.append(byte: space)
            out.append(p.y)
            out.append(byte: UInt8(ascii: "L"))
            out.append(x2)
            out.append(byte: space)
            out.append(p.y)
        }
        switch stroke.kind {
        case .dab:
            let c = stroke.points[0]
            if tool.spouts.count > 1 {
                let turn = BatikGeometry.AffineTransform.rotation(Angle(radians: stroke.heading))
                for (i, s) in tool.spouts.enumerated() {
                    out += i == 0 ? "M" : " M"
                    dab(c + turn.apply(Vector(s.x, s.y)))
                }
            } else {
                out += "M"
                dab(c)
            }
        case .line:
            for (i, p) in stroke.points.enumerated() {
                out.append(byte: UInt8(ascii: i == 0 ? "M" : "L"))
                out.append(p.x)
                out.append(byte: space)
                out.append(p.y)
            }
            if stroke.isClosed { out += "Z" }
        }
    }

    static let space = UInt8(ascii: " ")

    static func regionPath(_ region: Region) -> String {
        var out = ""
        for polygon in region.polygons {
            for ring in [polygon.exterior] + polygon.holes {
                for (i, p) in ring.enumerated() { out += (i == 0 ? "M" : "L") + n(p.x) + " " + n(p.y) }
                out += "Z"
            }
        }
        return out
    }

    static func n(_ v: Double) -> String { PlotterNumber.format(v) }

    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}
