import BatikGeometry
import BatikMotif
import Foundation

extension SVGWalker {
    /// Longest side of a stroked path that is taken as a dab (a dot) rather than a line, in mm:
    /// `batik paths` writes each dab as a 0.001 mm segment with a round cap.
    static let dabSize = 0.01
    /// Farthest a coordinate may lie from the page, in millimetres, before the shape is refused
    /// as a mistake (a transform with a huge scale).
    static let farthest = 1_000_000.0

    mutating func shape(_ node: SVGNode, ctm: AffineTransform, style: SVGStyle, context: Context) throws(Diagnostic) {
        if !style.visible {
            warn(node, "\(node.label) is invisible (visibility: hidden) and is not imported")
            return
        }
        let userPath: BezierPath
        do {
            userPath = try SVGShapeGeometry.path(of: node, points: &points)
        } catch {
            throw failure(
                node, "\(node.label): \(error.message)",
                hint: "open the file in Inkscape and save it again; simplify very long paths (Path › Simplify)")
        }
        shapes += 1
        if shapes > SVGImportLimits.shapes {
            throw failure(
                node,
                "the drawing makes more than \(SVGImportLimits.shapes) shapes (copies by <use> included); far more than a motif holds"
            )
        }
        let mm = userPath.transformed(by: ctm)
        guard
            mm.elements.contains(where: {
                if case .move = $0 { false } else if case .close = $0 { false } else { true }
            })
        else {
            warn(node, "\(node.label) is empty or has no size; it is left out")
            return
        }
        guard let box = mm.controlBounds,
            [box.minX, box.minY, box.maxX, box.maxY].allSatisfy({ $0.isFinite && abs($0) < Self.farthest })
        else {
            throw failure(
                node,
                "\(node.label) lies more than \(Int(Self.farthest / 1_000_000)) km from the page after its transforms",
                hint: "check the transforms of the shape and its groups")
        }
        var fill = try paint(style.fill, of: node, role: "fill", style: style)
        if node.name == "line" { fill = nil }
        var outline: ImportedOutline?
        if let colour = try paint(style.stroke, of: node, role: "stroke", style: style) {
            let width = style.strokeWidth * ctm.meanScale
            if width > 0, width.isFinite { outline = ImportedOutline(colour: colour, width: width) }
        }
        let note = [node.label.replacingOccurrences(of: " on line", with: ", line"), context.within.map { "in \($0)" }]
            .compactMap { $0 }.joined(separator: " ")
        guard fill != nil || outline != nil else {
            warn(node, "\(node.label) has neither fill nor stroke, so it draws nothing; it is left out")
            return
        }
        var made: [ImportedElement] = []
        if let outline, fill == nil, isDab(mm) {
            // A dab: one round dot per subpath, as wide as the line, filled.
            var dots = BezierPath()
            for part in mm.subpaths {
                if let c = part.firstPoint { dots.append(.circle(center: c, radius: outline.width / 2)) }
            }
            made.append(ImportedElement(path: dots, fill: outline.colour, outline: nil, note: note + " (a dot)"))
        } else if let fill {
            var area = mm.closingEverySubpath()
            if style.evenOddFill { area = area.nonZeroEquivalentOfEvenOdd() }
            if outline == nil || mm.isClosed {
                made.append(ImportedElement(path: area, fill: fill, outline: outline, note: note))
            } else {
                // An open path filled and stroked: the fill closes it, the line does not.
                made.append(ImportedElement(path: area, fill: fill, outline: nil, note: note))
                made.append(ImportedElement(path: mm, fill: nil, outline: outline, note: note + " (its line)"))
            }
        } else {
            made.append(ImportedElement(path: mm, fill: nil, outline: outline, note: note))
        }
        groups[context.group].elements.append(contentsOf: made)
    }

    /// True when every subpath is shorter than `dabSize`: a dot, not a line.
    func isDab(_ path: BezierPath) -> Bool {
        path.subpaths.allSatisfy { part in
            guard let b = part.controlBounds else { return true }
            return max(b.size.width, b.size.height) < Self.dabSize
        }
    }

    /// The colour of a fill or stroke; gradients and patterns are reported and give their fallback.
    mutating func paint(_ paint: SVGPaint, of node: SVGNode, role: String, style: SVGStyle) throws(Diagnostic)
        -> RGBColour?
    {
        switch paint {
        case .none: return nil
        case .colour(let c): return c
        case .currentColour: return style.colour
        case .server(let id, let fallback):
            if id.contains(":") || id.contains("/") {
                throw failure(
                    node,
                    "the \(role) of \(node.label) refers to '\(id)' outside the file; batik reads nothing from other files or the network"
                )
            }
            let kind =
                ids[id].map {
                    $0.name.contains("Gradient") ? "gradient" : $0.name == "pattern" ? "pattern" : "<\($0.name)>"
                } ?? "paint server"
            warn(
                node,
                "the \(role) of \(node.label) is a \(kind) (#\(id)), which a dye bath cannot make; "
                    + (fallback.map { "its fallback colour \($0.hex) is used" } ?? "the \(role) is left out"),
                hint: "give it a flat colour in Inkscape (Fill and Stroke › Flat colour)")
            return fallback
        }
    }
}
