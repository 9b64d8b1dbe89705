import Foundation

/// What the turtle drew: open polylines, one per pen-down run, in the turtle's millimetres.
public struct TurtleDrawing: Hashable, Sendable {
    /// Each run of lines drawn without lifting the pen, at least two points each. A straight run
    /// of several `F`s is one line: its inner points are left out.
    public var polylines: [[Point]]
    /// Line segments drawn (one per `F` or `G`), before straight runs are joined.
    public var segments: Int
    /// Where the turtle stopped, and its heading there.
    public var end: Point
    public var endHeading: Angle

    /// The polylines as open subpaths of straight lines.
    public var path: BezierPath {
        var p = BezierPath()
        for line in polylines {
            p.move(to: line[0])
            for q in line.dropFirst() { p.line(to: q) }
        }
        return p
    }
}

/// A turtle string that cannot be drawn.
public enum TurtleError: Error, Hashable, Sendable {
    /// A `]` with no `[` before it: there is no saved state to go back to.
    case popOnEmptyStack
}

extension LSystem {
    /// Two headings closer than this (radians) draw one straight line, so `FF` is a single segment.
    static let straightRunTolerance = 1e-12

    /// Draws the string after `iterations` rewritings with a turtle that starts at `start` facing
    /// `heading` (0 = +x, 90° = +y, down on paper), steps `step` millimetres per `F`, `G` or `f`,
    /// and turns by `angle` at `+` (left: counter-clockwise on paper, as in *The Algorithmic Beauty
    /// of Plants*) and `-` (right). `|` turns around, `[` saves the position and heading, `]` goes
    /// back to the last saved one without drawing. Other symbols are not drawn.
    ///
    /// The string is never built: the derivation is walked depth first. Time grows with
    /// `length(after:)`, so check it (and `segmentCount(after:)`) before calling.
    public func draw(
        iterations: Int, angle: Angle, step: Double, heading: Angle = .zero, start: Point = .zero
    ) throws(TurtleError) -> TurtleDrawing {
        // Symbols as small integers, so the walk does no string work.
        var alphabet: [Character: Int] = [:]
        var symbols: [Character] = []
        func code(_ c: Character) -> Int {
            if let i = alphabet[c] { return i }
            alphabet[c] = symbols.count
            symbols.append(c)
            return symbols.count - 1
        }
        let axiomCodes = axiom.map(code)
        var successorOf: [Int: [Int]] = [:]
        for (symbol, body) in rules.sorted(by: { $0.key < $1.key }) { successorOf[code(symbol)] = body.map(code) }
        let commands = symbols.map(TurtleCommand.init)
        let successors = symbols.indices.map { successorOf[$0] }

        var position = start
        var direction = heading.radians
        var saved: [(Point, Double)] = []
        var polylines: [[Point]] = []
        var current: [Point] = []
        var currentDirection: Double?
        var segments = 0
        let turn = angle.radians

        func endRun() {
            if current.count >= 2 { polylines.append(current) }
            current = []
            currentDirection = nil
        }
        func act(_ command: TurtleCommand) throws(TurtleError) {
            switch command {
            case .draw:
                let next = position + Vector(cos(direction), sin(direction)) * step
                if let d = currentDirection, abs(d - direction) < Self.straightRunTolerance, current.count >= 2 {
                    current[current.count - 1] = next
                } else {
                    if current.isEmpty { current = [position] }
                    current.append(next)
                }
                currentDirection = direction
                position = next
                segments += 1
            case .move:
                endRun()
                position = position + Vector(cos(direction), sin(direction)) * step
            case .turn(let sign):
                direction -= sign * turn
            case .turnAround:
                direction += .pi
            case .push:
                saved.append((position, direction))
            case .pop:
                guard let (p, d) = saved.popLast() else { throw .popOnEmptyStack }
                endRun()
                (position, direction) = (p, d)
            }
        }
        func walk(_ codes: [Int], depth: Int) throws(TurtleError) {
            for s in codes {
                if depth > 0, let next = successors[s] {
                    try walk(next, depth: depth - 1)
                } else if let command = commands[s] {
                    try act(command)
                }
            }
        }
        try walk(axiomCodes, depth: max(0, iterations))
        endRun()
        return TurtleDrawing(
            polylines: polylines, segments: segments, end: position, endHeading: .radians(direction))
    }
}
