import Foundation

/// An arithmetic expression from a motif file: `size * 0.42`, `(size - gap) / 2`, `-size/4`,
/// `sqrt(2) * r`. Every number in a motif file may be one.
///
/// Operators, loosest first: `+ -`, then `* / %`, then unary `-` / `+`, then `^` (power, right
/// associative, so `-2^2` is −4 and `2^3^2` is 512). Functions: `sin cos tan` take degrees and
/// `asin acos atan` give degrees; `sqrt abs floor ceil round` take one number, `pow` two, `min max`
/// one or more. The constant `pi`. Other names are the motif's parameters.
public struct Expression: Hashable, Sendable {
    /// The source text, as written.
    public let text: String
    let root: Node

    /// Parses `text`; syntax errors carry the offset of the offending character.
    public init(_ text: String) throws(ExpressionError) {
        self.text = text
        var parser = ExpressionParser(text)
        self.root = try parser.parse()
    }

    /// The value with `names` bound (parameters); errors carry the offset of the piece at fault.
    public func evaluate(_ names: [String: Double] = [:]) throws(ExpressionError) -> Double {
        try root.evaluate(names)
    }

    /// The names the expression reads (not functions or constants), in order of appearance.
    public var names: [String] { root.names }

    /// Names with a fixed meaning, which a parameter cannot take.
    public static let constants: [String: Double] = ["pi": Double.pi]

    indirect enum Node: Hashable, Sendable {
        case number(Double)
        /// A name and where it starts in the text.
        case name(String, offset: Int)
        case negate(Node)
        case binary(Operator, Node, Node, offset: Int)
        case call(Function, [Node], offset: Int)
    }

    enum Operator: Character, Hashable, Sendable {
        case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%", power = "^"
    }
}

/// A mistake in an expression: where, and what.
public struct ExpressionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Offset of the offending character in the expression text, in Unicode scalars from 0.
    public var offset: Int
    public var message: String
    public var hint: String?

    public init(offset: Int, message: String, hint: String? = nil) {
        self.offset = offset
        self.message = message
        self.hint = hint
    }

    public var description: String { "character \(offset + 1): \(message)" }
}

extension Expression.Node {
    func evaluate(_ names: [String: Double]) throws(ExpressionError) -> Double {
        switch self {
        case .number(let v):
            return v
        case .name(let name, let offset):
            if let v = names[name] ?? Expression.constants[name] { return v }
            if Function(rawValue: name) != nil {
                throw ExpressionError(offset: offset, message: "'\(name)' is a function", hint: "write \(name)(…)")
            }
            let known = Array(names.keys).sorted() + Expression.constants.keys.sorted()
            throw ExpressionError(
                offset: offset, message: "unknown name '\(name)'",
                hint: names.isEmpty && Suggestions.closest(to: name, in: known) == nil
                    ? "declare it under params:, e.g. params: { \(name): 10 }"
                    : Suggestions.hint(for: name, in: known, listing: "names you can use"))
        case .negate(let operand):
            return -(try operand.evaluate(names))
        case .binary(let op, let lhs, let rhs, let offset):
            let a = try lhs.evaluate(names), b = try rhs.evaluate(names)
            let result: Double
            switch op {
            case .add: result = a + b
            case .subtract: result = a - b
            case .multiply: result = a * b
            case .divide, .remainder:
                if b == 0 {
                    throw ExpressionError(
                        offset: offset, message: "division by zero",
                        hint: "the right-hand side of '\(op.rawValue)' is 0")
                }
                result = op == .divide ? a / b : fmod(a, b)
            case .power: result = pow(a, b)
            }
            guard result.isFinite else {
                throw ExpressionError(offset: offset, message: "'\(op.rawValue)' gives a result that is not a finite number")
            }
            return result
        case .call(let function, let arguments, let offset):
            var values: [Double] = []
            for a in arguments { values.append(try a.evaluate(names)) }
            let result = function.apply(values)
            guard result.isFinite else {
                let shown = values.map(Self.format).joined(separator: ", ")
                throw ExpressionError(
                    offset: offset, message: "\(function.rawValue)(\(shown)) is not a finite number",
                    hint: function.domainHint)
            }
            return result
        }
    }

    var names: [String] {
        switch self {
        case .number: return []
        case .name(let n, _): return Expression.constants[n] == nil ? [n] : []
        case .negate(let x): return x.names
        case .binary(_, let a, let b, _): return a.names + b.names
        case .call(_, let args, _): return args.flatMap(\.names)
        }
    }

    static func format(_ v: Double) -> String {
        if !v.isFinite || abs(v) >= 1e9 { return String(format: "%.3g", v) }
        return v == v.rounded() ? String(Int(v)) : String(v)
    }
}
