import BatikTestSupport
import Foundation
import Testing

@testable import BatikGeometry

@Suite("L-systems")
struct LSystemTests {
    static let koch = LSystem(axiom: "F", rules: ["F": "F+F--F+F"])

    @Test("the Koch curve after n iterations has 4ⁿ segments and ends where its axiom does", arguments: 0...5)
    func kochCurve(iterations n: Int) throws {
        let step = pow(3, -Double(n))  // each iteration makes the segments a third as long
        let drawing = try Self.koch.draw(iterations: n, angle: .degrees(60), step: step)
        let expected = Int(pow(4, Double(n)))
        #expect(drawing.segments == expected)
        #expect(Self.koch.segmentCount(after: n) == Double(expected))
        // One unbroken line: no move or pop lifts the pen, and no two segments are collinear.
        #expect(drawing.polylines.count == 1)
        #expect(drawing.polylines[0].count == expected + 1)
        expectApproximatelyEqual(drawing.polylines[0][0], .zero, tolerance: 1e-12)
        expectApproximatelyEqual(drawing.end, Point(1, 0), tolerance: 1e-9)
        expectApproximatelyEqual(drawing.endHeading.degrees, 0, tolerance: 1e-9)
        // The curve's length grows by 4/3 per iteration.
        expectApproximatelyEqual(drawing.path.length(), pow(4.0 / 3.0, Double(n)), tolerance: 1e-9)
    }

    @Test("+ turns left (counter-clockwise on paper, y down), - turns right")
    func turnDirection() throws {
        let left = try LSystem(axiom: "F+F").draw(iterations: 0, angle: .degrees(90), step: 1)
        expectApproximatelyEqual(left.end, Point(1, -1), tolerance: 1e-12)  // up on paper
        let right = try LSystem(axiom: "F-F").draw(iterations: 0, angle: .degrees(90), step: 1)
        expectApproximatelyEqual(right.end, Point(1, 1), tolerance: 1e-12)
        let around = try LSystem(axiom: "F|F").draw(iterations: 0, angle: .degrees(90), step: 1)
        expectApproximatelyEqual(around.end, .zero, tolerance: 1e-12)
    }

    @Test("a bracket returns the turtle to the place and heading it saved")
    func bracketsRestoreState() throws {
        let d = try LSystem(axiom: "F[+F[-F]F]F").draw(
            iterations: 0, angle: .degrees(90), step: 2, heading: .degrees(-90), start: Point(5, 10))
        // Trunk: (5,10) → (5,8); branch to the left: (3,8), its twig up to (3,6) and back; then on
        // to (1,8). After the outer `]` the trunk goes on up from (5,8).
        #expect(d.segments == 5)
        expectApproximatelyEqual(d.end, Point(5, 6), tolerance: 1e-12)
        expectApproximatelyEqual(d.endHeading.degrees, -90, tolerance: 1e-12)
        #expect(d.polylines.count == 3)
        let last = try #require(d.polylines.last)
        expectApproximatelyEqual(last[0], Point(5, 8), tolerance: 1e-12)
        let branch = d.polylines[0]
        expectApproximatelyEqual(branch.last!, Point(3, 6), tolerance: 1e-12)
    }

    @Test("f moves without drawing and straight runs of F are one line")
    func movesAndStraightRuns() throws {
        let d = try LSystem(axiom: "FFfFF+FF").draw(iterations: 0, angle: .degrees(90), step: 1)
        #expect(d.segments == 6)
        #expect(d.polylines.count == 2)
        #expect(d.polylines[0] == [Point(0, 0), Point(2, 0)])
        #expect(d.polylines[1].count == 3)  // (3,0) → (5,0) → (5,-2)
        expectApproximatelyEqual(d.polylines[1][1], Point(5, 0), tolerance: 1e-12)
        expectApproximatelyEqual(d.end, Point(5, -2), tolerance: 1e-12)
    }

    @Test("a pop with nothing saved is an error, and unbalanced brackets are found where they are")
    func unbalancedBrackets() {
        #expect(throws: TurtleError.popOnEmptyStack) {
            try LSystem(axiom: "F]F").draw(iterations: 0, angle: .degrees(30), step: 1)
        }
        // Balanced only after rewriting is still caught while drawing.
        #expect(throws: TurtleError.popOnEmptyStack) {
            try LSystem(axiom: "A", rules: ["A": "F]"]).draw(iterations: 1, angle: .degrees(30), step: 1)
        }
        #expect(LSystem.unbalancedBracket(in: "F[+F]F[-F]F") == nil)
        #expect(LSystem.unbalancedBracket(in: "F]+[F")! == (1, "]"))
        #expect(LSystem.unbalancedBracket(in: "[F[+F]")! == (0, "["))
        #expect(LSystem.unbalancedBracket(in: "F[+X][-X")! == (5, "["))
    }

    @Test("counting symbols from the rules agrees with the expanded string")
    func countsMatchExpansion() {
        let plant = LSystem(axiom: "X", rules: ["X": "F[+X]F[-X]+X", "F": "FF"])
        for n in 0...5 {
            let s = plant.expanded(iterations: n)
            let counts = plant.symbolCounts(after: n)
            #expect(Double(s.count) == plant.length(after: n))
            for c in Set(s) { #expect(counts[c] == Double(s.filter { $0 == c }.count)) }
            #expect(plant.segmentCount(after: n) == Double(s.filter { $0 == "F" }.count))
        }
        #expect(plant.expanded(iterations: 1) == "F[+X]F[-X]+X")
        // Drawing visits exactly the F's of the string.
        let d = try? plant.draw(iterations: 5, angle: .degrees(25.7), step: 1)
        #expect(d?.segments == plant.expanded(iterations: 5).filter { $0 == "F" }.count)
    }

    @Test("an enormous request is counted, not expanded (expanding 1000 rewritings could never finish)")
    func enormousRequestsAreCountedFast() {
        let bush = LSystem(axiom: "F", rules: ["F": "FF+[+F-F-F]-[-F+F+F]"])
        let segments = bush.segmentCount(after: 1000)
        let length = bush.length(after: 1000)
        #expect(segments.isInfinite || segments > 1e300)
        #expect(length >= segments)
        #expect(bush.segmentCount(after: 4) == pow(8, 4))
    }

    @Test("the same system draws the same path every time")
    func deterministic() throws {
        let plant = LSystem(axiom: "X", rules: ["X": "F-[[X]+X]+F[+FX]-X", "F": "FF"])
        let a = try plant.draw(iterations: 4, angle: .degrees(22.5), step: 0.7, heading: .degrees(-90))
        let b = try plant.draw(iterations: 4, angle: .degrees(22.5), step: 0.7, heading: .degrees(-90))
        #expect(a == b)
        #expect(a.path.svgPathData == b.path.svgPathData)
    }
}
