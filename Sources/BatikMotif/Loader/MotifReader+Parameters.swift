internal import Yams

/// `params:` — named numbers, each a number or expression over the ones above it, or
/// `{ default:, min:, max:, note: }`. `--set name=value` overrides replace the default before the
/// parameters below are evaluated, so dependants follow the override.
extension MotifReader {
    static let parameterKeys = ["default", "min", "max", "note"]

    func readParameters(_ field: Field?, root: Node) {
        var seenOverrides: Set<String> = []
        if let field {
            if case .mapping(let mapping) = field.value {
                declaredParameterNames = Set(mapping.keys.compactMap(\.text))
                for (key, value) in mapping {
                    guard let name = key.text else {
                        error("parameter names must be names, found \(key.kindDescription)", at: key.position)
                        continue
                    }
                    if overrides[name] != nil { seenOverrides.insert(name) }
                    readParameter(name: name, key: key, value: value)
                }
            } else if !field.value.isNull {
                error(
                    "expected a mapping of parameters for 'params', found \(field.value.kindDescription)",
                    at: field.value.position, hint: "write params: { size: 24 }")
            }
        }
        // Overrides naming no parameter: reported at `params:` (or the top of the file), since
        // `--set` has no place of its own in the file.
        let place = field?.key.position ?? root.position
        for name in overrides.keys.sorted() where !seenOverrides.contains(name) {
            error(
                "no parameter named '\(name)' (from --set)", at: place,
                hint: Suggestions.hint(
                    for: name, in: parameters.map(\.name) + Array(brokenNames).sorted(),
                    listing: "parameters of this motif")
                    ?? "this motif has no parameters")
        }
    }

    private func readParameter(name: String, key: Node, value: Node) {
        guard isValidName(name) else {
            error(
                "'\(name)' cannot be a parameter name", at: key.position,
                hint: "use letters, digits and _ , starting with a letter")
            brokenNames.insert(name)
            return
        }
        if Expression.constants[name] != nil || Function(rawValue: name) != nil {
            error(
                "'\(name)' cannot be a parameter name: it is a built-in \(Expression.constants[name] != nil ? "constant" : "function")",
                at: key.position, hint: "choose another name")
            brokenNames.insert(name)
            return
        }
        var defaultNode = value
        var minimum: Double?, maximum: Double?, note: String?
        var limitsBroken = false
        if case .mapping = value {
            let f = fields(of: value, in: "parameter '\(name)'", allowed: Self.parameterKeys, required: ["default"])
            guard let d = f["default"] else {
                brokenNames.insert(name)
                return
            }
            defaultNode = d.value
            if let m = f["min"] {
                minimum = number(m.value, key: "min")
                limitsBroken = limitsBroken || minimum == nil
            }
            if let m = f["max"] {
                maximum = number(m.value, key: "max")
                limitsBroken = limitsBroken || maximum == nil
            }
            note = f["note"].flatMap { text($0.value, key: "note") }
        }
        guard let defaultValue = number(defaultNode, key: name) else {
            brokenNames.insert(name)
            return
        }
        let override = overrides[name]
        let value = override ?? defaultValue
        if !limitsBroken {
            let source = override != nil ? " (from --set)" : ""
            let place = override != nil ? key.position : defaultNode.position
            if let minimum, value < minimum {
                error(
                    "parameter '\(name)' is \(format(value))\(source), below its min \(format(minimum))", at: place,
                    hint: "use a value from \(format(minimum)) to \(maximum.map(format) ?? "any larger number")")
                brokenNames.insert(name)
                return
            }
            if let maximum, value > maximum {
                error(
                    "parameter '\(name)' is \(format(value))\(source), above its max \(format(maximum))", at: place,
                    hint: "use a value from \(minimum.map(format) ?? "any smaller number") to \(format(maximum))")
                brokenNames.insert(name)
                return
            }
        }
        scope[name] = value
        parameters.append(
            Parameter(name: name, value: value, defaultValue: defaultValue, note: note, minimum: minimum, maximum: maximum))
    }

    func isValidName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ($0.value >= 48 && $0.value <= 57) }
    }
}
