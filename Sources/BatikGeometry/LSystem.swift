/// A deterministic, context-free L-system (D0L-system): an axiom and one rewriting rule per symbol,
/// applied to every symbol at once, `iterations` times. Symbols without a rule stay as they are.
///
/// A. Lindenmayer, "Mathematical models for cellular interaction in development", J. Theoret. Biol.
/// 18 (1968); the turtle reading of the string (`LSystem+Turtle.swift`) follows P. Prusinkiewicz and
/// A. Lindenmayer, *The Algorithmic Beauty of Plants* (1990), chapter 1.
///
/// The string is never built: `symbolCounts(after:)` works out how many of each symbol the
/// rewriting makes from the rules alone (a vector times the rules' count matrix per iteration), so
/// a request for billions of segments is refused in microseconds, and the turtle walks the
/// derivation tree depth first, in memory proportional to the number of iterations.
public struct LSystem: Hashable, Sendable {
    /// The string the rewriting starts from.
    public var axiom: String
    /// The successor of each symbol that has one.
    public var rules: [Character: String]

    public init(axiom: String, rules: [Character: String] = [:]) {
        self.axiom = axiom
        self.rules = rules
    }
}

extension LSystem {
    /// How many times each symbol occurs in the string after `iterations` rewritings, worked out
    /// from the rules without making the string. Counts are `Double` so that no request can
    /// overflow; they are exact up to 2^53.
    public func symbolCounts(after iterations: Int) -> [Character: Double] {
        var counts: [Character: Double] = [:]
        for c in axiom { counts[c, default: 0] += 1 }
        let successors = rules.mapValues { body in
            var tally: [Character: Double] = [:]
            for c in body { tally[c, default: 0] += 1 }
            return tally
        }
        for _ in 0..<max(0, iterations) {
            var next: [Character: Double] = [:]
            for (symbol, n) in counts {
                if let tally = successors[symbol] {
                    for (c, m) in tally { next[c, default: 0] += n * m }
                } else {
                    next[symbol, default: 0] += n
                }
            }
            counts = next
        }
        return counts
    }

    /// Length of the string after `iterations` rewritings, without making it.
    public func length(after iterations: Int) -> Double {
        symbolCounts(after: iterations).values.reduce(0, +)
    }

    /// Line segments the turtle draws after `iterations` rewritings (one per `F` or `G`).
    public func segmentCount(after iterations: Int) -> Double {
        let counts = symbolCounts(after: iterations)
        return TurtleCommand.drawSymbols.reduce(0) { $0 + (counts[$1] ?? 0) }
    }

    /// The rewritten string itself. For tests and small systems: the turtle never needs it.
    public func expanded(iterations: Int) -> String {
        var s = axiom
        for _ in 0..<max(0, iterations) {
            var next = ""
            for c in s {
                if let r = rules[c] { next += r } else { next.append(c) }
            }
            s = next
        }
        return s
    }

    /// The first bracket in `text` that has no partner: a `]` with no `[` open before it, or else
    /// the last `[` that is never closed. Offsets count characters. Nil when the brackets balance.
    public static func unbalancedBracket(in text: String) -> (offset: Int, character: Character)? {
        var open: [Int] = []
        for (i, c) in text.enumerated() {
            if c == "[" {
                open.append(i)
            } else if c == "]" {
                if open.popLast() == nil { return (i, c) }
            }
        }
        return open.last.map { ($0, "[") }
    }
}

/// What the turtle does for a symbol. Every other symbol is a variable: rewritten, never drawn.
public enum TurtleCommand: Hashable, Sendable {
    /// `F`, `G`: step forward drawing a line.
    case draw
    /// `f`: step forward without drawing.
    case move
    /// `+`: turn left by the angle (counter-clockwise on paper); `-` (or `−`): turn right.
    case turn(Double)
    /// `|`: turn around (180°).
    case turnAround
    /// `[`: remember the position and heading.
    case push
    /// `]`: go back to the last remembered position and heading, without drawing.
    case pop

    /// The symbols that draw a segment.
    public static let drawSymbols: [Character] = ["F", "G"]

    /// The command for `symbol`, or nil for a variable.
    public init?(_ symbol: Character) {
        switch symbol {
        case "F", "G": self = .draw
        case "f": self = .move
        case "+": self = .turn(1)
        case "-", "−": self = .turn(-1)
        case "|": self = .turnAround
        case "[": self = .push
        case "]": self = .pop
        default: return nil
        }
    }
}
