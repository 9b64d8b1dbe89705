import BatikGeometry
import Foundation
internal import Yams

/// `shape: lsystem`: an axiom, rules, angle, iterations and step, drawn by a turtle into open
/// lines (`LSystem` in BatikGeometry). Every limit is checked from the rules' growth before the
/// turtle moves, so `iterations: 10` on a bushy rule is an error with its place, not a frozen laptop.
extension MotifReader {
    func readLSystem(_ f: [String: Field], at position: TextPosition) -> ShapeSpec? {
        let axiom = f["axiom"].flatMap { turtleString($0.value, key: "axiom") }
        if let a = f["axiom"], let axiom, axiom.isEmpty {
            error("'axiom' is empty: the L-system has nothing to grow from", at: a.value.position, hint: "e.g. axiom: F")
        }
        let rules = f["rules"].flatMap { readRules($0.value) }
        let angle = f["angle"].flatMap { number($0.value, key: "angle") }
        let iterations = f["iterations"].flatMap { readIterations($0.value) }
        let step = f["step"].flatMap { size($0.value, key: "step") }
        var heading = 0.0
        if let h = f["heading"] {
            guard let v = number(h.value, key: "heading") else { return nil }
            heading = v
        }
        guard let axiom, !axiom.isEmpty, let rules, let angle, let iterations, let step else { return nil }
        let system = LSystem(axiom: axiom, rules: rules)

        // Limits, from the rules' growth alone.
        func fewerIterations(_ measure: (Int) -> Double, limit: Double, unit: String) -> String {
            let fits = (0..<iterations).last { measure($0) <= limit }
            guard let fits else { return "use rules that grow more slowly" }
            return "use fewer iterations: iterations: \(fits) gives \(countText(measure(fits))) \(unit)"
        }
        let segments = system.segmentCount(after: iterations)
        let segmentLimit = Double(MotifLimits.lsystemSegments)
        guard segments <= segmentLimit else {
            error(
                "this L-system would draw \(countText(segments)) segments with iterations: \(iterations); the limit is \(MotifLimits.lsystemSegments) segments per lsystem element",
                at: position, hint: fewerIterations(system.segmentCount, limit: segmentLimit, unit: "segments") + "; \(AdjustableLimit.lsystemSegments.howToChange)")
            return nil
        }
        let symbols = system.length(after: iterations)
        let symbolLimit = Double(MotifLimits.lsystemSymbols)
        guard symbols <= symbolLimit else {
            error(
                "this L-system's string would be \(countText(symbols)) symbols long with iterations: \(iterations); the limit is \(MotifLimits.lsystemSymbols) symbols per lsystem element",
                at: position, hint: fewerIterations(system.length, limit: symbolLimit, unit: "symbols"))
            return nil
        }
        guard segments > 0 else {
            error(
                "this L-system draws nothing: after \(iterations) iterations its string has no F or G", at: position,
                hint: "F and G draw a line; f moves without drawing; other letters only grow into what their rules say")
            return nil
        }

        let drawing: TurtleDrawing
        do {
            drawing = try system.draw(
                iterations: iterations, angle: .degrees(angle), step: step, heading: .degrees(heading))
        } catch {
            // Unreachable while every rule's brackets balance (checked above); kept for safety.
            self.error("the turtle went back (']') with no saved place ('[') to go to", at: position)
            return nil
        }
        let path = drawing.path
        if let b = path.controlBounds, max(b.width, b.height) > MotifLimits.shapeSize {
            error(
                "the L-system is \(format(max(b.width, b.height))) mm across; the limit is \(format(MotifLimits.shapeSize)) mm for one shape",
                at: f["step"]!.value.position, hint: "use a smaller step")
            return nil
        }
        return .lsystem(path, segments: drawing.segments)
    }

    /// `rules: { F: FF, X: "F[+X]F[-X]+X" }`: one successor per single-character symbol.
    private func readRules(_ node: Node) -> [Character: String]? {
        if node.isNull { return [:] }
        guard case .mapping(let mapping) = node else {
            error(
                "expected a mapping of rules for 'rules', found \(node.kindDescription)", at: node.position,
                hint: "write rules: { F: FF, X: \"F[+X]F[-X]+X\" }")
            return nil
        }
        var rules: [Character: String] = [:]
        var ok = true
        for (key, value) in mapping {
            guard let name = key.text else {
                error("a rule's key must be one symbol, found \(key.kindDescription)", at: key.position)
                ok = false
                continue
            }
            guard name.count == 1, let symbol = name.first else {
                error(
                    "a rule's key must be one symbol, found '\(name)' (\(name.count) characters)", at: key.position,
                    hint: "each letter of an L-system is one symbol: give each its own rule, e.g. \(name.first.map(String.init) ?? "F"): …")
                ok = false
                continue
            }
            guard symbol != "[", symbol != "]" else {
                error(
                    "'\(name)' cannot be rewritten: brackets save and restore the turtle's place", at: key.position,
                    hint: "rewrite the letters instead")
                ok = false
                continue
            }
            // `X:` with nothing after it removes X from the next string, as "" does.
            guard let body = value.isNull ? "" : turtleString(value, key: "rules: \(name)") else {
                ok = false
                continue
            }
            rules[symbol] = body
        }
        return ok ? rules : nil
    }

    /// An axiom or a rule's successor: text whose brackets balance.
    private func turtleString(_ node: Node, key: String) -> String? {
        if case .sequence = node {
            error(
                "expected the symbols of '\(key)' as text, found a list", at: node.position,
                hint: "YAML reads a value starting with [ as a list: put it in quotes, e.g. \"[+F]F\"")
            return nil
        }
        guard let s = text(node, key: key) else { return nil }
        if let (offset, bracket) = LSystem.unbalancedBracket(in: s) {
            let place = node.textOffsetsAreColumns ? node.textStart.movedRight(by: offset) : node.position
            error(
                bracket == "]"
                    ? "unbalanced brackets in '\(key)': this ']' has no '[' before it"
                    : "unbalanced brackets in '\(key)': this '[' is never closed by a ']'",
                at: place,
                hint: "each [ (save the turtle's place) needs its ] (go back to it) in the same string")
            return nil
        }
        return s
    }

    /// `iterations`: a whole number in `MotifLimits.lsystemIterations`.
    private func readIterations(_ node: Node) -> Int? {
        guard let v = number(node, key: "iterations") else { return nil }
        let range = MotifLimits.lsystemIterations
        guard v == v.rounded() else {
            error("'iterations' must be a whole number, found \(format(v))", at: node.position)
            return nil
        }
        guard v >= Double(range.lowerBound), v <= Double(range.upperBound) else {
            error(
                "'iterations' must be from \(range.lowerBound) to \(range.upperBound), found \(format(v))", at: node.position,
                hint: v > 0
                    ? "each iteration multiplies the drawing by the growth of the rules; most plants need 3 to 6"
                    : "0 draws the axiom as it is")
            return nil
        }
        return Int(v)
    }

    /// A count for a message: whole numbers as written, astronomically large ones as a power of ten.
    func countText(_ n: Double) -> String {
        n < 1e15 ? format(n) : "about 10^\(Int(log10(n)))"
    }
}
