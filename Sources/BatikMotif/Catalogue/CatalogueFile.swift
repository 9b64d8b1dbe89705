import Foundation
internal import Yams

/// A catalogue for `batik batch`: the motifs a KUBE sells, each made in every colourway, photographed
/// on every product.
///
/// ```yaml
/// motifs: [kawung, parang-rusak, motifs/sekar.yaml]
/// colourways: warna.yaml        # optional: else each motif's classic palettes
/// products: [kain, kemeja]
/// market: shopee
/// brand: KUBE Sekar Arum
/// price: 350000
/// ```
/// Paths are relative to the catalogue file.
public struct CatalogueFile: Hashable, Sendable {
    public var path: String
    /// Motif names (bundled) or paths, as written.
    public var motifs: [String]
    public var colourways: String?
    public var products: [String]
    public var photos: [String]
    public var market: String?
    public var brand: String?
    public var price: Int?
    public var technique: String?
    public var cloth: String?
    public var language: String?
    /// Where each motif was named, for diagnostics about it.
    public var motifPositions: [SourcePosition]

    public static let keys = [
        "motifs", "colourways", "products", "photos", "market", "brand", "price", "technique", "cloth", "lang",
    ]
    public static let maximumFileBytes = 200_000
    /// More motifs than a KUBE sells; a bigger catalogue is split into files.
    public static let maximumMotifs = 500

    public static func load(yaml: String, path: String) throws(DiagnosticList) -> CatalogueFile {
        let root = try YAMLDocument.root(
            yaml: yaml, path: path, maximumBytes: maximumFileBytes, kind: "a catalogue",
            emptyHint: "write motifs: [kawung] at least")
        let reader = CatalogueReader(path: path)
        guard let file = reader.read(root), reader.diagnostics.isEmpty else { throw DiagnosticList(reader.diagnostics) }
        return file
    }
}
