import Foundation

/// A length attribute (`width="210mm"`, `r="4"`, `stroke-width="0.5px"`) as SVG and CSS define
/// units: 96 user units (px) to the inch, so 1 mm is 96/25.4 px.
struct SVGLength: Hashable {
    var value: Double
    var unit: Unit

    enum Unit: String, CaseIterable {
        case none = "", px, mm, cm, q, `in`, pt, pc, percent = "%", em, ex

        /// Millimetres per unit for the absolute units, nil for relative ones (%, em, ex).
        var millimetres: Double? {
            switch self {
            case .none, .px: 25.4 / 96
            case .mm: 1
            case .cm: 10
            case .q: 0.25
            case .in: 25.4
            case .pt: 25.4 / 72
            case .pc: 25.4 / 6
            case .percent, .em, .ex: nil
            }
        }

        /// User units (px) per unit, nil for relative ones.
        var userUnits: Double? { millimetres.map { $0 * 96 / 25.4 } }
    }

    /// Parses a number with an optional unit; nil when the text is not a length. The number may be
    /// infinite or NaN ("1e999"), which callers refuse with their own message.
    init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        var end = t.endIndex
        while end > t.startIndex, let c = t[t.index(before: end)].unicodeScalars.first,
            CharacterSet.letters.contains(c) || c == "%"
        {
            end = t.index(before: end)
        }
        let number = String(t[..<end]).trimmingCharacters(in: .whitespaces)
        let unitText = String(t[end...])
        guard let unit = Unit(rawValue: unitText), !number.isEmpty else { return nil }
        // Double("nan") and Double("inf") parse; a length never spells them.
        guard number.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) == true,
            let value = Double(number)
        else { return nil }
        self.value = value
        self.unit = unit
    }

    init(value: Double, unit: Unit) {
        self.value = value
        self.unit = unit
    }

    /// In user units, nil for relative units.
    var userUnits: Double? { unit.userUnits.map { value * $0 } }
}
