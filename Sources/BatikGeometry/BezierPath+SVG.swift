import Foundation

/// SVG path data (the `d` attribute, SVG 1.1 §8.3 and its grammar in §8.3.9) read into a `BezierPath`
/// and written back.
///
/// Reading accepts the whole grammar: every command letter, absolute (upper case) and relative
/// (lower case); implicit repeated commands (`L 1 1 2 2`, extra pairs after `M` are line-tos);
/// compact numbers (`1.5.5` is 1.5 then .5, `1e-3`, `-.5`); arc flags written without separators
/// (`a1 1 0 01 1 1`). Shorthand commands are resolved as SVG says: `H`/`V` become lines, `S`/`T`
/// reflect the previous control point (or use the current point when the previous command was not
/// a cubic / quadratic). A drawing command right after `Z` starts a new subpath at the closed
/// subpath's start, so every subpath of the result begins with an explicit `move`.
extension BezierPath {
    /// Reads SVG path data. An empty (or all-blank) string is the empty path.
    public init(svgPathData text: String) throws(SVGPathDataError) {
        var reader = SVGPathDataReader(text)
        self.init(try reader.read())
    }

    /// This path as SVG path data with absolute commands only (`M L Q C A Z`), single spaces between
    /// tokens, and numbers with at most `SVGPathNumberFormat.decimals` decimals (trailing zeros and
    /// a bare `-0` trimmed), so the same path always gives the same text.
    public var svgPathData: String {
        var tokens: [String] = []
        func add(_ points: Point...) {
            for p in points {
                tokens.append(SVGPathNumberFormat.string(p.x))
                tokens.append(SVGPathNumberFormat.string(p.y))
            }
        }
        for e in elements {
            switch e {
            case .move(let p): tokens.append("M"); add(p)
            case .line(let p): tokens.append("L"); add(p)
            case .quad(let c, let p): tokens.append("Q"); add(c, p)
            case .cubic(let c1, let c2, let p): tokens.append("C"); add(c1, c2, p)
            case .arc(let radii, let rotation, let largeArc, let sweep, let p):
                tokens.append("A")
                tokens.append(SVGPathNumberFormat.string(radii.dx))
                tokens.append(SVGPathNumberFormat.string(radii.dy))
                tokens.append(SVGPathNumberFormat.string(rotation.degrees))
                tokens.append(largeArc ? "1" : "0")
                tokens.append(sweep ? "1" : "0")
                add(p)
            case .close: tokens.append("Z")
            }
        }
        return tokens.joined(separator: " ")
    }
}

/// A mistake in SVG path data: where it is and what was expected.
public struct SVGPathDataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Position of the offending character, counted in Unicode scalars from 0 (so it adds directly
    /// to a YAML column, which counts the same way). Equal to the text's length when the data
    /// ends too early.
    public var offset: Int
    /// One line, lower case, saying what was expected.
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    public var description: String { "path data, character \(offset + 1): \(message)" }
}

/// Number formatting of the path data writer.
public enum SVGPathNumberFormat {
    /// Decimals written: 0.1 µm in millimetres, far below anything a canting or a printer shows.
    public static let decimals = 4

    /// `v` rounded to `decimals` places, trailing zeros trimmed, `-0` written `0`.
    public static func string(_ v: Double) -> String {
        var s = String(format: "%.\(decimals)f", v)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        if s == "-0" { s = "0" }
        return s
    }
}

/// A single pass over the path data's Unicode scalars (SVG 1.1 §8.3.9 grammar).
private struct SVGPathDataReader {
    let chars: [Unicode.Scalar]
    var index = 0
    var elements: [PathElement] = []
    var current = Point.zero
    var subpathStart = Point.zero
    /// True after `Z`: the next drawing command must start a new subpath at `subpathStart`.
    var afterClose = false
    /// The control point a following `S` (cubic) or `T` (quadratic) reflects, if the previous
    /// command was of the same family.
    var lastCubicControl: Point?
    var lastQuadControl: Point?

    init(_ text: String) {
        chars = Array(text.unicodeScalars)
    }

    mutating func read() throws(SVGPathDataError) -> [PathElement] {
        skipWhitespace()
        guard index < chars.count else { return [] }
        var command: Unicode.Scalar?
        while true {
            // A comma may separate two argument groups of one command (`L 1,1,2,2`).
            skipSeparator()
            if index >= chars.count { break }
            let c = chars[index]
            if Self.commandLetters.contains(c) {
                if command == nil, c != "M", c != "m" {
                    throw SVGPathDataError(offset: index, message: "path data must start with 'M' (move to), found '\(c)'")
                }
                command = c
                index += 1
            } else if let previous = command, startsNumber(c) {
                // Implicit repetition: after a move-to, further pairs are line-tos.
                if previous == "Z" || previous == "z" {
                    throw SVGPathDataError(offset: index, message: "unexpected number after '\(previous)' (close takes no numbers)")
                }
                if previous == "M" { command = "L" }
                if previous == "m" { command = "l" }
            } else if command == nil {
                throw SVGPathDataError(offset: index, message: "path data must start with 'M' (move to), found '\(c)'")
            } else {
                throw SVGPathDataError(offset: index, message: "expected a command letter or a number, found '\(c)'")
            }
            try perform(command!)
        }
        return elements
    }

    static let commandLetters = Set("MmLlHhVvCcSsQqTtAaZz".unicodeScalars)

    // MARK: Commands

    mutating func perform(_ command: Unicode.Scalar) throws(SVGPathDataError) {
        let relative = command.properties.isLowercase
        let base = relative ? current.vector : .zero
        func abs(_ x: Double, _ y: Double) -> Point { Point(x, y) + base }
        var cubicControl: Point?
        var quadControl: Point?
        switch command {
        case "M", "m":
            let p = abs(try number(for: command), try number(for: command))
            elements.append(.move(to: p))
            current = p
            subpathStart = p
            afterClose = false
        case "L", "l":
            let p = abs(try number(for: command), try number(for: command))
            startSubpathIfNeeded()
            elements.append(.line(to: p))
            current = p
        case "H", "h":
            let x = try number(for: command) + base.dx
            startSubpathIfNeeded()
            current = Point(x, current.y)
            elements.append(.line(to: current))
        case "V", "v":
            let y = try number(for: command) + base.dy
            startSubpathIfNeeded()
            current = Point(current.x, y)
            elements.append(.line(to: current))
        case "C", "c":
            let c1 = abs(try number(for: command), try number(for: command))
            let c2 = abs(try number(for: command), try number(for: command))
            let p = abs(try number(for: command), try number(for: command))
            startSubpathIfNeeded()
            elements.append(.cubic(control1: c1, control2: c2, to: p))
            cubicControl = c2
            current = p
        case "S", "s":
            let c2 = abs(try number(for: command), try number(for: command))
            let p = abs(try number(for: command), try number(for: command))
            startSubpathIfNeeded()
            let c1 = lastCubicControl.map { current + (current - $0) } ?? current
            elements.append(.cubic(control1: c1, control2: c2, to: p))
            cubicControl = c2
            current = p
        case "Q", "q":
            let c = abs(try number(for: command), try number(for: command))
            let p = abs(try number(for: command), try number(for: command))
            startSubpathIfNeeded()
            elements.append(.quad(control: c, to: p))
            quadControl = c
            current = p
        case "T", "t":
            let p = abs(try number(for: command), try number(for: command))
            startSubpathIfNeeded()
            let c = lastQuadControl.map { current + (current - $0) } ?? current
            elements.append(.quad(control: c, to: p))
            quadControl = c
            current = p
        case "A", "a":
            let rx = try number(for: command)
            let ry = try number(for: command)
            let rotation = try number(for: command)
            let largeArc = try flag(for: command)
            let sweep = try flag(for: command)
            let p = abs(try number(for: command), try number(for: command))
            startSubpathIfNeeded()
            elements.append(.arc(
                radii: Vector(Swift.abs(rx), Swift.abs(ry)), rotation: .degrees(rotation), largeArc: largeArc,
                sweep: sweep, to: p))
            current = p
        default:  // Z, z
            startSubpathIfNeeded()
            elements.append(.close)
            current = subpathStart
            afterClose = true
        }
        lastCubicControl = cubicControl
        lastQuadControl = quadControl
    }

    mutating func startSubpathIfNeeded() {
        if afterClose {
            elements.append(.move(to: subpathStart))
            afterClose = false
        }
    }

    // MARK: Tokens

    mutating func skipWhitespace() {
        while index < chars.count, Self.isWhitespace(chars[index]) { index += 1 }
    }

    /// Skips the optional comma-and-whitespace separator between two numbers.
    mutating func skipSeparator() {
        skipWhitespace()
        if index < chars.count, chars[index] == "," {
            index += 1
            skipWhitespace()
        }
    }

    static func isWhitespace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }

    func startsNumber(_ c: Unicode.Scalar) -> Bool { isDigit(c) || c == "." || c == "-" || c == "+" }

    func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    func found() -> String { index < chars.count ? "'\(chars[index])'" : "the end of the path data" }

    mutating func number(for command: Unicode.Scalar) throws(SVGPathDataError) -> Double {
        skipSeparator()
        let start = index
        var i = index
        if i < chars.count, chars[i] == "+" || chars[i] == "-" { i += 1 }
        var digits = 0
        while i < chars.count, isDigit(chars[i]) { i += 1; digits += 1 }
        if i < chars.count, chars[i] == "." {
            i += 1
            while i < chars.count, isDigit(chars[i]) { i += 1; digits += 1 }
        }
        guard digits > 0 else {
            throw SVGPathDataError(offset: start, message: "expected a number for '\(command)', found \(found())")
        }
        // An exponent only when digits follow, so a stray 'e' is reported as itself.
        if i < chars.count, chars[i] == "e" || chars[i] == "E" {
            var j = i + 1
            if j < chars.count, chars[j] == "+" || chars[j] == "-" { j += 1 }
            if j < chars.count, isDigit(chars[j]) {
                while j < chars.count, isDigit(chars[j]) { j += 1 }
                i = j
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: chars[start..<i])
        guard let value = Double(String(text)), value.isFinite else {
            throw SVGPathDataError(offset: start, message: "'\(String(text))' is not a usable number")
        }
        index = i
        return value
    }

    /// An arc flag: a single '0' or '1', which may touch the next number (`01 1 1`).
    mutating func flag(for command: Unicode.Scalar) throws(SVGPathDataError) -> Bool {
        skipSeparator()
        guard index < chars.count, chars[index] == "0" || chars[index] == "1" else {
            throw SVGPathDataError(offset: index, message: "expected an arc flag (0 or 1) for '\(command)', found \(found())")
        }
        defer { index += 1 }
        return chars[index] == "1"
    }
}
