import Foundation

/// The functions an expression may call. Angles are degrees, as everywhere in motif files.
enum Function: String, CaseIterable, Hashable, Sendable {
    case sin, cos, tan, asin, acos, atan, sqrt, abs, min, max, floor, ceil, round, pow

    /// How many arguments: exactly `lowerBound` when equal to `upperBound`.
    var arity: ClosedRange<Int> {
        switch self {
        case .pow: 2...2
        case .min, .max: 1...Int.max
        default: 1...1
        }
    }

    var arityDescription: String {
        switch self {
        case .pow: "2 numbers"
        case .min, .max: "one or more numbers"
        default: "1 number"
        }
    }

    func apply(_ v: [Double]) -> Double {
        let radians = Double.pi / 180
        switch self {
        case .sin: return Foundation.sin(v[0] * radians)
        case .cos: return Foundation.cos(v[0] * radians)
        case .tan: return Foundation.tan(v[0] * radians)
        case .asin: return Foundation.asin(v[0]) / radians
        case .acos: return Foundation.acos(v[0]) / radians
        case .atan: return Foundation.atan(v[0]) / radians
        case .sqrt: return v[0].squareRoot()
        case .abs: return Swift.abs(v[0])
        case .min: return v.min()!
        case .max: return v.max()!
        case .floor: return v[0].rounded(.down)
        case .ceil: return v[0].rounded(.up)
        case .round: return v[0].rounded(.toNearestOrAwayFromZero)
        case .pow: return Foundation.pow(v[0], v[1])
        }
    }

    /// Why a result might not be a number, for the hint.
    var domainHint: String? {
        switch self {
        case .sqrt: "sqrt needs a number that is 0 or more"
        case .asin, .acos: "\(rawValue) needs a number from -1 to 1"
        case .pow: "a negative number to a fractional power, or a result too large"
        default: nil
        }
    }
}
