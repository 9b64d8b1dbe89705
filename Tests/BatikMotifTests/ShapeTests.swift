import Foundation
import Testing

@testable import BatikGeometry
@testable import BatikMotif

@Suite("Shapes")
struct ShapeTests {
    /// Sampled bounds equal to `width × height` centred on `center`.
    func expectBounds(
        _ path: BezierPath, width: Double, height: Double, center: Point = .zero, tolerance: Double = 1e-3,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let b = path.sampledBounds(samples: 200) else {
            Issue.record("empty path", sourceLocation: sourceLocation)
            return
        }
        expectClose(b.width, width, tolerance, "width", sourceLocation: sourceLocation)
        expectClose(b.height, height, tolerance, "height", sourceLocation: sourceLocation)
        expectClose(b.center.x, center.x, tolerance, "centre x", sourceLocation: sourceLocation)
        expectClose(b.center.y, center.y, tolerance, "centre y", sourceLocation: sourceLocation)
    }

    func firstPoint(_ p: BezierPath) -> Point? {
        if case .move(let q) = p.elements.first { return q }
        return nil
    }

    func lastPoint(_ p: BezierPath) -> Point? {
        for e in p.elements.reversed() {
            switch e {
            case .line(let q), .cubic(_, _, let q), .move(let q): return q
            default: continue
            }
        }
        return nil
    }

    @Test func circleIsFourCubicsWithTheClassicControlDistance() {
        let c = BezierPath.circle(center: Point(3, 4), radius: 10)
        #expect(c.isClosed)
        #expect(c.elements.count == 6)
        #expect(firstPoint(c) == Point(3, -6))
        expectClose(BezierPath.quarterCircleControlFactor, 0.5523, 1e-4)
        // Radial error of the cubic approximation stays below 2.7e-4 of the radius.
        expectBounds(c, width: 20, height: 20, center: Point(3, 4), tolerance: 20 * 2.7e-4)
        expectClose(c.sampledArea(), Double.pi * 100, 0.1)  // positive: clockwise on paper
    }

    @Test func ellipseRectangleAndPolygons() {
        let e = BezierPath.ellipse(radii: Vector(5, 8))
        #expect(e.isClosed)
        expectBounds(e, width: 10, height: 16, tolerance: 0.01)

        let r = BezierPath.rectangle(Rect(x: -4, y: -2, width: 8, height: 4), cornerRadius: 1)
        #expect(r.isClosed)
        expectBounds(r, width: 8, height: 4)
        #expect(firstPoint(r) == Point(-3, -2))
        // A corner radius larger than half the short side is limited to it (a stadium).
        let stadium = BezierPath.rectangle(Rect(x: 0, y: 0, width: 8, height: 4), cornerRadius: 10)
        expectBounds(stadium, width: 8, height: 4, center: Point(4, 2))
        #expect(BezierPath.rectangle(Rect(x: 0, y: 0, width: 8, height: 4)).elements.count == 5)

        let hexagon = BezierPath.regularPolygon(sides: 6, radius: 5)
        #expect(hexagon.isClosed && hexagon.elements.count == 7)
        #expect(firstPoint(hexagon)!.isApproximatelyEqual(to: Point(0, -5)))
        expectBounds(hexagon, width: 10 * sin(Double.pi / 3), height: 10)

        let star = BezierPath.star(points: 5, outerRadius: 10, innerRadius: 4)
        #expect(star.isClosed && star.elements.count == 11)
        #expect(firstPoint(star)!.isApproximatelyEqual(to: Point(0, -10)))
        if case .line(let notch) = star.elements[1] { expectClose(notch.distance(to: .zero), 4) }
        #expect(star.sampledArea() > 0)
    }

    @Test func petalIsALensAlongY() {
        let p = BezierPath.petal(length: 12, width: 5)
        #expect(p.isClosed)
        expectBounds(p, width: 5, height: 12, tolerance: 0.01)
        #expect(firstPoint(p) == Point(0, -6))
        // Pointed ends: the two arcs meet at an angle, not tangentially.
        guard case .cubic(let c1, _, _) = p.elements[1] else { Issue.record("not a cubic"); return }
        #expect(c1.x > 0.5)
        #expect(p.sampledArea() > 0)
    }

    @Test func teardropHasItsPointUpAndItsBoxCentred() {
        let t = BezierPath.teardrop(length: 12, width: 6)
        #expect(t.isClosed)
        expectBounds(t, width: 6, height: 12, tolerance: 0.01)
        #expect(firstPoint(t) == Point(0, -6))
        #expect(t.sampledArea() > 0)
        // Not longer than wide: a circle.
        expectBounds(BezierPath.teardrop(length: 4, width: 6), width: 6, height: 6, tolerance: 0.01)
    }

    @Test func spiralIsOpenAndWithinToleranceOfTheArchimedeanCurve() {
        let turns = 3.0, outer = 20.0
        let s = BezierPath.spiral(outerRadius: outer, turns: turns)
        #expect(!s.isClosed)
        #expect(firstPoint(s) == .zero)
        #expect(lastPoint(s)!.isApproximatelyEqual(to: Point(outer, 0), absoluteTolerance: 1e-9))
        // Every point of the cubics lies within 0.05 mm of the true spiral, found by dense sampling
        // (samples about 0.01 mm apart, hence the small allowance).
        let a = outer / (2 * Double.pi * turns)
        let truth = (0...20_000).map { i -> Point in
            let t = 2 * Double.pi * turns * Double(i) / 20_000
            return Point(a * t * cos(t), a * t * sin(t))
        }
        var worst = 0.0
        var current = Point.zero
        for e in s.elements {
            guard case .cubic(let c1, let c2, let p) = e else { continue }
            for k in 1...4 {
                let q = BezierPath.cubicPoint(current, c1, c2, p, Double(k) / 4)
                worst = max(worst, truth.lazy.map { $0.distance(to: q) }.min()!)
            }
            current = p
        }
        #expect(worst <= BezierPath.fitTolerance + 0.006, "worst \(worst)")
    }

    @Test func bladeIsAClosedSCurveBladeAlongX() {
        let b = BezierPath.blade(length: 40, width: 10)
        #expect(b.isClosed)
        expectBounds(b, width: 40, height: 10, tolerance: 0.06)
        #expect(firstPoint(b)!.isApproximatelyEqual(to: Point(-20, 0), absoluteTolerance: 1e-9))
        #expect(b.sampledArea() > 0)
        // Point-symmetric: the S. The left half rises (y < 0 at its thickest), the right half falls.
        let box = b.sampledBounds(samples: 100)!
        var leftTop = 0.0, rightBottom = 0.0
        var current = Point.zero
        for e in b.cubicsOnly().elements {
            if case .move(let p) = e { current = p }
            if case .cubic(let c1, let c2, let p) = e {
                for k in 0...20 {
                    let q = BezierPath.cubicPoint(current, c1, c2, p, Double(k) / 20)
                    if q.x < 0 { leftTop = min(leftTop, q.y) } else { rightBottom = max(rightBottom, q.y) }
                }
                current = p
            }
        }
        expectClose(leftTop, box.minY, 1e-3)
        expectClose(rightBottom, box.maxY, 1e-3)
        // With bend 0 it is a straight lens, symmetric top to bottom.
        expectBounds(BezierPath.blade(length: 40, width: 10, bend: 0), width: 40, height: 10, tolerance: 0.06)
    }

    @Test func waveIsOpenAndCentred() {
        let w = BezierPath.wave(length: 30, amplitude: 2, wavelength: 10)
        #expect(!w.isClosed)
        expectBounds(w, width: 30, height: 4, tolerance: 0.06)
        #expect(firstPoint(w)!.isApproximatelyEqual(to: Point(-15, 0), absoluteTolerance: 1e-9))
        let one = BezierPath.wave(length: 30, amplitude: 3)
        expectBounds(one, width: 30, height: 6, tolerance: 0.06)
    }

    // MARK: Through the loader

    /// The exact spiral ρ = aθ (r 5, 2.25 turns) sampled densely: it ends straight down at 810°, so
    /// its box is narrower than 10 × 10.
    static let spiralBox: Rect = {
        let turns = 2.25, a = 5 / (2 * Double.pi * turns)
        return Rect(enclosing: (0...100_000).map { i -> Point in
            let t = 2 * Double.pi * turns * Double(i) / 100_000
            return Point(a * t * cos(t), a * t * sin(t))
        })!
    }()

    static let shapes: [(String, Bool, Double, Double)] = [
        ("{ shape: circle, r: 5 }", true, 10, 10),
        ("{ shape: ellipse, size: [6, 10] }", true, 6, 10),
        ("{ shape: rectangle, size: [8, 4], corner: 1 }", true, 8, 4),
        ("{ shape: polygon, points: [[0, -5], [5, 5], [-5, 5]] }", true, 10, 10),
        ("{ shape: polygon, sides: 4, r: 5 }", true, 10, 10),
        ("{ shape: star, points: 4, r: 6, inner: 2 }", true, 12, 12),
        ("{ shape: petal, length: 10, width: 4 }", true, 4, 10),
        ("{ shape: teardrop, length: 10, width: 4 }", true, 4, 10),
        ("{ shape: spiral, r: 5, turns: 2.25 }", false, spiralBox.width, spiralBox.height),
        ("{ shape: blade, length: 30, width: 8, bend: 0.3 }", true, 30, 8),
        ("{ shape: wave, length: 20, amplitude: 2, wavelength: 5 }", false, 20, 4),
        ("{ shape: path, d: \"M-5 -5 h10 v10 h-10 z\" }", true, 10, 10),
        ("{ shape: path, d: \"M0 0 Q 5 10 10 0\" }", false, 10, 5),
    ]

    @Test(arguments: shapes)
    func everyShapeLoadsWithItsClosednessAndSize(shape: String, closed: Bool, width: Double, height: Double) throws {
        let motif = try #require(loadElements("elements:\n  - \(shape.dropLast(1)), outline: biru }\n"))
        let mark = try #require(motif.tileMarks.first)
        #expect(mark.path.isClosed == closed)
        let b = try #require(mark.path.sampledBounds(samples: 200))
        expectClose(b.width, width, 0.06, "width")
        expectClose(b.height, height, 0.06, "height")
    }
}
