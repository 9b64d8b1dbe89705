internal import Yams

/// `tools:` — the motif's own cantings: `name: { spout: mm, use: line|dot|block, like: klowong }`.
/// `like` copies a built-in (or an earlier tool of the file): its spouts, use and gloss; `spout` and
/// `use` then override. A file's tool may reuse a built-in name to change it for this motif.
extension MotifReader {
    static let toolKeys = ["spout", "use", "like"]

    func readTools(_ node: Node) {
        guard case .mapping(let mapping) = node else {
            error(
                "expected a mapping of tools for 'tools', found \(node.kindDescription)", at: node.position,
                hint: "write tools: { halus: { spout: 0.6, like: isen } }")
            return
        }
        for (key, value) in mapping {
            guard let name = key.text else {
                error("tool names must be names, found \(key.kindDescription)", at: key.position)
                continue
            }
            let f = fields(of: value, in: "tool '\(name)'", allowed: Self.toolKeys)
            var base: CantingTool?
            if let like = f["like"] {
                guard let s = text(like.value, key: "like") else { continue }
                guard let tool = tools[s] else {
                    error(
                        "unknown tool '\(s)' for 'like'", at: like.value.position,
                        hint: Suggestions.hint(for: s, in: tools.keys.sorted(), listing: "tools", listLimit: 20))
                    continue
                }
                base = tool
            } else if f["spout"] == nil {
                error(
                    "tool '\(name)' needs 'spout' or 'like'", at: value.position,
                    hint: "e.g. { spout: 1.2, use: line } or { like: klowong, spout: 2 }")
                continue
            }
            var tool = base ?? CantingTool(name: name, spoutDiameter: 1, use: .line, gloss: "canting of this motif")
            tool.name = name
            if let s = f["spout"] {
                guard let d = size(s.value, key: "spout") else { continue }
                tool.spoutDiameter = d
            }
            if let u = f["use"] {
                guard let s = choice(u.value, key: "use", from: ["line", "dot", "block"], what: "tool use") else { continue }
                tool.use = CantingTool.Use(rawValue: s)!
            }
            tools[name] = tool
        }
    }

    /// A tool by name (built-in or the file's).
    func tool(_ node: Node, key: String) -> CantingTool? {
        guard let s = text(node, key: key) else { return nil }
        guard let t = tools[s] else {
            error(
                "unknown tool '\(s)'", at: node.position,
                hint: Suggestions.hint(for: s, in: tools.keys.sorted(), listing: "tools", listLimit: 20))
            return nil
        }
        return t
    }
}
