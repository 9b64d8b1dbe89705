import BatikGeometry
internal import Yams

/// `isen:` on an element: one isen-isen fill or a list of them, each checked against the
/// cantings that draw it (dots and lines must not run together) before any mark is made.
extension MotifReader {
    /// The fills, or nil after reporting what is wrong. `elementIndex` (the element's place in its
    /// list) seeds the jitter of fills that give no `seed`.
    func readIsen(_ node: Node, elementIndex: Int) -> [(fill: IsenFill, position: TextPosition)]? {
        let items: [Node]
        if case .sequence(let s) = node { items = Array(s) } else { items = [node] }
        var fills: [(IsenFill, TextPosition)] = []
        var ok = true
        for (k, item) in items.enumerated() {
            let seed = UInt64(elementIndex) << 8 | UInt64(k & 0xFF)
            if let fill = readIsenFill(item, defaultSeed: seed) {
                fills.append((fill, item.position))
            } else {
                ok = false
            }
        }
        return ok ? fills : nil
    }

    private func readIsenFill(_ node: Node, defaultSeed: UInt64) -> IsenFill? {
        guard case .mapping(let mapping) = node else {
            error(
                "expected an isen fill such as { kind: cecek, colour: putih } for 'isen', found \(node.kindDescription)",
                at: node.position, hint: "a list of fills is written isen: [ { kind: cecek, colour: putih }, … ]")
            return nil
        }
        let before = errorCount
        var kind: IsenKind?
        var allowed = IsenKind.commonKeys + IsenKind.allCases.flatMap(\.ownKeys)
        var what = "isen"
        if let k = mapping["kind"],
            let s = choice(k, key: "kind", from: IsenKind.allCases.map(\.rawValue), what: "isen kind")
        {
            kind = IsenKind(rawValue: s)
            allowed = kind!.keys
            what = "\(s) isen"
        }
        let f = fields(of: node, in: what, allowed: allowed, required: ["kind", "colour"])
        guard let kind else { return nil }

        let colour = f["colour"].flatMap { recipeName($0.value, key: "colour") }
        var fill = IsenFill(kind: kind, colour: colour ?? "", tool: isenTool(f["tool"], default: kind.defaultTool))
        if kind == .gringsing, let dotTool = isenTool(f["dot-tool"], default: "cecek") { fill.dotTool = dotTool }
        if let v = f["spacing"].flatMap({ size($0.value, key: "spacing") }) { fill.spacing = v }
        if let v = f["size"].flatMap({ size($0.value, key: "size") }) { fill.size = v }
        if let v = f["angle"].flatMap({ number($0.value, key: "angle") }) { fill.angle = .degrees(v) }
        if let field = f["turns"], let v = number(field.value, key: "turns") {
            if v <= 0 || v > MotifLimits.spiralTurns {
                error(
                    "'turns' must be greater than 0 and at most \(format(MotifLimits.spiralTurns)), found \(format(v))",
                    at: field.value.position)
            }
            fill.turns = v
        }
        if let v = f["count"].flatMap({
            integer($0.value, key: "count", in: 1...MotifLimits.sawutStrokes, limitNote: "strokes in one sawut")
        }) {
            fill.count = v
        }
        if let field = f["grid"] {
            let grids = IsenFill.Grid.allCases.filter { $0 != .edge || kind == .cecek }.map(\.rawValue)
            if field.value.text == "edge", kind != .cecek {
                error("grid 'edge' is for cecek only", at: field.value.position, hint: "use one of 'square', 'hex'")
            } else if let g = choice(field.value, key: "grid", from: grids, what: "grid") {
                fill.grid = IsenFill.Grid(rawValue: g)!
            }
        }
        if let p = f["from"].flatMap({ point($0.value, key: "from") }) { fill.from = p }
        if let field = f["margin"], let v = number(field.value, key: "margin") {
            if v < 0 { error("'margin' must be 0 or more, found \(format(v))", at: field.value.position) }
            fill.margin = v
        }
        if let field = f["jitter"], let v = number(field.value, key: "jitter") {
            if v < 0 || v > IsenFill.maximumJitter {
                error(
                    "'jitter' must be from 0 to \(format(IsenFill.maximumJitter)), found \(format(v))",
                    at: field.value.position,
                    hint: "0 keeps every dot in its place; at 0.5 each strays up to half the spacing")
            }
            fill.jitter = v
        }
        fill.seed =
            f["seed"].flatMap { integer($0.value, key: "seed", in: 0...Self.largestSeed) }.map(UInt64.init)
            ?? defaultSeed
        guard errorCount == before else { return nil }
        return checkRoom(fill, f, at: node.position) ? fill : nil
    }

    /// Seeds are whole numbers a YAML number holds exactly (below 2⁵³).
    static let largestSeed = 9_007_199_254_740_991

    /// The canting named under `key` (or the motif's `fallback`), refusing cantings for blocking.
    private func isenTool(_ field: Field?, default fallback: String) -> CantingTool? {
        guard let field else { return tools[fallback] }
        guard let tool = self.tool(field.value, key: field.key.text ?? "tool") else { return nil }
        if tool.use == .block {
            error(
                "'\(tool.name)' is a canting for blocking areas; isen-isen are drawn with a dot or line canting",
                at: field.value.position, hint: "use cecek for dots or isen for lines")
            return nil
        }
        return tool
    }

    /// Whether the dots and lines of `fill` keep apart: neighbours at `spacing`, the dots of a
    /// cluster, the coils of a curl (jitter is held within what keeps them apart). Reports each problem at the key to
    /// change.
    private func checkRoom(_ fill: IsenFill, _ f: [String: Field], at position: TextPosition) -> Bool {
        let tool = fill.tool
        let width = tool.lineWidth, gap = IsenFill.waxGap
        let what = fill.kind.isDots ? "dots" : "lines"
        var ok = true
        func place(_ key: String) -> TextPosition { f[key]?.value.position ?? position }
        func needed(_ v: Double) -> String { format((v * 10 - 1e-9).rounded(.up) / 10) }
        func report(_ message: String, at key: String, hint: String) {
            error(message, at: place(key), hint: hint)
            ok = false
        }

        // Neighbouring items (dots, clusters, curls, lines) at `spacing`, each `reach` wide.
        let reach: Double? =
            switch fill.kind {
            case .cecek, .galaran, .crosshatch: width
            case .cecekPitu, .ukel: 2 * fill.size + width
            case .sawut, .sisik, .gringsing: nil
            }
        if let reach, fill.spacing < reach + gap {
            let items =
                switch fill.kind {
                case .cecekPitu: "clusters \(format(reach)) mm across"
                case .ukel: "curls \(format(reach)) mm across"
                default: "\(what) \(format(width)) mm wide"
                }
            report(
                "'spacing' \(format(fill.spacing)) mm is too small for the \(tool.name) canting: its \(items) need \(format(gap)) mm of bare cloth between them",
                at: "spacing", hint: "use spacing: \(needed(reach + gap)) or more, or a finer canting")
        }
        switch fill.kind {
        case .cecekPitu where fill.size < width + gap:
            report(
                "'size' \(format(fill.size)) mm is too small for the \(tool.name) canting: the seven dots, \(format(width)) mm wide, would run together",
                at: "size", hint: "use size: \(needed(width + gap)) or more")
        case .ukel where fill.size / fill.turns < width + gap:
            report(
                "the coils of this ukel are \(format(fill.size / fill.turns)) mm apart, too close for the \(tool.name) canting's \(format(width)) mm line",
                at: f["turns"] != nil ? "turns" : "size",
                hint:
                    "use fewer turns (at most \(format(((fill.size / (width + gap)) * 100).rounded(.down) / 100))) or a larger size"
            )
        case .sisik where fill.size < width + gap, .gringsing where fill.size < width + gap:
            report(
                "'size' \(format(fill.size)) mm is too small for scales drawn with the \(tool.name) canting's \(format(width)) mm line",
                at: "size", hint: "use size: \(needed(width + gap)) or more")
        case .gringsing where 2 * fill.size / 3 < width / 2 + fill.dotTool.lineWidth / 2 + gap:
            report(
                "'size' \(format(fill.size)) mm leaves no room for the \(fill.dotTool.name) dot inside each scale",
                at: "size", hint: "use size: \(needed(1.5 * (width / 2 + fill.dotTool.lineWidth / 2 + gap))) or more")
        default: break
        }
        return ok
    }
}
