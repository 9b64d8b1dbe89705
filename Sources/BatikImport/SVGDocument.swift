import BatikGeometry
import BatikMotif
import Foundation

/// An SVG drawing read for import: the shapes as an `ImportedDrawing` in motif terms, and the
/// warnings about what did not come across.
///
/// Reading is defensive, since a file from anywhere is parsed: the size is checked first, entity
/// declarations are refused before the XML parser runs (`SVGPrescan`), nothing outside the file
/// is ever read (external entities, DTDs, `href`s to other files), and the page size, the number
/// of elements, path points and shapes are bounded (`SVGImportLimits`). Every refusal is a
/// `Diagnostic` with the place in the file.
public struct SVGDocument: Sendable {
    public var drawing: ImportedDrawing
    /// What was read but not imported (text, gradients, hidden layers, filters…), each naming the
    /// element by id, or by tag and line.
    public var warnings: [Diagnostic]

    /// Reads the SVG text in `data`. `path` names the file in messages; `name` becomes the motif's
    /// name (when nil: the drawing's `<title>`, else the file's stem).
    public init(data: Data, path: String, name: String? = nil) throws(Diagnostic) {
        guard data.count <= SVGImportLimits.fileBytes else {
            throw .svgError(
                path, line: 0, column: 0,
                "the file is \(data.count / 1_048_576) MB; an SVG to import may be at most \(SVGImportLimits.fileBytes / 1_048_576) MB",
                hint: "simplify the drawing (Path › Simplify in Inkscape) or remove embedded images")
        }
        try SVGPrescan.check([UInt8](data), path: path)
        let root = try SVGTreeReader.read(data, path: path)
        var warnings: [Diagnostic] = []
        let viewport = try SVGViewport(root: root, path: path, warnings: &warnings)
        var walker = SVGWalker(path: path, root: root)
        walker.warnings = warnings
        let context = SVGWalker.Context(group: 0, within: nil, isTopLevel: true)
        try walker.walkChildren(of: root, ctm: viewport.toMillimetres, style: SVGStyle().child(root), context: context)
        let groups = walker.groups.filter { !$0.elements.isEmpty }
        guard !groups.isEmpty else {
            throw .svgError(
                path, line: root.line, column: root.column, "the drawing has no shapes batik can import",
                hint: walker.warnings.isEmpty
                    ? "draw with paths, rectangles, circles or ellipses and give them a fill or a stroke"
                    : "see the warnings above for what was left out")
        }
        let page = viewport.page ?? Self.bounds(of: groups)
        guard MotifLimits.tileSide.contains(page.width), MotifLimits.tileSide.contains(page.height) else {
            throw .svgError(
                path, line: root.line, column: root.column,
                "the drawing is \(Self.mm(page.width)) × \(Self.mm(page.height)) mm; a motif's tile must be "
                    + "\(Self.mm(MotifLimits.tileSide.lowerBound)) to \(Self.mm(MotifLimits.tileSide.upperBound)) mm a side",
                hint: "set the page size in mm in Inkscape (File › Document Properties) to the size of one repeat")
        }
        // Motif coordinates are measured from the tile's centre.
        let centre = Vector(page.minX + page.width / 2, page.minY + page.height / 2)
        let centred = groups.map { g in
            ImportedGroup(
                label: g.label,
                elements: g.elements.map { e in
                    var moved = e
                    moved.path = e.path.translated(by: -centre)
                    return moved
                })
        }
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        // The drawing's own <title> (Inkscape: Document Properties › Metadata) names it best.
        let title = root.children.first { $0.name == "title" && $0.prefix == nil }?.text
            .trimmingCharacters(in: .whitespacesAndNewlines)
        self.drawing = ImportedDrawing(
            name: name ?? (title?.isEmpty == false ? title! : stem),
            source: URL(fileURLWithPath: path).lastPathComponent,
            tileSize: Size(width: page.width, height: page.height), groups: centred)
        self.warnings = walker.warnings
    }

    static func bounds(of groups: [ImportedGroup]) -> Rect {
        var box: Rect?
        for e in groups.flatMap(\.elements) {
            guard var b = e.path.controlBounds else { continue }
            if let o = e.outline { b = b.outsetBy(o.width / 2) }
            box = box.map { $0.union(b) } ?? b
        }
        return box ?? Rect(x: 0, y: 0, width: 0, height: 0)
    }

    static func mm(_ v: Double) -> String {
        v.rounded() == v ? String(Int(v)) : String(format: "%.1f", v)
    }
}
