import BatikGeometry
import BatikMotif
import Foundation

/// Walks the SVG tree in drawing order, carrying the transform and the style down, and collects
/// the shapes as `ImportedElement`s in page millimetres, group by group.
///
/// Each top-level `<g>` (an Inkscape layer, or a plain group) becomes a group of its own; groups
/// inside it are flattened into it, each shape's note naming the group it came from. Everything
/// that cannot become wax or dye is reported as a warning naming the element.
struct SVGWalker {
    let path: String
    /// Elements by id, for `<use href="#id">`.
    let ids: [String: SVGNode]
    var warnings: [Diagnostic] = []
    var groups: [ImportedGroup] = [ImportedGroup(label: nil, elements: [])]
    /// Coordinates read from path data so far (`SVGImportLimits.pathPoints`).
    var points = 0
    var shapes = 0

    /// Where a shape goes and how its note reads.
    struct Context {
        var group: Int
        /// The innermost named group below the top level, for the note.
        var within: String?
        /// Ids of the `<use>` elements being expanded, innermost last (cycles and depth).
        var uses: [String] = []
        var isTopLevel: Bool
    }

    init(path: String, root: SVGNode) {
        self.path = path
        var ids: [String: SVGNode] = [:]
        var stack = [root]
        while let node = stack.popLast() {
            if let id = node.id, ids[id] == nil { ids[id] = node }
            stack.append(contentsOf: node.children)
        }
        self.ids = ids
    }

    mutating func warn(_ node: SVGNode, _ message: String, hint: String? = nil) {
        warnings.append(.svgWarning(path, line: node.line, column: node.column, message, hint: hint))
    }

    func failure(_ node: SVGNode, _ message: String, hint: String? = nil) -> Diagnostic {
        .svgError(path, line: node.line, column: node.column, message, hint: hint)
    }

    /// Elements that hold no drawing of their own, or only what a drawing program keeps for itself.
    static let silent: Set<String> = [
        "defs", "symbol", "metadata", "title", "desc", "linearGradient", "radialGradient", "pattern", "clipPath",
        "mask", "filter", "marker", "script", "namedview",
    ]

    mutating func walkChildren(of node: SVGNode, ctm: AffineTransform, style: SVGStyle, context: Context)
        throws(Diagnostic)
    {
        for child in node.children {
            try walk(child, ctm: ctm, parentStyle: style, context: context)
        }
    }

    mutating func walk(_ node: SVGNode, ctm parentCTM: AffineTransform, parentStyle: SVGStyle, context: Context)
        throws(Diagnostic)
    {
        // Editors' own elements (sodipodi:namedview, inkscape:perspective) hold no drawing.
        if let prefix = node.prefix, prefix != "svg" { return }
        try checkReference(node)
        if Self.silent.contains(node.name) { return }
        let style = parentStyle.child(node)
        let isLayer = node.attribute(local: "groupmode") == "layer"
        let label = node.attribute(local: "label") ?? node.id
        if style.displayNone {
            if isLayer {
                warn(
                    node, "the hidden layer '\(label ?? "?")' is not imported",
                    hint: "show the layer in Inkscape if it belongs to the motif")
            } else if node.name != "style" {
                warn(node, "\(node.label) is hidden (display: none) and is not imported")
            }
            return
        }
        for problem in style.problems { warn(node, "\(node.label): \(problem); the value is ignored") }
        if !style.unsupported.isEmpty {
            let list = style.unsupported.joined(separator: ", ")
            warn(
                node, "\(node.label) has \(list), which batik does not import; it is imported without",
                hint: "a canting draws plain lines and areas: apply or remove the effect in Inkscape")
        }
        var ctm = parentCTM
        if let text = node.attributes["transform"] {
            do {
                ctm = try SVGTransformList.parse(text).then(parentCTM)
            } catch {
                throw failure(node, "transform=\"\(text)\" cannot be read: \(error.message)")
            }
        }
        switch node.name {
        case "g", "a", "switch":
            var inner = context
            inner.isTopLevel = false
            if context.isTopLevel {
                groups.append(ImportedGroup(label: label, elements: []))
                inner.group = groups.count - 1
            } else if let label {
                inner.within = isLayer ? "sublayer '\(label)'" : "group '\(label)'"
            }
            try walkChildren(of: node, ctm: ctm, style: style, context: inner)
        case _ where SVGShapeGeometry.shapeNames.contains(node.name):
            try shape(node, ctm: ctm, style: style, context: context)
        case "use":
            try use(node, ctm: ctm, style: style, context: context)
        case "text", "flowRoot", "textPath":
            warn(
                node, "the text \(node.label) is not imported",
                hint: "turn it into paths in Inkscape (Path › Object to Path) to draw it with wax")
        case "image":
            warn(
                node, "the embedded image \(node.label) is not imported",
                hint: "trace it with `batik trace`, or draw over it in Inkscape")
        case "style":
            warn(
                node, "the style sheet (<style>) on line \(node.line) is not read; only style attributes are",
                hint: "in Inkscape, set Preferences › Input/Output › SVG output › style to attributes or inline")
        case "svg":
            warn(node, "the nested drawing \(node.label) is not imported", hint: "ungroup it in Inkscape")
        default:
            warn(node, "\(node.label) is not a shape batik can import; it is left out")
        }
    }

    /// `href`/`xlink:href` may point inside the file only: nothing is ever fetched or read from
    /// elsewhere. Embedded images (`data:`) are not references; they are reported as images.
    func checkReference(_ node: SVGNode) throws(Diagnostic) {
        guard let href = node.attribute(local: "href")?.trimmingCharacters(in: .whitespaces) else { return }
        if href.hasPrefix("#") { return }
        if node.name == "image", href.lowercased().hasPrefix("data:") { return }
        let shown = href.count > 60 ? String(href.prefix(57)) + "…" : href
        throw failure(
            node,
            "\(node.label) refers to '\(shown)' outside the file; batik reads nothing from other files or the network",
            hint: node.name == "image"
                ? "delete the linked image, or embed it and trace it with `batik trace`"
                : "point it at an element of this file (href=\"#id\"), or delete it")
    }

    mutating func use(_ node: SVGNode, ctm: AffineTransform, style: SVGStyle, context: Context) throws(Diagnostic) {
        guard let href = node.attribute(local: "href")?.trimmingCharacters(in: .whitespaces), href.hasPrefix("#") else {
            warn(node, "\(node.label) refers to nothing (no href=\"#id\"); it is left out")
            return
        }
        let id = String(href.dropFirst())
        guard let target = ids[id] else {
            warn(node, "\(node.label) refers to #\(id), which is not in the file; it is left out")
            return
        }
        if context.uses.contains(id) || target === node {
            throw failure(node, "\(node.label) uses #\(id), which uses itself; the drawing would never end")
        }
        guard context.uses.count < SVGImportLimits.useDepth else {
            throw failure(node, "\(node.label) is <use> nested more than \(SVGImportLimits.useDepth) deep")
        }
        let x: Double, y: Double
        do {
            x = try SVGShapeGeometry.length(node, "x")
            y = try SVGShapeGeometry.length(node, "y")
        } catch {
            throw failure(node, "\(node.label): \(error.message)")
        }
        var inner = context
        inner.uses.append(id)
        inner.isTopLevel = false
        inner.within = context.within ?? node.label
        let placed = AffineTransform.translation(x: x, y: y).then(ctm)
        if target.name == "symbol" {
            try walkChildren(of: target, ctm: placed, style: style.child(target), context: inner)
        } else {
            try walk(target, ctm: placed, parentStyle: style, context: inner)
        }
    }
}
