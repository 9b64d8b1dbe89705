import BatikGeometry
import Foundation
internal import Yams

/// Reads a composition's YAML node tree, collecting every problem with its place.
final class CompositionReader {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    func error(_ message: String, at p: TextPosition, hint: String? = nil) {
        diagnostics.append(Diagnostic(file: path, line: p.line, column: p.column, message: message, hint: hint))
    }

    static func source(_ p: TextPosition) -> SourcePosition { SourcePosition(line: p.line, column: p.column) }

    /// The mapping's keys checked against `allowed`; `what` names the mapping in messages.
    func fields(of node: Node, allowed: [String], what: String) -> [String: (key: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            error(
                "\(what) must be a mapping of keys, found \(node.kindDescription)", at: node.position,
                hint: "write it as { motif: NAME, … } or as keys on their own lines")
            return nil
        }
        var result: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.text else {
                error("keys must be names, found \(key.kindDescription)", at: key.position)
                continue
            }
            guard allowed.contains(name) else {
                error(
                    "unknown key '\(name)' in \(what)", at: key.position,
                    hint: Suggestions.hint(for: name, in: allowed, listing: "keys allowed here"))
                continue
            }
            result[name] = (key, value)
        }
        return result
    }

    func read(_ root: Node) -> CompositionFile? {
        guard let top = fields(of: root, allowed: CompositionFile.keys, what: "a composition") else { return nil }
        var kind: ClothKind?
        if let k = top["composition"] {
            if let s = k.value.text {
                kind = ClothKind(rawValue: s)
                if kind == nil {
                    error(
                        "unknown cloth '\(s)' for 'composition'", at: k.value.position,
                        hint: Suggestions.hint(for: s, in: ClothKind.names, listing: "cloths"))
                }
            } else {
                error(
                    "expected a cloth for 'composition', found \(k.value.kindDescription)", at: k.value.position,
                    hint: "cloths: " + ClothKind.names.map { "'\($0)'" }.joined(separator: ", "))
            }
        }
        let name = top["name"].flatMap { text($0.value, key: "name") }
        let size = top["size"].flatMap { sizeValue($0.value) }
        var body: CompositionFile.MotifReference?
        if let b = top["body"] {
            body = fields(of: b.value, allowed: CompositionFile.bodyKeys, what: "'body'").flatMap {
                reference($0, in: b.value, what: "'body'")
            }
        } else {
            error(
                "missing key 'body' in the composition", at: root.position,
                hint: "add body: { motif: kawung }: the badan, the motif that fills the cloth")
        }
        var border: CompositionFile.Border?
        if let b = top["border"], let f = fields(of: b.value, allowed: CompositionFile.borderKeys, what: "'border'") {
            if let r = reference(f, in: b.value, what: "'border'") {
                let width = f["width"].flatMap { length($0.value, key: "width") }
                border = CompositionFile.Border(
                    reference: r, width: width, widthPosition: f["width"].map { Self.source($0.value.position) },
                    sides: f["sides"].flatMap { sides($0.value) })
            }
        }
        var head: CompositionFile.Head?
        if let h = top["head"], let f = fields(of: h.value, allowed: CompositionFile.headKeys, what: "'head'") {
            if let r = reference(f, in: h.value, what: "'head'") {
                let at = f["at"].flatMap { number($0.value, key: "at", in: 0...1, hint: "0 puts the kepala's centre at the left edge, 0.5 in the middle, 1 at the right edge") }
                head = CompositionFile.Head(
                    reference: r, at: at, atPosition: f["at"].map { Self.source($0.value.position) },
                    width: f["width"].flatMap { length($0.value, key: "width") },
                    widthPosition: f["width"].map { Self.source($0.value.position) },
                    papan: f["papan"].flatMap { number($0.value, key: "papan", in: 0...1000, hint: "the papan's width in mm; 0 for none") },
                    papanPosition: f["papan"].map { Self.source($0.value.position) },
                    papanColour: f["papan-colour"].flatMap { text($0.value, key: "papan-colour") },
                    papanColourPosition: f["papan-colour"].map { Self.source($0.value.position) },
                    position: Self.source(h.value.position))
            }
        }
        guard diagnostics.isEmpty, let kind, let body else {
            if kind == nil, top["composition"] == nil {
                error(
                    "missing key 'composition' (the cloth)", at: root.position,
                    hint: "add composition: sarung (or " + ClothKind.names.map { "'\($0)'" }.joined(separator: ", ") + ")")
            }
            return nil
        }
        return CompositionFile(
            kind: kind, name: name, size: size?.size, sizePosition: size.map { Self.source($0.position) }, body: body,
            border: border, head: head, headKeyPosition: top["head"].map { Self.source($0.key.position) })
    }

    func reference(_ f: [String: (key: Node, value: Node)], in node: Node, what: String)
        -> CompositionFile.MotifReference?
    {
        guard let m = f["motif"] else {
            error(
                "missing key 'motif' in \(what)", at: node.position,
                hint: "name a bundled motif (`batik motifs` lists them) or a motif file beside this one")
            return nil
        }
        guard let name = text(m.value, key: "motif") else { return nil }
        var settings: [String: Double] = [:]
        if let s = f["set"] {
            if case .mapping(let mapping) = s.value {
                for (key, value) in mapping {
                    guard let k = key.text else {
                        error("parameter names must be names, found \(key.kindDescription)", at: key.position)
                        continue
                    }
                    if let v = number(value, key: k, in: -1e6...1e6, hint: nil) { settings[k] = v }
                }
            } else {
                error(
                    "expected parameters for 'set', found \(s.value.kindDescription)", at: s.value.position,
                    hint: "write set: { size: 30 }")
            }
        }
        return CompositionFile.MotifReference(
            motif: name.trimmingCharacters(in: .whitespaces), position: Self.source(m.value.position), settings: settings)
    }

    func text(_ node: Node, key: String) -> String? {
        guard case .scalar = node, let s = node.text, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
            error("expected text for '\(key)', found \(node.kindDescription)", at: node.position)
            return nil
        }
        return s
    }

    func number(_ node: Node, key: String, in range: ClosedRange<Double>, hint: String?) -> Double? {
        guard case .scalar = node, let s = node.text, let v = Double(s.trimmingCharacters(in: .whitespaces)), v.isFinite
        else {
            error("expected a number for '\(key)', found \(node.kindDescription)", at: node.position, hint: hint)
            return nil
        }
        guard range.contains(v) else {
            error(
                "'\(key)' is \(s); use \(range.lowerBound.compositionText) to \(range.upperBound.compositionText)",
                at: node.position, hint: hint)
            return nil
        }
        return v
    }

    /// A length in millimetres, greater than 0.
    func length(_ node: Node, key: String) -> Double? {
        guard let v = number(node, key: key, in: 0...CompositionFile.maximumSide, hint: "a width in millimetres") else {
            return nil
        }
        guard v > 0 else {
            error("'\(key)' must be more than 0 mm", at: node.position)
            return nil
        }
        return v
    }

    /// `[width, height]` in millimetres.
    func sizeValue(_ node: Node) -> (size: Size, position: TextPosition)? {
        let hint = "write size: [2000, 1100] (width along the length, then height, in mm)"
        guard case .sequence(let list) = node, list.count == 2 else {
            error("expected [width, height] in mm for 'size', found \(node.kindDescription)", at: node.position, hint: hint)
            return nil
        }
        let values = list.compactMap { length($0, key: "size") }
        guard values.count == 2 else { return nil }
        return (Size(values[0], values[1]), node.position)
    }

    func sides(_ node: Node) -> [CompositionSide]? {
        let names = CompositionSide.allCases.map(\.rawValue)
        let items: [Node]
        switch node {
        case .sequence(let list): items = Array(list)
        case .scalar: items = [node]
        default:
            error("expected a list of sides for 'sides', found \(node.kindDescription)", at: node.position,
                hint: "write sides: [top, bottom]")
            return nil
        }
        var result: [CompositionSide] = []
        for item in items {
            guard let s = item.text, let side = CompositionSide(rawValue: s) else {
                let s = item.text ?? item.kindDescription
                error(
                    "unknown side '\(s)' for 'sides'", at: item.position,
                    hint: Suggestions.hint(for: s, in: names, listing: "sides"))
                continue
            }
            if result.contains(side) {
                error("side '\(s)' is named twice", at: item.position)
                continue
            }
            result.append(side)
        }
        if items.isEmpty {
            error("'sides' is empty", at: node.position, hint: "name at least one side, or remove 'border'")
        }
        return result
    }
}

extension Double {
    /// 20 not 20.0; 0.45 stays 0.45.
    var compositionText: String {
        self == rounded() && abs(self) < 1e15 ? String(Int64(self)) : String(self)
    }
}
