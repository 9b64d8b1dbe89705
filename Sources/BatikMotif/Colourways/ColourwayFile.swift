import Foundation
internal import Yams

/// A colourway file: the colourways a KUBE offers for a motif, written by hand.
///
/// ```yaml
/// colourways:
///   - name: Sogan klasik            # the motif's own colours
///   - name: Biru laut
///     cloth: "#f5efe0"              # optional: another mori
///     dyes: { nila: "#1f3b73", soga: "#2b3a67" }
/// ```
public struct ColourwayFile: Hashable, Sendable {
    public var path: String
    public var colourways: [Colourway]

    public static let maximumFileBytes = 200_000
    /// More colourways than fit a 3 × 3 grid are not shown to a buyer at once.
    public static let maximumColourways = 9

    /// Reads the file, collecting every problem with its line and column.
    public static func load(yaml: String, path: String) throws(DiagnosticList) -> ColourwayFile {
        let root = try YAMLDocument.root(
            yaml: yaml, path: path, maximumBytes: maximumFileBytes, kind: "a colourway file",
            emptyHint: "write colourways: and one '- name: …' line per colourway")
        let reader = ColourwayReader(path: path)
        let colourways = reader.read(root)
        guard reader.diagnostics.isEmpty else { throw DiagnosticList(reader.diagnostics) }
        return ColourwayFile(path: path, colourways: colourways)
    }

    /// Problems of this file for `motif`: a dye the motif does not have.
    public func diagnostics(for motif: Motif) -> [Diagnostic] {
        let names = motif.dyes.map(\.name)
        var found: [Diagnostic] = []
        for colourway in colourways {
            for dye in colourway.dyes.keys.sorted() where !names.contains(dye) {
                let p = colourway.dyePositions[dye] ?? SourcePosition(line: 1, column: 1)
                found.append(
                    Diagnostic(
                        file: path, line: p.line, column: p.column,
                        message: "colourway '\(colourway.name)' names the dye '\(dye)', which \(motif.name) does not use",
                        hint: Suggestions.hint(for: dye, in: names, listing: "its dyes")))
            }
        }
        return found
    }
}
