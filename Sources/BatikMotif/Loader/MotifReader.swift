import BatikGeometry
internal import Yams

/// Reads one composed YAML document into a `Motif`, collecting every problem on the way.
///
/// The reader never stops at the first error: a broken piece is reported and skipped, and names
/// whose definition failed (a parameter, a recipe, a component) are remembered so that their uses
/// do not report the same mistake again. Sections are read in dependency order (parameters, tile,
/// palette, tools, components, elements) whatever their order in the file.
final class MotifReader {
    let path: String
    /// Source lines, for hints that need the raw text (a colour swallowed as a comment).
    let lines: [Substring]
    let overrides: [String: Double]
    private(set) var diagnostics: [Diagnostic] = []

    // Parameters: values in force, and names whose definition failed.
    var scope: [String: Double] = [:]
    var parameters: [Parameter] = []
    var brokenNames: Set<String> = []
    /// Every parameter name, so a use before its declaration gets a precise hint.
    var declaredParameterNames: Set<String> = []

    // Palette and tools.
    var dyes: [Dye] = []
    var recipes: [Recipe] = []
    var brokenRecipes: Set<String> = []
    var tools: [String: CantingTool] = CantingTool.library

    // Components: their names (known before any is read, so order does not matter), their elements.
    var componentNames: [String] = []
    var components: [String: [ElementSpec]] = [:]

    init(path: String, text: String, overrides: [String: Double]) {
        self.path = path
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.overrides = overrides
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(_ message: String, at position: TextPosition, hint: String? = nil) {
        report(.error, message, at: position, hint: hint)
    }

    func warning(_ message: String, at position: TextPosition, hint: String? = nil) {
        report(.warning, message, at: position, hint: hint)
    }

    private func report(_ severity: Diagnostic.Severity, _ message: String, at p: TextPosition, hint: String?) {
        guard diagnostics.count < MotifLimits.diagnostics else { return }
        diagnostics.append(
            Diagnostic(file: path, line: p.line, column: p.column, severity: severity, message: message, hint: hint))
    }

    // MARK: The document

    static let topKeys = [
        "name", "origin", "description", "unit", "params", "tile", "cloth", "dyes", "colours", "background",
        "tools", "components", "elements",
    ]
    static let requiredTopKeys = ["name", "origin", "tile", "cloth", "colours", "background", "elements"]

    /// The motif, or nil when any error was reported.
    func read(_ root: Node) -> Motif? {
        guard case .mapping = root else {
            error(
                "a motif file must be a mapping of keys (name:, tile:, elements:, …), found \(root.kindDescription)",
                at: root.position, hint: "start from the file `batik new NAME` writes")
            return nil
        }
        let top = fields(of: root, in: "the motif", allowed: Self.topKeys, required: Self.requiredTopKeys)

        let name = top["name"].flatMap { text($0.value, key: "name") }
        let origins = top["origin"].flatMap { localizedText($0.value, key: "origin") }
        let descriptions = top["description"].flatMap { localizedText($0.value, key: "description") } ?? [:]
        let origin = origins.map { $0["en"] ?? $0["id"] ?? "" }
        let description = descriptions["en"] ?? descriptions["id"] ?? ""
        if let unit = top["unit"] { readUnit(unit.value) }

        readParameters(top["params"], root: root)
        let tile = top["tile"].flatMap { readTile($0.value) }
        let cloth = top["cloth"].flatMap { colour($0.value, key: "cloth", keyNode: $0.key) }
        if let dyes = top["dyes"] { readDyes(dyes.value) }
        if let colours = top["colours"] { readRecipes(colours.value) }
        let background = top["background"].flatMap { recipeName($0.value, key: "background") }
        if let tools = top["tools"] { readTools(tools.value) }
        if let components = top["components"] { readComponents(components.value) }
        let elements = top["elements"].map { readElements($0.value, in: "elements") } ?? []

        let marks = top["elements"].flatMap { expand(elements, at: $0.key.position) }

        guard !hasErrors, let name, let origin, let tile, let cloth, let background, let marks else { return nil }
        var motif = Motif(
            name: name, origin: origin, description: description, sourcePath: path, parameters: parameters,
            tile: tile, cloth: cloth, dyes: dyes, recipes: recipes, background: background, tools: tools,
            tileMarks: marks, warnings: diagnostics.filter { $0.severity == .warning })
        motif.originByLanguage = origins ?? [:]
        motif.descriptionByLanguage = descriptions
        return motif
    }

    /// Text in one language (`description: …`, kept under "en"), or per language
    /// (`description: { id: …, en: … }`).
    func localizedText(_ node: Node, key: String) -> [String: String]? {
        if case .mapping = node {
            let f = fields(of: node, in: "'\(key)' (one text per language)", allowed: ["id", "en"])
            var texts: [String: String] = [:]
            for language in ["id", "en"] {
                if let field = f[language], let t = text(field.value, key: "\(key).\(language)") { texts[language] = t }
            }
            if texts.isEmpty {
                error(
                    "'\(key)' has no text", at: node.position,
                    hint: "give it in Indonesian and English: \(key): { id: …, en: … }")
                return nil
            }
            return texts
        }
        return text(node, key: key).map { ["en": $0] }
    }

    func readUnit(_ node: Node) {
        guard let unit = text(node, key: "unit") else { return }
        if unit != "mm" {
            error(
                "unknown unit '\(unit)'; motif files measure in millimetres", at: node.position,
                hint: "write unit: mm and give sizes in mm (1 cm = 10 mm, 1 inch = 25.4 mm)")
        }
    }
}
