public import BatikGeometry

/// A whole cloth: a preset's rectangle divided into fields, each a motif clipped to a rectangle
/// (docs/compositions.md). Made by `Composition.build` from a `CompositionFile` and its motifs,
/// which all share the body's cloth and dye baths, so one sequence of baths dyes the whole cloth.
public struct Composition: Sendable {
    public var name: String
    public var kind: ClothKind
    /// The composition file, for messages and metadata.
    public var sourcePath: String
    /// The whole cloth, origin at its top-left corner, millimetres.
    public var area: Rect
    /// Body pieces first, then borders, then the head's papan and tumpal; no two overlap and
    /// together they cover `area`.
    public var fields: [ClothField]
    /// Things the author should know (a kepala outside 12–20 % of the length).
    public var warnings: [Diagnostic]

    public init(
        name: String, kind: ClothKind, sourcePath: String, area: Rect, fields: [ClothField], warnings: [Diagnostic] = []
    ) {
        self.name = name
        self.kind = kind
        self.sourcePath = sourcePath
        self.area = area
        self.fields = fields
        self.warnings = warnings
    }

    /// The body's motif: its dyes and cloth are the whole cloth's.
    public var body: Motif { fields.first { $0.role == .body }!.motif }

    /// The fields' layouts, in field order.
    public func layouts() -> [MotifLayout] { fields.map { $0.layout() } }
}
