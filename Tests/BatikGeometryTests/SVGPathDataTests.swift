import Foundation
import Testing

@testable import BatikGeometry

@Suite("SVG path data")
struct SVGPathDataTests {
    // MARK: Helpers

    func parse(_ d: String, sourceLocation: SourceLocation = #_sourceLocation) -> BezierPath {
        do {
            return try BezierPath(svgPathData: d)
        } catch {
            Issue.record("\(d): \(error)", sourceLocation: sourceLocation)
            return BezierPath()
        }
    }

    func expectSame(
        _ a: BezierPath, _ b: BezierPath, tolerance: Double = 1e-9, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(a.elements.count == b.elements.count, "\(a.svgPathData) vs \(b.svgPathData)", sourceLocation: sourceLocation)
        for (x, y) in zip(a.elements, b.elements) {
            #expect(
                Self.approximatelyEqual(x, y, tolerance), "\(x) vs \(y)", sourceLocation: sourceLocation)
        }
    }

    static func approximatelyEqual(_ a: PathElement, _ b: PathElement, _ tol: Double) -> Bool {
        func eq(_ p: Point, _ q: Point) -> Bool { p.isApproximatelyEqual(to: q, absoluteTolerance: tol) }
        switch (a, b) {
        case (.move(let p), .move(let q)), (.line(let p), .line(let q)): return eq(p, q)
        case (.quad(let c, let p), .quad(let d, let q)): return eq(c, d) && eq(p, q)
        case (.cubic(let c1, let c2, let p), .cubic(let d1, let d2, let q)): return eq(c1, d1) && eq(c2, d2) && eq(p, q)
        case (.arc(let r, let rot, let l, let s, let p), .arc(let r2, let rot2, let l2, let s2, let q)):
            return r.isApproximatelyEqual(to: r2, absoluteTolerance: tol)
                && abs(rot.degrees - rot2.degrees) <= tol && l == l2 && s == s2 && eq(p, q)
        case (.close, .close): return true
        default: return false
        }
    }

    func expectError(
        _ d: String, offset: Int, containing text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(sourceLocation: sourceLocation) { try BezierPath(svgPathData: d) } throws: { error in
            guard let e = error as? SVGPathDataError else { return false }
            return e.offset == offset && e.message.contains(text)
        }
    }

    // MARK: Commands

    @Test func everyAbsoluteCommand() {
        let p = parse("M1 2 L3 4 H5 V6 C7 8 9 10 11 12 S13 14 15 16 Q17 18 19 20 T21 22 A5 6 30 1 0 23 24 Z")
        let expected: [PathElement] = [
            .move(to: Point(1, 2)), .line(to: Point(3, 4)), .line(to: Point(5, 4)), .line(to: Point(5, 6)),
            .cubic(control1: Point(7, 8), control2: Point(9, 10), to: Point(11, 12)),
            .cubic(control1: Point(13, 14), control2: Point(13, 14), to: Point(15, 16)),
            .quad(control: Point(17, 18), to: Point(19, 20)),
            .quad(control: Point(21, 22), to: Point(21, 22)),
            .arc(radii: Vector(5, 6), rotation: .degrees(30), largeArc: true, sweep: false, to: Point(23, 24)),
            .close,
        ]
        expectSame(p, BezierPath(expected))
    }

    @Test func relativeCommandsGiveTheSamePathAsAbsolute() {
        let absolute = parse("M10 10 L20 10 H30 V20 C30 25 25 30 20 30 S10 25 10 20 Q10 15 15 15 T20 10 A5 5 0 0 1 25 15 Z M40 40 L50 50")
        let relative = parse("m10 10 l10 0 h10 v10 c0 5 -5 10 -10 10 s-10 -5 -10 -10 q0 -5 5 -5 t5 -5 a5 5 0 0 1 5 5 z m30 30 l10 10")
        expectSame(absolute, relative)
    }

    @Test func smoothCubicReflectsThePreviousControlPoint() {
        let p = parse("M0 0 C0 10 10 10 10 0 S20 -10 20 0")
        #expect(p.elements[2] == .cubic(control1: Point(10, -10), control2: Point(20, -10), to: Point(20, 0)))
        // After a non-cubic, S starts at the current point.
        let q = parse("M0 0 L5 5 S10 0 15 5")
        #expect(q.elements[2] == .cubic(control1: Point(5, 5), control2: Point(10, 0), to: Point(15, 5)))
    }

    @Test func smoothQuadraticReflectsThePreviousControlPoint() {
        let p = parse("M0 0 Q5 10 10 0 T20 0 T30 0")
        #expect(p.elements[2] == .quad(control: Point(15, -10), to: Point(20, 0)))
        #expect(p.elements[3] == .quad(control: Point(25, 10), to: Point(30, 0)))
        let q = parse("M0 0 C1 1 2 2 3 3 T6 0")
        #expect(q.elements[2] == .quad(control: Point(3, 3), to: Point(6, 0)))
    }

    @Test func implicitRepeatedCommands() {
        expectSame(parse("M0 0 1 1 2 2"), parse("M0 0 L1 1 L2 2"))
        expectSame(parse("m1 1 1 1 1 1"), parse("M1 1 L2 2 L3 3"))
        expectSame(parse("M0 0 L1,1,2,2"), parse("M0 0 L1 1 L2 2"))
        expectSame(parse("M0 0 h1 2 v3 4"), parse("M0 0 H1 H3 V3 V7"))
    }

    @Test func compactNumberForms() {
        expectSame(parse("M1.5.5L-.5-1e-3"), parse("M 1.5 0.5 L -0.5 -0.001"))
        expectSame(parse("M1E2,2e+1"), parse("M100 20"))
        expectSame(parse("M0,0l10-10"), parse("M0 0 L10 -10"))
    }

    @Test func arcFlagsWithoutSeparators() {
        expectSame(parse("M0 0a1 1 0 01 1 1"), parse("M0 0 A1 1 0 0 1 1 1"))
        expectSame(parse("M0 0a1 1 0 1110 10"), parse("M0 0 A1 1 0 1 1 10 10"))
    }

    @Test func drawingAfterCloseStartsAtTheSubpathStart() {
        let p = parse("M1 1 L5 1 L5 5 Z l2 0")
        #expect(Array(p.elements.suffix(2)) == [.move(to: Point(1, 1)), .line(to: Point(3, 1))])
        #expect(parse("").isEmpty)
        #expect(parse("  \n ").isEmpty)
    }

    // MARK: Writing

    @Test func writerUsesAbsoluteCommandsAndTrimmedNumbers() {
        let p = parse("m1 2 l0.333333 -0.000001 q1 1 2 2 c 1 1 2 2 3 3 a 5 5 0 1 0 1 1 z")
        #expect(p.svgPathData == "M 1 2 L 1.3333 2 Q 2.3333 3 3.3333 4 C 4.3333 5 5.3333 6 6.3333 7 A 5 5 0 1 0 7.3333 8 Z")
        #expect(SVGPathNumberFormat.string(-0.00001) == "0")
        #expect(SVGPathNumberFormat.string(-2.5) == "-2.5")
        #expect(SVGPathNumberFormat.string(100) == "100")
    }

    @Test(arguments: [
        "M0 0 L10 0 L10 10 Z",
        "M-3.14159 2.71828 C1 2 3 4 5 6 S7 8 9 10 Z M20 20 Q21 22 23 24 T25 26",
        "M0 0 A12.5 7.25 33.3333 1 1 -4.5 6 H2 V-3",
        "M.123456789 -9.87654321 l1e-5 3e3",
    ])
    func roundTripIsExactToTheWrittenPrecision(d: String) throws {
        let p = try BezierPath(svgPathData: d)
        let again = try BezierPath(svgPathData: p.svgPathData)
        expectSame(p, again, tolerance: 1e-4)
        #expect(again.svgPathData == p.svgPathData)
    }

    @Test func roundTripOfRandomPaths() throws {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<200 {
            func r() -> Double { Double(rng.next() % 2_000_001) / 1000 - 1000 }
            var p = BezierPath([.move(to: Point(r(), r()))])
            for _ in 0..<8 {
                switch rng.next() % 5 {
                case 0: p.line(to: Point(r(), r()))
                case 1: p.quad(control: Point(r(), r()), to: Point(r(), r()))
                case 2: p.cubic(Point(r(), r()), Point(r(), r()), to: Point(r(), r()))
                case 3:
                    p.arc(
                        radii: Vector(abs(r()), abs(r())), rotation: .degrees(r() / 10), largeArc: rng.next() % 2 == 0,
                        sweep: rng.next() % 2 == 0, to: Point(r(), r()))
                default: p.close(); p.move(to: Point(r(), r()))
                }
            }
            expectSame(try BezierPath(svgPathData: p.svgPathData), p, tolerance: 1e-4)
        }
    }

    // MARK: Errors

    @Test func errorsPointAtTheOffendingCharacter() {
        expectError("L1 1", offset: 0, containing: "must start with 'M'")
        expectError("M1 1 L2 x", offset: 8, containing: "expected a number for 'L'")
        expectError("M1 1 C1 2 3", offset: 11, containing: "end of the path data")
        expectError("M0 0 a1 1 0 21 1 1", offset: 12, containing: "arc flag")
        expectError("M0 0 Z 5", offset: 7, containing: "after 'Z'")
        expectError("M0 0 L1 1 K2 2", offset: 10, containing: "found 'K'")
        expectError("M0 0 L1e 1", offset: 7, containing: "found 'e'")
        expectError("M0 0 L1 1 - 2", offset: 10, containing: "expected a number for 'L'")
    }
}

