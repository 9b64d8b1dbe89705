import ArgumentParser

/// A length on paper or cloth, read as `10mm`, `1cm` or `10` (millimetres when no unit is given).
struct PhysicalLength: ExpressibleByArgument, Equatable {
    var millimetres: Double

    init(millimetres: Double) { self.millimetres = millimetres }

    init?(argument: String) {
        var text = argument.lowercased().filter { $0 != " " }
        var factor = 1.0
        for (suffix, f) in [("mm", 1.0), ("cm", 10.0)] where text.hasSuffix(suffix) {
            factor = f
            text.removeLast(suffix.count)
            break
        }
        guard let value = Double(text), value.isFinite, value >= 0 else { return nil }
        self.init(millimetres: value * factor)
    }

    var defaultValueDescription: String { millimetres.formatted() + "mm" }
}
