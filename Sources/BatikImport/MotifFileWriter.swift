import BatikGeometry
import BatikMotif
import Foundation

/// Writes an `ImportedDrawing` as a motif file a trainer can read and edit: commented at the
/// top (what to check, how to rename colours and merge baths), the palette from
/// `ImportedPalette`, each labelled group of several shapes as a component, and every shape as a
/// `shape: path` in millimetres with three decimals.
///
/// Used by `batik import` (SVG) and `batik trace` (scans); the output loads with `MotifLoader`
/// without errors for any drawing whose tile is within `MotifLimits.tileSide`. Same drawing,
/// same bytes. The caller checks the size against `MotifLimits.fileBytes` before writing.
public struct MotifFileWriter: Sendable {
    /// The language of the comments in the file.
    public enum Language: String, Sendable, CaseIterable {
        case id, en
    }

    public var language: Language
    /// ΔE*ab within which colours are merged (see `ImportedPalette`).
    public var clusterDistance: Double

    /// Decimals of every coordinate: micrometres, below what any canting or printer shows, and
    /// enough for `batik paths` output to come back within 0.001 mm.
    public static let decimals = 3
    /// Path data is wrapped to lines of about this many characters.
    static let lineLength = 100

    public init(language: Language = .id, clusterDistance: Double = ImportedPalette.defaultClusterDistance) {
        self.language = language
        self.clusterDistance = clusterDistance
    }

    /// The palette the file will have: colours clustered, named and given baths.
    public func palette(for drawing: ImportedDrawing) -> ImportedPalette {
        var uses: [(RGBColour, Int)] = []
        for e in drawing.elements {
            if let f = e.fill { uses.append((f, 1)) }
            if let o = e.outline { uses.append((o.colour, 1)) }
        }
        if let ground = drawing.background { uses.append((ground, 1)) }
        return ImportedPalette(uses: uses, clusterDistance: clusterDistance)
    }

    /// The motif file's text.
    public func yaml(for drawing: ImportedDrawing) -> String {
        let palette = palette(for: drawing)
        let text = MotifFileText(language: language)
        var out = text.header(drawing: drawing)
        out += "name: \(Self.quoted(drawing.name))\n"
        out += "origin: \(Self.quoted(text.origin(source: drawing.source)))\n"
        out += "unit: mm\n\n"
        let w = Self.number(drawing.tileSize.width), h = Self.number(drawing.tileSize.height)
        let repeatKind = w == h ? "square" : "rectangular"
        out += "tile: { size: [\(w), \(h)], repeat: \(repeatKind) }   # \(text.tileComment)\n\n"
        out += paletteText(
            palette, background: drawing.background.map { palette.recipe(for: $0) } ?? palette.background, text: text)
        out += "\n"
        out += shapesText(drawing, palette: palette, text: text)
        return out
    }

    func paletteText(_ palette: ImportedPalette, background: String, text: MotifFileText) -> String {
        var out = "cloth: \"\(palette.cloth.hex)\"   # \(text.clothComment(palette))\n"
        if !palette.dyes.isEmpty {
            out += "dyes:   # \(text.dyesComment)\n"
            for bath in palette.dyes {
                let users = palette.entries.filter { $0.bath?.name == bath.name }.map(\.name)
                out +=
                    "  - { name: \(bath.name), colour: \"\(bath.colour.hex)\", method: dip }   # \(text.bathComment(users))\n"
            }
        }
        out += "colours:   # \(text.coloursComment)\n"
        let width = palette.entries.map { $0.name.count + $0.baths.joined(separator: ", ").count }.max() ?? 0
        for e in palette.entries {
            let recipe = "  \(e.name): [\(e.baths.joined(separator: ", "))]"
            let pad = String(repeating: " ", count: max(1, width + 8 - recipe.count))
            out += recipe + pad + "# \(text.recipeComment(e))\n"
        }
        out += "background: \(background)\n"
        return out
    }

    /// Components for labelled groups of several shapes; other shapes directly in `elements`.
    func shapesText(_ drawing: ImportedDrawing, palette: ImportedPalette, text: MotifFileText) -> String {
        var components = ""
        var elements = ""
        var names: Set<String> = []
        for (k, group) in drawing.groups.enumerated() {
            if let label = group.label, group.elements.count > 1 {
                let name = Self.componentName(label, index: k + 1, taken: &names)
                components += "  \(name):   # \(text.groupComment(label, count: group.elements.count))\n"
                for e in group.elements { components += element(e, indent: "    ", palette: palette) }
                elements += "  - use: \(name)\n"
            } else {
                if let label = group.label {
                    elements += "  # \(text.groupComment(label, count: group.elements.count))\n"
                }
                for e in group.elements { elements += element(e, indent: "  ", palette: palette) }
            }
        }
        var out = ""
        if !components.isEmpty { out += "components:   # \(text.componentsComment)\n" + components + "\n" }
        out += "elements:\n" + elements
        return out
    }

    func element(_ e: ImportedElement, indent: String, palette: ImportedPalette) -> String {
        var out = "\(indent)- shape: path"
        if let note = e.note { out += "   # " + Self.comment(note) }
        out += "\n"
        out += "\(indent)  d: " + Self.pathData(e.path, indent: indent + "    ") + "\n"
        if let f = e.fill { out += "\(indent)  fill: \(palette.recipe(for: f))\n" }
        if let o = e.outline {
            let canting = OutlineCanting(strokeWidth: o.width)
            out += "\(indent)  outline: { colour: \(palette.recipe(for: o.colour)), tool: \(canting.tool)"
            if let w = canting.width { out += ", width: \(Self.number(w))" }
            out += " }\n"
        }
        return out
    }

    /// Absolute path data in quotes, wrapped with continuation lines at `indent` (YAML folds
    /// the line breaks of a quoted scalar into spaces, which path data allows).
    static func pathData(_ path: BezierPath, indent: String) -> String {
        var tokens: [String] = []
        func add(_ letter: String, _ points: Point...) {
            tokens.append(letter + points.map { number($0.x) + " " + number($0.y) }.joined(separator: " "))
        }
        for e in path.elements {
            switch e {
            case .move(let p): add("M", p)
            case .line(let p): add("L", p)
            case .quad(let c, let p): add("Q", c, p)
            case .cubic(let c1, let c2, let p): add("C", c1, c2, p)
            case .arc(let r, let rotation, let large, let sweep, let p):
                tokens.append(
                    "A"
                        + [
                            number(r.dx), number(r.dy), number(rotation.degrees), large ? "1" : "0", sweep ? "1" : "0",
                            number(p.x), number(p.y),
                        ].joined(separator: " "))
            case .close: tokens.append("Z")
            }
        }
        var lines: [String] = []
        var line = ""
        for t in tokens {
            if !line.isEmpty, line.count + t.count + 1 > lineLength {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? t : " " + t
        }
        lines.append(line)
        return "\"" + lines.joined(separator: "\n" + indent) + "\""
    }

    /// `decimals` places, trailing zeros trimmed, never `-0`.
    static func number(_ v: Double) -> String {
        var s = String(format: "%.\(decimals)f", v)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for ch in s {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default: out.append(ch)
            }
        }
        return out + "\""
    }

    static func comment(_ s: String) -> String {
        s.map { $0.isNewline ? " " : String($0) }.joined()
    }

    /// A component name from a layer label: lower case letters, digits and dashes
    /// (`Daun Kiri` → `daun-kiri`), unique in the file.
    static func componentName(_ label: String, index: Int, taken: inout Set<String>) -> String {
        var slug = ""
        for ch in label.lowercased().folding(options: .diacriticInsensitive, locale: nil) {
            if ch.isLetter && ch.isASCII || ch.isNumber && ch.isASCII {
                slug.append(ch)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        // Names start with a letter: `01 nglowong — klowong` (a `batik paths` layer) is `lapisan-01-…`.
        if slug.isEmpty {
            slug = "bagian-\(index)"
        } else if !slug.first!.isLetter {
            slug = "lapisan-" + slug
        }
        var name = slug
        var n = 2
        while taken.contains(name) {
            name = "\(slug)-\(n)"
            n += 1
        }
        taken.insert(name)
        return name
    }
}
