/// One XML element of the SVG file, as the parser met it: the tree the importer walks.
///
/// Names are kept without their namespace prefix (`svg:path` is `path`); attribute names keep
/// theirs (`inkscape:label`, `xlink:href`), since the importer asks for those by what they mean.
final class SVGNode {
    let name: String
    /// The namespace prefix as written (`sodipodi` in `sodipodi:namedview`), nil for none.
    let prefix: String?
    let attributes: [String: String]
    /// Where the start tag is in the file (1-based), for warnings and errors.
    let line: Int
    let column: Int
    var children: [SVGNode] = []
    /// The element's own character data (a `<title>`'s text); kept short.
    var text = ""

    init(name: String, prefix: String?, attributes: [String: String], line: Int, column: Int) {
        self.name = name
        self.prefix = prefix
        self.attributes = attributes
        self.line = line
        self.column = column
    }

    var id: String? { attributes["id"] }

    /// An attribute by its name without prefix (`href` finds `xlink:href` too), the plain name first.
    func attribute(local name: String) -> String? {
        if let v = attributes[name] { return v }
        for (key, value) in attributes where key.hasSuffix(":" + name) { return value }
        return nil
    }

    /// How warnings name the element: `<path id="petal">`, or `<text>` at its line when it has no id.
    var label: String {
        if let id, !id.isEmpty { return "<\(name) id=\"\(id)\">" }
        return "<\(name)> on line \(line)"
    }
}
