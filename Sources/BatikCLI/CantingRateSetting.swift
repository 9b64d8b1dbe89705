import ArgumentParser
import BatikWax

/// One `--rate name=value` override of the time and wax estimates.
struct CantingRateSetting: ExpressibleByArgument, Equatable {
    /// The names users write, what they set, and the unit.
    static var names: [(name: String, help: String, keyPath: WritableKeyPath<CantingRates, Double>)] {
        [
            ("line-speed", "mm/s along lines", \.lineSpeed),
            ("block-speed", "mm/s of blocking strokes", \.blockSpeed),
            ("travel-speed", "mm/s moving lifted", \.travelSpeed),
            ("dab-time", "seconds per dab", \.dabSeconds),
            ("lift-time", "seconds per lift", \.liftSeconds),
            ("brush-rate", "mm²/s with the brush", \.brushRate),
            ("layer", "wax layer thickness, mm", \.layerThickness),
            ("density", "wax density, g/cm³", \.waxDensity),
        ]
    }

    var name: String
    var value: Double

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, Self.names.contains(where: { $0.name == parts[0] }), let v = Double(parts[1]), v > 0,
            v.isFinite
        else { return nil }
        name = parts[0]
        value = v
    }

    static var defaultValueDescription: String { "name=value" }

    static func rates(_ settings: [CantingRateSetting]) -> CantingRates {
        var rates = CantingRates()
        for s in settings {
            if let entry = names.first(where: { $0.name == s.name }) { rates[keyPath: entry.keyPath] = s.value }
        }
        return rates
    }
}
