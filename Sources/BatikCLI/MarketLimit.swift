import ArgumentParser

/// The marketplaces a listing is made for, and the largest photo file each takes
/// (DOMAIN.md, "Selling online"). Instagram and WhatsApp limits are assumed from their
/// published upload sizes; `all` takes the strictest, Shopee's 2 MB.
enum Market: String, CaseIterable, ExpressibleByArgument {
    case shopee
    case tokopedia
    case instagram
    case whatsapp
    case all

    /// Largest JPEG in bytes.
    var byteLimit: Int {
        switch self {
        case .shopee, .all: 2_000_000
        case .tokopedia, .whatsapp: 5_000_000
        case .instagram: 8_000_000
        }
    }
}
