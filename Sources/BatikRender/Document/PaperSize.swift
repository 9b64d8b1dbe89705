public import BatikGeometry

/// The office papers a trainer prints on (ISO 216, the Indonesian folio F4, US Letter), portrait.
public enum PaperSize: String, CaseIterable, Hashable, Sendable {
    case a4
    /// Folio, 215 × 330 mm: the commonest office paper in Indonesia.
    case f4
    case a3
    case letter

    /// Width × height in millimetres, portrait.
    public var size: Size {
        switch self {
        case .a4: Size(210, 297)
        case .f4: Size(215, 330)
        case .a3: Size(297, 420)
        case .letter: Size(215.9, 279.4)
        }
    }

    /// "A4", "F4 (folio)".
    public var name: String {
        switch self {
        case .a4: "A4"
        case .f4: "F4"
        case .a3: "A3"
        case .letter: "Letter"
        }
    }
}
