import Foundation

/// Recursive-descent parser for `Expression`, one function per precedence level:
///
///     sum     = product (("+" | "-") product)*
///     product = unary (("*" | "/" | "%") unary)*
///     unary   = ("-" | "+") unary | power
///     power   = atom ("^" unary)?                      right associative
///     atom    = number | name | name "(" sum ("," sum)* ")" | "(" sum ")"
///     number  = digits ["." digits] [("e" | "E") ["+" | "-"] digits]   also ".5"
struct ExpressionParser {
    let chars: [Unicode.Scalar]
    var index = 0
    /// Levels of nesting entered so far (brackets, signs, powers, function calls): bounded so that a
    /// hostile `((((…` is an error with its place, not a stack overflow.
    var depth = 0

    init(_ text: String) {
        chars = Array(text.unicodeScalars)
    }

    mutating func parse() throws(ExpressionError) -> Expression.Node {
        skipSpaces()
        guard index < chars.count else {
            throw ExpressionError(offset: 0, message: "empty expression", hint: "write a number, such as 10")
        }
        // A tree as deep as the text is long would overflow the stack when evaluated, so long
        // expressions are refused before any is parsed.
        guard chars.count <= MotifLimits.expressionLength else {
            throw ExpressionError(
                offset: 0,
                message: "the expression is \(chars.count) characters long; the limit is \(MotifLimits.expressionLength)",
                hint: "split it into parameters (params:) that use one another")
        }
        let text = String(String.UnicodeScalarView(chars))
        if let word = Self.notANumber[text.trimmingCharacters(in: .whitespaces).lowercased()] {
            throw ExpressionError(
                offset: 0, message: "'\(text)' is \(word); every value must be a finite number",
                hint: "write a finite number, such as 10")
        }
        let node = try sum()
        skipSpaces()
        if index < chars.count {
            if chars[index] == ")" {
                throw ExpressionError(offset: index, message: "')' without a matching '('")
            }
            throw ExpressionError(
                offset: index, message: "unexpected \(describe(index)) after a complete expression",
                hint: "join the parts with an operator such as '*' or '+'")
        }
        return node
    }

    // MARK: Levels

    mutating func sum() throws(ExpressionError) -> Expression.Node {
        var lhs = try product()
        while let op = peekOperator([.add, .subtract]) {
            let at = index
            index += 1
            lhs = .binary(op, lhs, try product(), offset: at)
        }
        return lhs
    }

    mutating func product() throws(ExpressionError) -> Expression.Node {
        var lhs = try unary()
        while let op = peekOperator([.multiply, .divide, .remainder]) {
            let at = index
            index += 1
            lhs = .binary(op, lhs, try unary(), offset: at)
        }
        return lhs
    }

    mutating func unary() throws(ExpressionError) -> Expression.Node {
        depth += 1
        defer { depth -= 1 }
        guard depth <= MotifLimits.expressionDepth else {
            throw ExpressionError(
                offset: index,
                message: "the expression nests more than \(MotifLimits.expressionDepth) levels deep here",
                hint: "remove brackets or signs that do nothing, or split it into parameters; \(AdjustableLimit.expressionDepth.howToChange)")
        }
        skipSpaces()
        if index < chars.count, chars[index] == "-" {
            index += 1
            return .negate(try unary())
        }
        if index < chars.count, chars[index] == "+" {
            index += 1
            return try unary()
        }
        return try power()
    }

    mutating func power() throws(ExpressionError) -> Expression.Node {
        let base = try atom()
        if peekOperator([.power]) != nil {
            let at = index
            index += 1
            return .binary(.power, base, try unary(), offset: at)
        }
        return base
    }

    mutating func atom() throws(ExpressionError) -> Expression.Node {
        skipSpaces()
        guard index < chars.count else {
            throw ExpressionError(
                offset: index, message: "the expression ends too early",
                hint: index > 0 ? "something must follow '\(chars[index - 1])'" : nil)
        }
        let c = chars[index]
        if isDigit(c) || c == "." { return try number() }
        if isNameStart(c) { return try nameOrCall() }
        if c == "(" {
            let open = index
            index += 1
            let inner = try sum()
            skipSpaces()
            guard index < chars.count, chars[index] == ")" else {
                throw ExpressionError(
                    offset: index < chars.count ? index : open,
                    message: index < chars.count ? "expected ')' to close the '(' at character \(open + 1), found \(describe(index))" : "missing ')' to close this '('")
            }
            index += 1
            return inner
        }
        if c == ")" { throw ExpressionError(offset: index, message: "expected a number or a name before ')'") }
        throw ExpressionError(offset: index, message: "expected a number, a name or '(', found \(describe(index))")
    }

    mutating func number() throws(ExpressionError) -> Expression.Node {
        let start = index
        var digits = 0
        while index < chars.count, isDigit(chars[index]) { index += 1; digits += 1 }
        if index < chars.count, chars[index] == "." {
            index += 1
            while index < chars.count, isDigit(chars[index]) { index += 1; digits += 1 }
        }
        guard digits > 0 else { throw ExpressionError(offset: start, message: "expected digits around '.'") }
        if index < chars.count, chars[index] == "e" || chars[index] == "E" {
            var j = index + 1
            if j < chars.count, chars[j] == "+" || chars[j] == "-" { j += 1 }
            guard j < chars.count, isDigit(chars[j]) else {
                throw ExpressionError(offset: index, message: "expected digits after the exponent 'e'", hint: "write 1e-3 for 0.001")
            }
            while j < chars.count, isDigit(chars[j]) { j += 1 }
            index = j
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: chars[start..<index])
        guard let v = Double(String(text)), v.isFinite else {
            throw ExpressionError(offset: start, message: "'\(String(text))' is too large a number")
        }
        return .number(v)
    }

    mutating func nameOrCall() throws(ExpressionError) -> Expression.Node {
        let start = index
        while index < chars.count, isNameStart(chars[index]) || isDigit(chars[index]) { index += 1 }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: chars[start..<index])
        let name = String(text)
        skipSpaces()
        guard index < chars.count, chars[index] == "(" else { return .name(name, offset: start) }
        guard let function = Function(rawValue: name) else {
            throw ExpressionError(
                offset: start, message: "unknown function '\(name)'",
                hint: Suggestions.hint(
                    for: name, in: Function.allCases.map(\.rawValue), listing: "functions", listLimit: 20))
        }
        let open = index
        index += 1
        var arguments: [Expression.Node] = []
        skipSpaces()
        if index < chars.count, chars[index] == ")" {
            index += 1
        } else {
            while true {
                arguments.append(try sum())
                skipSpaces()
                guard index < chars.count else {
                    throw ExpressionError(offset: open, message: "missing ')' to close '\(name)('")
                }
                if chars[index] == "," { index += 1; continue }
                if chars[index] == ")" { index += 1; break }
                throw ExpressionError(offset: index, message: "expected ',' or ')' in '\(name)(…)', found \(describe(index))")
            }
        }
        guard function.arity.contains(arguments.count) else {
            throw ExpressionError(
                offset: start,
                message: "'\(name)' takes \(function.arityDescription), found \(arguments.count)")
        }
        return .call(function, arguments, offset: start)
    }

    // MARK: Characters

    mutating func skipSpaces() {
        while index < chars.count, chars[index] == " " || chars[index] == "\t" { index += 1 }
    }

    mutating func peekOperator(_ ops: [Expression.Operator]) -> Expression.Operator? {
        skipSpaces()
        guard index < chars.count, let op = Expression.Operator(rawValue: Character(chars[index])), ops.contains(op) else {
            return nil
        }
        return op
    }

    func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    func isNameStart(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic }

    func describe(_ i: Int) -> String { "'\(chars[i])'" }

    /// YAML's and programmers' spellings of values that are not finite numbers.
    static let notANumber = [
        ".nan": "NaN (not a number)", "nan": "NaN (not a number)", ".inf": "infinite", "+.inf": "infinite",
        "-.inf": "infinite", "inf": "infinite", "infinity": "infinite", "-inf": "infinite", "-infinity": "infinite",
    ]
}
