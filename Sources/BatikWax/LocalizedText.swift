/// The languages a plan is written in: Indonesian, which the course uses, and English.
public enum Language: String, CaseIterable, Sendable {
    /// Bahasa Indonesia.
    case id
    /// English.
    case en
}

/// A text in Indonesian and English, for everything a plan says to a trainer.
public struct LocalizedText: Hashable, Sendable {
    /// Bahasa Indonesia.
    public var id: String
    /// English.
    public var en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    public subscript(language: Language) -> String { language == .id ? id : en }

    /// The same text in both languages (a name, a hex colour).
    public init(_ both: String) { self.init(id: both, en: both) }

    /// Both texts joined with `separator`, skipping empty ones.
    public static func joined(_ texts: [LocalizedText], separator: String = " ") -> LocalizedText {
        LocalizedText(
            id: texts.map(\.id).filter { !$0.isEmpty }.joined(separator: separator),
            en: texts.map(\.en).filter { !$0.isEmpty }.joined(separator: separator))
    }

    /// `value` with `decimals` digits after the decimal sign, trailing zeros dropped: a comma in
    /// Indonesian (1,5), a point in English (1.5); thousands grouped with a point or a comma.
    public static func number(_ value: Double, decimals: Int = 1) -> LocalizedText {
        var scale = 1.0
        for _ in 0..<max(decimals, 0) { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = magnitude.rounded(.down)
        var fraction = ""
        if decimals > 0 {
            let digits = Int(((magnitude - whole) * scale).rounded())
            fraction = String(digits)
            fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let wholeDigits = String(Int64(whole))
        func grouped(_ separator: String) -> String {
            var groups: [String] = []
            var rest = Substring(wholeDigits)
            while rest.count > 3 {
                groups.insert(String(rest.suffix(3)), at: 0)
                rest = rest.dropLast(3)
            }
            groups.insert(String(rest), at: 0)
            return groups.joined(separator: separator)
        }
        let sign = negative && (whole > 0 || !fraction.isEmpty) ? "-" : ""
        return LocalizedText(
            id: sign + grouped(".") + (fraction.isEmpty ? "" : "," + fraction),
            en: sign + grouped(",") + (fraction.isEmpty ? "" : "." + fraction))
    }

    /// Names in a sentence: "a, b dan c" / "a, b and c".
    public static func list(_ names: [String]) -> LocalizedText {
        func join(_ and: String) -> String {
            switch names.count {
            case 0: return ""
            case 1: return names[0]
            default: return names.dropLast().joined(separator: ", ") + " \(and) " + names.last!
            }
        }
        return LocalizedText(id: join("dan"), en: join("and"))
    }
}
