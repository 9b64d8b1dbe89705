internal import Yams

/// Walks a catalogue's node tree, collecting every problem with its place.
final class CatalogueReader {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    private func error(_ message: String, at p: TextPosition, hint: String? = nil) {
        diagnostics.append(Diagnostic(file: path, line: p.line, column: p.column, message: message, hint: hint))
    }

    func read(_ root: Node) -> CatalogueFile? {
        guard case .mapping(let mapping) = root else {
            error("a catalogue must be a mapping of keys (motifs:, products:, …), found \(root.kindDescription)", at: root.position)
            return nil
        }
        var file = CatalogueFile(
            path: path, motifs: [], colourways: nil, products: [], photos: [], market: nil, brand: nil, price: nil,
            technique: nil, cloth: nil, language: nil, motifPositions: [])
        var sawMotifs = false
        for (key, value) in mapping {
            let name = key.text ?? ""
            switch name {
            case "motifs":
                sawMotifs = true
                let items = list(value, key: name)
                file.motifs = items.map(\.0)
                file.motifPositions = items.map { SourcePosition(line: $0.1.line, column: $0.1.column) }
                if items.isEmpty { error("'motifs' is empty", at: value.position, hint: "name at least one motif") }
                if items.count > CatalogueFile.maximumMotifs {
                    error(
                        "\(items.count) motifs; at most \(CatalogueFile.maximumMotifs) in one catalogue", at: value.position,
                        hint: "split it into several catalogues, or use --shard")
                }
            case "products": file.products = list(value, key: name).map(\.0)
            case "photos": file.photos = list(value, key: name).map(\.0)
            case "colourways": file.colourways = text(value, key: name)
            case "market": file.market = text(value, key: name)
            case "brand": file.brand = text(value, key: name)
            case "technique": file.technique = text(value, key: name)
            case "cloth": file.cloth = text(value, key: name)
            case "lang": file.language = text(value, key: name)
            case "price":
                if let t = value.text, let p = Int(t), p > 0, p <= 1_000_000_000 {
                    file.price = p
                } else {
                    error(
                        "'\(value.text ?? value.kindDescription)' is not a price in rupiah", at: value.position,
                        hint: "write a whole number without dots, such as 350000")
                }
            default:
                error(
                    "unknown key '\(name)' in a catalogue", at: key.position,
                    hint: Suggestions.hint(for: name, in: CatalogueFile.keys, listing: "keys allowed here"))
            }
        }
        if !sawMotifs { error("missing key 'motifs'", at: root.position, hint: "add motifs: [kawung, parang-rusak]") }
        return diagnostics.isEmpty ? file : nil
    }

    private func text(_ node: Node, key: String) -> String? {
        guard case .scalar = node, let s = node.text, !s.isEmpty else {
            error("expected text for '\(key)', found \(node.kindDescription)", at: node.position)
            return nil
        }
        return s
    }

    /// A list of texts, or one text standing for a list of one.
    private func list(_ node: Node, key: String) -> [(String, TextPosition)] {
        if case .sequence(let items) = node {
            return items.compactMap { item in text(item, key: key).map { ($0, item.position) } }
        }
        return text(node, key: key).map { [($0, node.position)] } ?? []
    }
}
