import Foundation

/// A limit that `--limit NAME=VALUE` may change for one run, up to a hard ceiling that keeps the
/// machine usable (memory, the stack, Cairo's surface size). The standard values let every motif in
/// the library through with room to spare; a trainer who meets one on purpose (a very fine cecek on
/// a whole kain) raises it, and the message that stopped them says how.
public enum AdjustableLimit: String, CaseIterable, Sendable {
    case fileKB = "file-kb"
    case copies
    case marks
    case isenMarks = "isen-marks"
    case lsystemSegments = "lsystem-segments"
    case lsystemTileSegments = "lsystem-tile-segments"
    case expressionDepth = "expression-depth"
    case nesting
    case vertices
    case megapixels

    /// The value when no flag changes it.
    public var standard: Int {
        switch self {
        case .fileKB: 1024
        case .copies: 1000
        case .marks: 200_000
        case .isenMarks: 20_000
        case .lsystemSegments: 50_000
        case .lsystemTileSegments: 250_000
        case .expressionDepth: 32
        case .nesting: 16
        case .vertices: 100_000
        case .megapixels: 1000
        }
    }

    /// The most a flag may ask for.
    public var ceiling: Int {
        switch self {
        case .fileKB: 16 * 1024
        case .copies: 20_000
        case .marks: 2_000_000
        case .isenMarks: 500_000
        case .lsystemSegments: 1_000_000
        case .lsystemTileSegments: 4_000_000
        case .expressionDepth: 64  // each level is a few stack frames; far deeper risks the stack
        case .nesting: 64
        case .vertices: 2_000_000
        case .megapixels: 4000  // 12 GB of RGB rows at most; a kain at 300 DPI is 384
        }
    }

    /// What it counts, for `--help` and messages.
    public var meaning: String {
        switch self {
        case .fileKB: "size of a motif file, in kB"
        case .copies: "copies made by one repeat (rotate: n, count: n)"
        case .marks: "marks in one tile, after repeats and components"
        case .isenMarks: "isen-isen marks made by one element"
        case .lsystemSegments: "line segments one lsystem element draws"
        case .lsystemTileSegments: "lsystem segments in one tile"
        case .expressionDepth: "nesting inside one expression"
        case .nesting: "components placing components (use:), deepest chain"
        case .vertices: "points in one free path (shape: path)"
        case .megapixels: "pixels of one output image, in millions"
        }
    }

    /// The value in force for this run.
    public var value: Int { LimitSettings.shared.value(of: self) }

    /// "--limit marks=400000 raises it (up to 2000000)": the end of every refusal by this limit.
    public var howToChange: String {
        "--limit \(rawValue)=N changes it (standard \(standard), at most \(ceiling))"
    }

    /// Sets the limit for this run; refuses values outside 1…ceiling.
    public static func set(_ limit: AdjustableLimit, to value: Int) throws(LimitError) {
        guard value >= 1, value <= limit.ceiling else { throw LimitError(limit: limit, asked: value) }
        LimitSettings.shared.set(limit, to: value)
    }

    /// Back to the standard values (tests).
    public static func reset() { LimitSettings.shared.reset() }
}

/// A `--limit` value beyond what the limit allows.
public struct LimitError: Error, CustomStringConvertible, Sendable {
    public let limit: AdjustableLimit
    public let asked: Int
    public var description: String {
        "--limit \(limit.rawValue)=\(asked) is outside 1 to \(limit.ceiling), the hard ceiling for \(limit.meaning)"
    }
}

/// The values in force, shared by the threads of one run.
final class LimitSettings: @unchecked Sendable {
    static let shared = LimitSettings()
    private let lock = NSLock()
    private var values: [AdjustableLimit: Int] = [:]

    func value(of limit: AdjustableLimit) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return values[limit] ?? limit.standard
    }

    func set(_ limit: AdjustableLimit, to value: Int) {
        lock.lock()
        values[limit] = value
        lock.unlock()
    }

    func reset() {
        lock.lock()
        values = [:]
        lock.unlock()
    }
}
