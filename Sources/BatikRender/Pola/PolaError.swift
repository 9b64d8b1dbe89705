public import BatikGeometry

/// Why a pola cannot be laid out: said before anything is drawn.
public enum PolaError: Error, Hashable, Sendable, CustomStringConvertible {
    case emptyCloth(Size)
    case marginOutOfRange(Double, allowed: ClosedRange<Double>)
    case overlapOutOfRange(Double, maximum: Double)
    case tooManySheets(Int, maximum: Int)

    public var description: String {
        func mm(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e12 ? String(Int(v)) : String(v) }
        switch self {
        case .emptyCloth(let s):
            return "the cloth \(mm(s.width)) × \(mm(s.height)) mm has no area"
        case .marginOutOfRange(let m, let allowed):
            return "a margin of \(mm(m)) mm is out of range: use \(Int(allowed.lowerBound)) to \(Int(allowed.upperBound)) mm"
        case .overlapOutOfRange(let o, let maximum):
            return "an overlap of \(mm(o)) mm is out of range: use 0 to \(Int(maximum)) mm on this paper"
        case .tooManySheets(let n, let maximum):
            return "the pola would need \(n) sheets; at most \(maximum) are made"
        }
    }
}
