import BatikGeometry
internal import Yams

/// `elements:` and `components:`. An element draws a shape or places a component (`use:`), with
/// its own transform, local repeats, colours and draw order.
extension MotifReader {
    static let commonElementKeys = [
        "shape", "use", "at", "rotate", "scale", "mirror", "repeat", "fill", "outline", "isen", "order",
    ]
    static let outlineKeys = ["colour", "tool", "width"]

    func readComponents(_ node: Node) {
        guard case .mapping(let mapping) = node else {
            error(
                "expected a mapping of components for 'components', found \(node.kindDescription)", at: node.position,
                hint: "write components: { bunga: [ { shape: circle, r: 2, fill: putih } ] }")
            return
        }
        // All names first, so a component may use one declared below it.
        componentNames = mapping.keys.compactMap(\.text)
        for (key, value) in mapping {
            guard let name = key.text else {
                error("component names must be names, found \(key.kindDescription)", at: key.position)
                continue
            }
            components[name] = readElements(value, in: "component '\(name)'")
        }
    }

    func readElements(_ node: Node, in context: String) -> [ElementSpec] {
        guard let items = list(node, key: context) else { return [] }
        return items.enumerated().compactMap { readElement($1, index: $0, in: context) }
    }

    var errorCount: Int { diagnostics.count { $0.severity == .error } }

    /// One element, or nil (with its errors reported) when any part of it is broken. `index` is
    /// its place in its list.
    func readElement(_ node: Node, index: Int, in context: String) -> ElementSpec? {
        guard case .mapping(let mapping) = node else {
            error(
                "each entry of \(context) must be a mapping such as { shape: circle, r: 5 }, found \(node.kindDescription)",
                at: node.position)
            return nil
        }
        let before = errorCount
        let shapeNode = mapping["shape"], useNode = mapping["use"]
        var kind: ShapeKind?
        var allowed = Self.commonElementKeys
        var what = "element"
        if let shapeNode, useNode != nil {
            error("an element has either 'shape' or 'use', not both", at: shapeNode.position)
        } else if let shapeNode {
            if let s = choice(shapeNode, key: "shape", from: ShapeKind.allCases.map(\.rawValue), what: "shape") {
                kind = ShapeKind(rawValue: s)
                allowed += kind!.keys
                what = "\(s) element"
            } else {
                allowed += ShapeKind.allKeys  // unknown shape: do not also report its keys
            }
        } else if useNode == nil {
            allowed += ShapeKind.allKeys  // no shape named: its keys are not the mistake
            error(
                "element needs 'shape' or 'use'", at: node.position,
                hint: "e.g. shape: circle, or use: NAME to place a component")
        }
        let f = fields(
            of: node, in: what, allowed: allowed, required: kind?.requiredKeys ?? [],
            keyHints: kind == .lsystem ? KeyGlossary.lsystemHints : KeyGlossary.hints)

        var content: ElementSpec.Content?
        var isOpen = false
        var turtleSegments = 0
        if let kind {
            if let spec = readShape(kind, f, at: node.position) {
                let path = spec.path
                content = .shape(path)
                turtleSegments = spec.turtleSegments
                isOpen = kind.isAlwaysOpen || !path.isClosed
            }
        } else if let useNode, shapeNode == nil, let name = text(useNode, key: "use") {
            if componentNames.contains(name) {
                content = .component(name)
            } else {
                error(
                    "unknown component '\(name)' in 'use'", at: useNode.position,
                    hint: componentNames.isEmpty
                        ? "declare it under components: first"
                        : Suggestions.hint(for: name, in: componentNames, listing: "components"))
            }
        }

        let placement = readPlacement(f)
        var repeats: [LocalRepeat] = []
        if let r = f["repeat"] { repeats = readRepeats(r.value) }

        var fill: String?, outline: Stroke?
        var isen: [(fill: IsenFill, position: TextPosition)] = []
        if useNode != nil {
            for key in ["fill", "outline", "isen"] {
                if let field = f[key] {
                    error(
                        "'\(key)' does not apply to an element with 'use'", at: field.key.position,
                        hint: "give the component's own elements their \(key)")
                }
            }
        } else {
            if let fillField = f["fill"] {
                fill = recipeName(fillField.value, key: "fill")
                if isOpen {
                    let name = kind!.openShapeReason
                    error(
                        "'fill' on an open shape: \(name)", at: fillField.key.position,
                        hint: kind == .path ? "end the path data with Z to close it, or use outline instead" : "use outline instead")
                }
            }
            if kind == .path, !isOpen, f["fill"] != nil || f["isen"] != nil, case .shape(let path)? = content,
                let d = f["d"]
            {
                _ = checkFilledPath(path, at: d.value)
            }
            if let o = f["outline"] { outline = readOutline(o.value) }
            if let i = f["isen"] {
                if isOpen {
                    let name = kind!.openShapeReason
                    error(
                        "'isen' on an open shape: \(name)", at: i.key.position,
                        hint: kind == .path
                            ? "end the path data with Z to close it" : "isen-isen fill the inside of closed shapes")
                }
                isen = readIsen(i.value, elementIndex: index) ?? []
            }
        }
        var order = 0
        if let o = f["order"] { order = integer(o.value, key: "order", in: -1_000_000...1_000_000) ?? 0 }

        guard errorCount == before, let content, let placement else { return nil }
        if case .shape = content, f["fill"] == nil, f["outline"] == nil, f["isen"] == nil {
            warning(
                "this \(kind!.rawValue) has neither 'fill' nor 'outline', so it draws nothing", at: node.position,
                hint: "add fill: RECIPE or outline: RECIPE")
        }
        return ElementSpec(
            content: content, position: node.position, usePosition: useNode?.position, placement: placement,
            repeats: repeats, fill: fill, outline: outline, order: order, isen: isen, turtleSegments: turtleSegments)
    }

    /// `at`, `rotate`, `scale`, `mirror`, applied scale → mirror → rotate → translate.
    private func readPlacement(_ f: [String: Field]) -> AffineTransform? {
        var t = AffineTransform.identity
        var ok = true
        if let s = f["scale"] {
            let sx: Double?, sy: Double?
            if case .sequence = s.value {
                let p = pair(s.value, key: "scale", what: "[sx, sy]")
                (sx, sy) = (p?.0, p?.1)
            } else {
                sx = number(s.value, key: "scale")
                sy = sx
            }
            if let sx, let sy {
                if sx <= 0 || sy <= 0 {
                    error(
                        "'scale' must be greater than 0, found \(format(min(sx, sy)))", at: s.value.position,
                        hint: sx < 0 || sy < 0 ? "to flip a shape, use mirror: x or mirror: y" : nil)
                    ok = false
                } else {
                    t = t.then(.scale(x: sx, y: sy))
                }
            } else {
                ok = false
            }
        }
        if let m = f["mirror"] {
            if let axis = choice(m.value, key: "mirror", from: ["x", "y", "xy"], what: "mirror axis") {
                t = t.then(Self.mirror(axis, about: .zero))
            } else {
                ok = false
            }
        }
        if let r = f["rotate"] {
            if let deg = number(r.value, key: "rotate") { t = t.then(.rotation(.degrees(deg))) } else { ok = false }
        }
        if let a = f["at"] {
            if let p = point(a.value, key: "at") { t = t.then(.translation(p.vector)) } else { ok = false }
        }
        return ok ? t : nil
    }

    /// `x` flips left-right (x → −x), `y` flips up-down, `xy` both (a half turn), about `about`.
    static func mirror(_ axis: String, about p: Point) -> AffineTransform {
        switch axis {
        case "x": .reflection(across: .degrees(90), through: p)
        case "y": .reflection(across: .zero, through: p)
        default: .rotation(.degrees(180), about: p)
        }
    }

    /// `outline: recipe` (canting klowong) or `{ colour: recipe, tool: name, width: mm }`.
    private func readOutline(_ node: Node) -> Stroke? {
        if case .mapping = node {
            let f = fields(of: node, in: "outline", allowed: Self.outlineKeys, required: ["colour"])
            let colour = f["colour"].flatMap { recipeName($0.value, key: "colour") }
            var tool = tools["klowong"]!
            if let t = f["tool"] {
                guard let found = self.tool(t.value, key: "tool") else { return nil }
                tool = found
            }
            var width = tool.lineWidth
            if let w = f["width"] {
                guard let v = size(w.value, key: "width") else { return nil }
                width = v
            }
            guard let colour else { return nil }
            return Stroke(tool: tool.name, width: width, colour: colour)
        }
        guard let colour = recipeName(node, key: "outline") else { return nil }
        let klowong = tools["klowong"]!
        return Stroke(tool: klowong.name, width: klowong.lineWidth, colour: colour)
    }
}
