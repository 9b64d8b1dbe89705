import ArgumentParser

/// Standard cloth pieces (../shared/DOMAIN.md, "Cloth sizes"), width × height in millimetres.
enum ClothPreset: String, CaseIterable, ExpressibleByArgument {
    /// Kain panjang: the long hip cloth, 250 × 110 cm.
    case kainPanjang = "kain-panjang"
    /// Sarung: a tube cloth, 200 × 110 cm before sewing.
    case sarung
    /// Selendang: the carrying shawl, 250 × 90 cm.
    case selendang
    /// Bahan: the retail piece sold by the metre for tailoring, 200 × 110 cm.
    case bahan
    /// Iket: the square head cloth, 100 × 100 cm.
    case iket
    /// The course's training piece, 200 × 100 cm.
    case latihan

    var size: (width: Double, height: Double) {
        switch self {
        case .kainPanjang: return (2500, 1100)
        case .sarung: return (2000, 1100)
        case .selendang: return (2500, 900)
        case .bahan: return (2000, 1100)
        case .iket: return (1000, 1000)
        case .latihan: return (2000, 1000)
        }
    }

    static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
