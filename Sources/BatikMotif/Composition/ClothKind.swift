public import BatikGeometry

/// The standard whole cloths a composition is made for (../shared/DOMAIN.md, "Cloth sizes"), with
/// their sizes and which edges carry a border (pinggir) when the file does not say.
public enum ClothKind: String, CaseIterable, Hashable, Sendable {
    /// Kain panjang: the long hip cloth, 250 × 110 cm, pinggir along both long edges.
    case kainPanjang = "kain-panjang"
    /// Sarung: 200 × 110 cm before it is sewn into a tube; the only cloth with a head (kepala).
    case sarung
    /// Selendang: the carrying shawl, 250 × 90 cm (a dance selendang is 230 × 50: give `size`).
    case selendang
    /// Iket: the square head cloth, 100 × 100 cm, bordered on all four sides.
    case iket
    /// Bahan: the retail piece for tailoring, 200 × 110 cm.
    case bahan

    /// Width (along the length, x) × height (across, y) in millimetres.
    public var size: Size {
        switch self {
        case .kainPanjang: Size(2500, 1100)
        case .sarung: Size(2000, 1100)
        case .selendang: Size(2500, 900)
        case .iket: Size(1000, 1000)
        case .bahan: Size(2000, 1100)
        }
    }

    /// The edges a border runs along when `border:` gives no `sides`: the long edges (the pinggir
    /// a kain is known by), all four on the square iket.
    public var defaultBorderSides: [CompositionSide] {
        self == .iket ? [.top, .bottom, .left, .right] : [.top, .bottom]
    }

    /// Whether the cloth has a head (kepala): only the sarung.
    public var hasHead: Bool { self == .sarung }

    /// The kepala's share of the cloth's length (DOMAIN.md: 12–20 %), and the default share.
    public static let headShare: ClosedRange<Double> = 0.12...0.20
    public static let defaultHeadShare = 0.16

    public static var names: [String] { allCases.map(\.rawValue) }
}

/// An edge of the cloth; x runs along the length, y across, from the top-left corner.
public enum CompositionSide: String, CaseIterable, Hashable, Sendable {
    case top, bottom, left, right
}
