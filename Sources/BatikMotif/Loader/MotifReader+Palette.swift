internal import Yams

/// `cloth`, `dyes`, `colours` and `background`: the colour model's inputs (DESIGN.md, "The colour
/// model"). Recipes name baths; every fill and outline names a recipe.
extension MotifReader {
    static let dyeKeys = ["name", "colour", "method"]

    /// A hex colour. An empty value whose source line shows `#…` after the key is the classic
    /// YAML trap (an unquoted `#` starts a comment), which gets its own hint.
    func colour(_ node: Node, key: String, keyNode: Node) -> RGBColour? {
        if node.isNull {
            if let (swallowed, place) = commentedColour(after: keyNode) {
                error(
                    "the colour for '\(key)' is empty: YAML read the unquoted \(swallowed) as a comment",
                    at: place, hint: "write it in quotes: \"\(swallowed)\"")
            } else {
                error(
                    "expected a colour for '\(key)', found nothing", at: node.position,
                    hint: "write a colour in quotes, e.g. \"#efe6d2\"")
            }
            return nil
        }
        guard let s = node.text else {
            error("expected a colour such as \"#efe6d2\" for '\(key)', found \(node.kindDescription)", at: node.position)
            return nil
        }
        guard let c = RGBColour(hex: s) else {
            error(
                "invalid colour '\(s)' for '\(key)'", at: node.position,
                hint: "write \"#\" and six hex digits (0-9, a-f) in quotes, e.g. \"#2b3a67\"")
            return nil
        }
        return c
    }

    /// The `#rrggbb` that follows `key:` on the key's line, and where it is, if the line has one.
    func commentedColour(after keyNode: Node) -> (String, TextPosition)? {
        let p = keyNode.position
        guard p.line >= 1, p.line <= lines.count else { return nil }
        let line = Array(lines[p.line - 1].unicodeScalars)
        var i = min(max(p.column - 1, 0), line.count)
        while i < line.count, line[i] != ":" { i += 1 }
        while i < line.count, line[i] != "#" { i += 1 }
        guard i < line.count else { return nil }
        var j = i + 1
        while j < line.count, Character(line[j]).isHexDigit { j += 1 }
        guard j - i - 1 >= 3 else { return nil }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: line[i..<j])
        return (String(s), TextPosition(line: p.line, column: i + 1))
    }

    func readDyes(_ node: Node) {
        guard let items = list(node, key: "dyes") else { return }
        var firstLine: [String: Int] = [:]
        for item in items {
            let f = fields(
                of: item, in: "a dye", allowed: Self.dyeKeys, required: ["name", "colour"],
                keyHints: [
                    "name": "the bath's name, e.g. nila", "colour": "the bath's colour in quotes, e.g. \"#2b3a67\"",
                ])
            guard let nameField = f["name"], let name = text(nameField.value, key: "name") else { continue }
            if let line = firstLine[name] {
                error(
                    "bath '\(name)' is listed twice in dyes", at: nameField.value.position,
                    hint: "each bath appears once, in the order the cloth receives them (first at line \(line))")
                continue
            }
            firstLine[name] = nameField.value.position.line
            let c = f["colour"].flatMap { colour($0.value, key: "colour", keyNode: $0.key) }
            var method = Dye.Method.dip
            if let m = f["method"] {
                guard let s = choice(m.value, key: "method", from: Dye.Method.allCases.map(\.rawValue), what: "dye method")
                else { continue }
                method = Dye.Method(rawValue: s)!
            }
            guard let c else { continue }
            dyes.append(Dye(name: name, colour: c, method: method))
        }
    }

    func readRecipes(_ node: Node) {
        guard case .mapping(let mapping) = node else {
            error(
                "expected a mapping of recipes for 'colours', found \(node.kindDescription)", at: node.position,
                hint: "write colours: { putih: [], biru: [nila] }")
            return
        }
        let bathOrder = Dictionary(uniqueKeysWithValues: dyes.enumerated().map { ($1.name, $0) })
        for (key, value) in mapping {
            guard let name = key.text else {
                error("recipe names must be names, found \(key.kindDescription)", at: key.position)
                continue
            }
            // A single bath may be written without brackets.
            let items: [Node]
            if case .scalar = value, !value.isNull {
                items = [value]
            } else if let l = list(value, key: name) {
                items = l
            } else {
                brokenRecipes.insert(name)
                continue
            }
            var baths: [String] = []
            var ok = true
            for item in items {
                guard let bath = text(item, key: name) else { ok = false; continue }
                if bathOrder[bath] == nil {
                    ok = false
                    error(
                        "recipe '\(name)' names '\(bath)', which is not a bath in dyes", at: item.position,
                        hint: dyes.isEmpty
                            ? "declare the bath under dyes: first"
                            : Suggestions.hint(for: bath, in: dyes.map(\.name), listing: "the baths are"))
                } else if baths.contains(bath) {
                    ok = false
                    error("bath '\(bath)' is listed twice in recipe '\(name)'", at: item.position, hint: "list each bath once")
                } else {
                    baths.append(bath)
                }
            }
            guard ok else {
                brokenRecipes.insert(name)
                continue
            }
            recipes.append(Recipe(name: name, baths: baths.sorted { bathOrder[$0]! < bathOrder[$1]! }))
        }
    }

    /// A recipe declared under `colours:` (for fill, outline, background).
    func recipeName(_ node: Node, key: String) -> String? {
        guard let s = text(node, key: key) else { return nil }
        if brokenRecipes.contains(s) { return nil }
        guard recipes.contains(where: { $0.name == s }) else {
            error(
                "unknown colour recipe '\(s)' for '\(key)'", at: node.position,
                hint: recipes.isEmpty
                    ? "declare it under colours:, e.g. colours: { \(s): [] }"
                    : Suggestions.hint(
                        for: s, in: recipes.map(\.name) + brokenRecipes.sorted(), listing: "recipes declared in colours"))
            return nil
        }
        return s
    }
}
