/// The isen-isen (fillers) a motif file can ask for under `isen:`. Isen-isen are the small dots
/// and fine lines a batik maker draws inside the outlined shapes with small cantings, in the
/// step called *ngiseni* ("filling in"); see DOMAIN.md, "Isen-isen".
public enum IsenKind: String, CaseIterable, Hashable, Sendable {
    /// *cecek*, dots: dots on a square or hexagonal grid.
    case cecek
    /// *cecek pitu*, "seven dots": clusters of a centre dot and six around it, on a hexagonal grid.
    case cecekPitu = "cecek-pitu"
    /// *sawut*, strokes: fine lines fanning out from the base of a shape toward its tip.
    case sawut
    /// *galaran*, slats (as of a bamboo bed, *galar*): parallel slanting lines.
    case galaran
    /// Two sets of galaran crossing at a right angle.
    case crosshatch
    /// *ukel*, curls: small spirals on a grid.
    case ukel
    /// *sisik*, fish scales: rows of open semicircular arcs, each row shifted by half an arc.
    case sisik
    /// *gringsing*: scales of about 10 mm with a dot in each (DOMAIN.md); from *gring* (sick) and
    /// *sing* (not), a pattern worn against illness.
    case gringsing

    /// Keys every kind takes.
    static let commonKeys = ["kind", "tool", "colour", "margin", "jitter", "seed"]

    /// The kind's own keys, beyond `commonKeys`.
    var ownKeys: [String] {
        switch self {
        case .cecek: ["spacing", "grid", "angle"]
        case .cecekPitu: ["spacing", "size", "angle"]
        case .sawut: ["count", "from"]
        case .galaran, .crosshatch: ["spacing", "angle"]
        case .ukel: ["spacing", "size", "turns", "grid", "angle"]
        case .sisik: ["size", "angle"]
        case .gringsing: ["size", "angle", "dot-tool"]
        }
    }

    var keys: [String] { Self.commonKeys + ownKeys }

    /// True for kinds made only of dots (drawn with a dot canting by default).
    var isDots: Bool { self == .cecek || self == .cecekPitu }

    /// The canting used when `tool:` is not given: `cecek` for dots, `isen` for lines.
    var defaultTool: String { isDots ? "cecek" : "isen" }

    /// Defaults, in millimetres and degrees. Chosen so that each kind fits a 10 mm shape drawn
    /// with the built-in cantings (cecek and isen draw 1.1 mm wide) without dots or lines running
    /// together.
    var defaultSpacing: Double {
        switch self {
        case .cecek: 2.5
        case .cecekPitu: 6
        case .galaran: 2
        case .crosshatch: 3
        case .ukel: 7
        case .sawut, .sisik, .gringsing: 0
        }
    }

    var defaultSize: Double {
        switch self {
        case .cecekPitu: 1.5
        case .ukel: 2.4
        case .sisik: 2.5
        case .gringsing: 5
        default: 0
        }
    }

    var defaultAngle: Double {
        switch self {
        case .galaran, .crosshatch: 45
        default: 0
        }
    }

    var defaultGrid: IsenFill.Grid { self == .ukel ? .hex : .square }
}
