public import BatikGeometry
import Foundation
internal import Yams

/// A composition file as written (docs/compositions.md): the cloth (a preset and an optional
/// size), the body (badan), an optional border (pinggir) and, on a sarung, an optional head
/// (kepala), each naming its motif as written. Reading never touches the file system: the
/// command line finds the motifs (a bundled name, or a path relative to this file), loads them
/// and hands them to `Composition.build`, which checks that the parts fit and share their dyes.
///
/// ```yaml
/// composition: sarung
/// name: Sarung Kawung Tumpal
/// body: { motif: kawung, set: { size: 30 } }
/// border: { motif: tumpal-sederhana.yaml, width: 60 }
/// head: { motif: tumpal-sederhana.yaml, at: 0.5, width: 320, papan: 25, papan-colour: putih }
/// ```
public struct CompositionFile: Hashable, Sendable {
    /// A part's motif as written, with its `set:` overrides.
    public struct MotifReference: Hashable, Sendable {
        /// A bundled motif's name or a path relative to the composition file.
        public var motif: String
        /// Where `motif:`'s value is, for "not found" and dye messages.
        public var position: SourcePosition
        /// Parameter overrides (`set: { size: 30 }`).
        public var settings: [String: Double]
    }

    /// The pinggir: a frieze along some edges, turned so that it runs along each edge and its
    /// top points into the cloth.
    public struct Border: Hashable, Sendable {
        public var reference: MotifReference
        /// Depth of the strip in millimetres; the motif's tile height when nil.
        public var width: Double?
        public var widthPosition: SourcePosition?
        /// Edges carrying the border; the cloth kind's default when nil.
        public var sides: [CompositionSide]?
    }

    /// The kepala of a sarung: a band across the cloth with a plain papan band at each side and
    /// two rows of tumpal between them, their points facing each other.
    public struct Head: Hashable, Sendable {
        public var reference: MotifReference
        /// Where the kepala's centre lies, as a fraction of the length (0 left edge, 1 right).
        public var at: Double?
        public var atPosition: SourcePosition?
        /// Width of the kepala along the length, millimetres; 16 % of the length when nil.
        public var width: Double?
        public var widthPosition: SourcePosition?
        /// Width of each papan band, millimetres.
        public var papan: Double?
        public var papanPosition: SourcePosition?
        /// The papan's recipe (from the head's motif); its undyed recipe when nil.
        public var papanColour: String?
        public var papanColourPosition: SourcePosition?
        public var position: SourcePosition
    }

    public var kind: ClothKind
    public var name: String?
    /// Width × height in millimetres; the kind's size when nil.
    public var size: Size?
    public var sizePosition: SourcePosition?
    public var body: MotifReference
    public var border: Border?
    public var head: Head?
    /// Where the `head:` key is (for "a head belongs to a sarung").
    public var headKeyPosition: SourcePosition?

    public static let keys = ["composition", "name", "size", "body", "border", "head"]
    static let bodyKeys = ["motif", "set"]
    static let borderKeys = ["motif", "set", "width", "sides"]
    static let headKeys = ["motif", "set", "at", "width", "papan", "papan-colour"]
    /// A composition is a few lines.
    public static let maximumFileBytes = 64_000
    /// Largest cloth side, millimetres (as the motif format's largest size).
    public static let maximumSide = 10_000.0
    /// Papan width when the file gives none, millimetres. *Assumed*: a finger's width or two.
    public static let defaultPapan = 20.0

    /// True when `yaml` has a top-level `composition:` key: how a command tells a composition
    /// from a motif without parsing the file twice.
    public static func isComposition(yaml: String) -> Bool {
        yaml.range(of: #"(?m)^composition[ \t]*:"#, options: .regularExpression) != nil
    }

    /// Parses and checks the file's text; `path` is used only in diagnostics. Throws every
    /// problem found, sorted by place.
    public static func load(yaml: String, path: String) throws(DiagnosticList) -> CompositionFile {
        let root = try YAMLDocument.root(
            yaml: yaml, path: path, maximumBytes: maximumFileBytes, kind: "a composition",
            emptyHint: "a composition needs at least composition: KIND and body: { motif: NAME }")
        let reader = CompositionReader(path: path)
        guard let file = reader.read(root) else { throw DiagnosticList(reader.diagnostics) }
        return file
    }
}
