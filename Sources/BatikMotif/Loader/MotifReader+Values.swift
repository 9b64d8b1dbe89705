import BatikGeometry
internal import Yams

/// A key and its value in a mapping, both kept for their positions.
struct Field {
    var key: Node
    var value: Node
}

/// Typed reading of values. Each reader reports what is wrong with the value at its place and
/// returns nil, so the caller only skips the broken piece.
extension MotifReader {
    /// The fields of a mapping by key. Reports a value that is not a mapping, keys not in
    /// `allowed` (with the closest allowed key), and `required` keys that are missing.
    func fields(
        of node: Node, in context: String, allowed: [String], required: [String] = [],
        keyHints: [String: String] = KeyGlossary.hints
    ) -> [String: Field] {
        guard case .mapping(let mapping) = node else {
            error("expected a mapping (key: value pairs) for \(context), found \(node.kindDescription)", at: node.position)
            return [:]
        }
        var result: [String: Field] = [:]
        for (key, value) in mapping {
            guard let name = key.text else {
                error("keys must be names, found \(key.kindDescription) in \(context)", at: key.position)
                continue
            }
            if allowed.contains(name) {
                result[name] = Field(key: key, value: value)
            } else {
                error(
                    "unknown key '\(name)' in \(context)", at: key.position,
                    hint: Suggestions.hint(for: name, in: allowed, listing: "keys allowed here"))
            }
        }
        for name in required where result[name] == nil {
            error(
                "missing key '\(name)' in \(context)", at: node.position,
                hint: keyHints[name].map { "add \(name): \($0)" })
        }
        return result
    }

    /// A non-empty scalar's text.
    func text(_ node: Node, key: String) -> String? {
        guard let s = node.text else {
            error("expected text for '\(key)', found \(node.kindDescription)", at: node.position)
            return nil
        }
        return s
    }

    /// A number: a plain number or an expression over the parameters declared so far.
    func number(_ node: Node, key: String) -> Double? {
        guard case .scalar = node, let source = node.text else {
            error(
                "expected a number or an expression for '\(key)', found \(node.kindDescription)", at: node.position)
            return nil
        }
        if let v = Double(source), v.isFinite { return v }
        func column(_ offset: Int) -> TextPosition {
            node.textOffsetsAreColumns ? node.textStart.movedRight(by: offset) : node.position
        }
        let expression: Expression
        do {
            expression = try Expression(source)
        } catch {
            var hint = error.hint
            if error.message.hasPrefix("missing ')'"), node.textOffsetsAreColumns {
                // Inside { … } or [ … ], YAML ends a plain value at the first comma: `max(1, size)`
                // arrives here cut in two.
                hint = "if the expression has a comma inside { … } or [ … ], YAML cut it there: write it in quotes, e.g. \"max(1, size * 0.05)\""
            }
            self.error("in '\(key)': \(error.message)", at: column(error.offset), hint: hint)
            return nil
        }
        // A name whose own definition failed was reported there; say nothing more here.
        if !brokenNames.isDisjoint(with: expression.names) { return nil }
        do {
            return try expression.evaluate(scope)
        } catch {
            var hint = error.hint
            if error.message.hasPrefix("unknown name"), let name = expression.names.first(where: { scope[$0] == nil }),
                declaredParameterNames.contains(name)
            {
                hint = "'\(name)' is declared later in params:; a parameter can use only those above it"
            }
            self.error("in '\(key)': \(error.message)", at: column(error.offset), hint: hint)
            return nil
        }
    }

    /// A number greater than 0 (a size), at most `MotifLimits.shapeSize`.
    func size(_ node: Node, key: String) -> Double? {
        guard let v = number(node, key: key) else { return nil }
        guard v > 0 else {
            error("'\(key)' must be greater than 0, found \(format(v))", at: node.position)
            return nil
        }
        guard v <= MotifLimits.shapeSize else {
            error(
                "'\(key)' is \(format(v)) mm; the limit is \(format(MotifLimits.shapeSize)) mm for one size",
                at: node.position)
            return nil
        }
        return v
    }

    /// A whole number in `range`.
    func integer(_ node: Node, key: String, in range: ClosedRange<Int>, limitNote: String? = nil) -> Int? {
        guard let v = number(node, key: key) else { return nil }
        guard v == v.rounded() else {
            error("'\(key)' must be a whole number, found \(format(v))", at: node.position)
            return nil
        }
        guard v >= Double(range.lowerBound), v <= Double(range.upperBound) else {
            if v > Double(range.upperBound), let limitNote {
                error(
                    "'\(key)' is \(format(v)); the limit is \(range.upperBound) \(limitNote)", at: node.position,
                    hint: limitNote == "copies per repeat" ? AdjustableLimit.copies.howToChange : nil)
            } else {
                error("'\(key)' must be from \(range.lowerBound) to \(range.upperBound), found \(format(v))", at: node.position)
            }
            return nil
        }
        return Int(v)
    }

    /// A list of exactly two numbers, `[x, y]`.
    func pair(_ node: Node, key: String, what: String = "[x, y]") -> (Double, Double)? {
        guard case .sequence(let items) = node, items.count == 2 else {
            var found = node.kindDescription
            if case .sequence(let items) = node { found = "a list of \(items.count)" }
            error("expected a list of two numbers \(what) for '\(key)', found \(found)", at: node.position)
            return nil
        }
        let a = number(items[0], key: key), b = number(items[1], key: key)
        guard let a, let b else { return nil }
        return (a, b)
    }

    func point(_ node: Node, key: String) -> Point? {
        pair(node, key: key).map { Point($0.0, $0.1) }
    }

    /// `true` or `false` (also yes / no).
    func bool(_ node: Node, key: String) -> Bool? {
        switch node.text?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error("expected true or false for '\(key)', found \(node.kindDescription)", at: node.position)
            return nil
        }
    }

    /// One of `choices` (a shape, a tool use, a dye method), with the closest choice as a hint.
    func choice(_ node: Node, key: String, from choices: [String], what: String) -> String? {
        guard let s = text(node, key: key) else { return nil }
        guard choices.contains(s) else {
            error(
                "unknown \(what) '\(s)'", at: node.position,
                hint: Suggestions.hint(for: s, in: choices, listing: "use one of", listLimit: 20))
            return nil
        }
        return s
    }

    /// The list items of a sequence (an empty value counts as an empty list).
    func list(_ node: Node, key: String) -> [Node]? {
        if node.isNull { return [] }
        guard case .sequence(let items) = node else {
            error("expected a list for '\(key)', found \(node.kindDescription)", at: node.position)
            return nil
        }
        return Array(items)
    }

    /// Numbers as users read them: 24, 0.5, 1.25; beyond a billion in scientific notation (1e+300),
    /// so a mistyped exponent does not print three hundred digits.
    func format(_ v: Double) -> String {
        if abs(v) >= 1e9 { return String(format: "%.3g", v) }
        if v == v.rounded() { return String(Int(v)) }
        return SVGPathNumberFormat.string(v)
    }
}

/// One-phrase explanations of keys, used in "missing key" hints (`add r: the radius in mm`).
enum KeyGlossary {
    static let hints: [String: String] = [
        "name": "the motif's name, e.g. Kawung Picis",
        "origin": "where the motif comes from and what it means",
        "tile": "{ size: [24, 24], repeat: square }",
        "cloth": "the undyed cloth colour in quotes, e.g. \"#efe6d2\"",
        "colours": "named recipes, e.g. { putih: [], biru: [nila] }",
        "background": "the recipe of the ground, e.g. putih",
        "elements": "the list of shapes in the tile",
        "size": "[width, height] in mm",
        "repeat": "square (or another lattice)",
        "r": "the radius in mm",
        "inner": "the radius of the notches in mm",
        "points": "the number of tips",
        "sides": "the number of corners",
        "length": "the length in mm",
        "width": "the width in mm",
        "turns": "the number of turns",
        "amplitude": "the height of a crest above the middle line, in mm",
        "d": "SVG path data in mm, e.g. \"M0 0 L10 0 L5 8 Z\"",
        "colour": "a recipe name from colours:",
        "kind": "cecek, cecek-pitu, sawut, galaran, crosshatch, ukel, sisik or gringsing",
        "default": "the value, e.g. 24",
        "spout": "the spout bore in mm, e.g. 1.2",
        "step": "[dx, dy] in mm between copies",
    ]

    /// The hints of an `lsystem` element, where `step` and `angle` mean the turtle's.
    static let lsystemHints = hints.merging([
        "axiom": "the string the plant grows from, e.g. X or F",
        "rules": "what each symbol becomes, e.g. { X: \"F[+X]F[-X]+X\", F: FF }",
        "angle": "the turn of each + and - in degrees, e.g. 25",
        "iterations": "how many times the rules are applied, e.g. 4",
        "step": "the length of each F in mm, e.g. 1.5",
    ]) { $1 }
}
