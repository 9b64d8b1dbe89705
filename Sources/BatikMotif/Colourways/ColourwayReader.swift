internal import Yams

/// Walks a colourway file's node tree, collecting every problem with its place.
final class ColourwayReader {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    private func error(_ message: String, at p: TextPosition, hint: String? = nil) {
        diagnostics.append(Diagnostic(file: path, line: p.line, column: p.column, message: message, hint: hint))
    }

    static let keys = ["name", "cloth", "dyes"]

    func read(_ root: Node) -> [Colourway] {
        var list = root
        if case .mapping(let mapping) = root {
            var found: Node?
            for (key, value) in mapping {
                if key.text == "colourways" {
                    found = value
                } else {
                    error(
                        "unknown key '\(key.text ?? "?")' in a colourway file", at: key.position,
                        hint: Suggestions.hint(for: key.text ?? "", in: ["colourways"], listing: "the file holds"))
                }
            }
            guard let found else {
                error("missing 'colourways:'", at: root.position, hint: "write colourways: and a list under it")
                return []
            }
            list = found
        }
        guard case .sequence(let items) = list else {
            error(
                "expected a list of colourways ('- name: …'), found \(list.kindDescription)", at: list.position,
                hint: "start each colourway with '- name:'")
            return []
        }
        if items.count > ColourwayFile.maximumColourways {
            error(
                "\(items.count) colourways; at most \(ColourwayFile.maximumColourways) are shown", at: list.position,
                hint: "split them into two files")
        }
        var names: Set<String> = []
        return items.compactMap { item in
            let colourway = readColourway(item)
            if let c = colourway, !names.insert(c.name).inserted {
                error("two colourways are named '\(c.name)'", at: item.position, hint: "give each its own name")
            }
            return colourway
        }
    }

    private func readColourway(_ node: Node) -> Colourway? {
        guard case .mapping(let mapping) = node else {
            error("expected a colourway (name:, dyes:), found \(node.kindDescription)", at: node.position)
            return nil
        }
        var name: String?
        var cloth: RGBColour?
        var dyes: [String: RGBColour] = [:]
        var positions: [String: SourcePosition] = [:]
        for (key, value) in mapping {
            switch key.text ?? "" {
            case "name":
                name = value.text.map { $0.trimmingCharacters(in: .whitespaces) }
                if name?.isEmpty ?? true { error("the colourway's name is empty", at: value.position) }
            case "cloth":
                cloth = colour(value, key: "cloth")
            case "dyes":
                guard case .mapping(let entries) = value else {
                    error(
                        "expected dye: colour pairs for 'dyes', found \(value.kindDescription)", at: value.position,
                        hint: "write dyes: { nila: \"#1f3b73\" }")
                    continue
                }
                for (dyeKey, dyeValue) in entries {
                    guard let dye = dyeKey.text else { continue }
                    if let c = colour(dyeValue, key: dye) {
                        dyes[dye] = c
                        positions[dye] = SourcePosition(line: dyeKey.position.line, column: dyeKey.position.column)
                    }
                }
            default:
                error(
                    "unknown key '\(key.text ?? "?")' in a colourway", at: key.position,
                    hint: Suggestions.hint(for: key.text ?? "", in: Self.keys, listing: "keys allowed here"))
            }
        }
        guard let name, !name.isEmpty else {
            if diagnostics.isEmpty { error("a colourway needs a name", at: node.position, hint: "add name: Sogan klasik") }
            return nil
        }
        return Colourway(name: name, cloth: cloth, dyes: dyes, dyePositions: positions)
    }

    private func colour(_ node: Node, key: String) -> RGBColour? {
        guard let text = node.text, let c = RGBColour(hex: text) else {
            error(
                "'\(node.text ?? node.kindDescription)' is not a colour for '\(key)'", at: node.position,
                hint: "write a hex colour in quotes, such as \"#2b3a67\"")
            return nil
        }
        return c
    }
}
