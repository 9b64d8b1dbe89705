import BatikGeometry
import BatikMotif
import BatikTestSupport
import Foundation
import Testing

@testable import BatikWax

@Suite("Canting strokes from lines, dots and areas")
struct StrokeGenerationTests {
    static let tembok = CantingFixtures.tembok
    static let options = CantingPlanOptions()

    static func rectangle(_ w: Double, _ h: Double) -> Polygon {
        Polygon(exterior: Rect(x: -w / 2, y: -h / 2, width: w, height: h).corners)
    }

    static func disc(radius r: Double, segments: Int = 96) -> Polygon {
        Polygon(
            exterior: (0..<segments).map {
                Point(0, 0) + Vector(angle: .degrees(Double($0) * 360 / Double(segments)), length: r)
            })
    }

    /// Every vertex and segment midpoint of every line lies in `region`.
    static func expectInside(_ lines: [Polyline], _ region: Region, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in lines {
            for (a, b) in line.segments + (line.points.count == 1 ? [(line.points[0], line.points[0])] : []) {
                for p in [a, a.lerp(to: b, 0.5), b] {
                    #expect(region.contains(p), "\(p) lies outside", sourceLocation: sourceLocation)
                }
            }
        }
    }

    /// The largest distance from a sample of the region to the nearest stroke centreline.
    static func worstGap(_ lines: [Polyline], over region: Region, step: Double) -> Double {
        let bounds = region.bounds!
        var worst = 0.0
        var y = bounds.minY + step / 2
        while y < bounds.maxY {
            var x = bounds.minX + step / 2
            while x < bounds.maxX {
                let p = Point(x, y)
                if region.contains(p) {
                    var best = Double.infinity
                    for line in lines {
                        if line.points.count == 1 { best = min(best, p.distance(to: line.points[0])) }
                        for (a, b) in line.segments {
                            let ab = b - a
                            let t = max(0, min(1, (p - a).dot(ab) / max(ab.lengthSquared, 1e-12)))
                            best = min(best, p.distance(to: a + ab * t))
                        }
                    }
                    worst = max(worst, best)
                }
                x += step
            }
            y += step
        }
        return worst
    }

    @Test("a large block is an edge ring and a hatch, all inside the area inset by half a line, leaving no cloth bare")
    func hatchStaysInside() throws {
        let polygon = Self.rectangle(40, 30)
        let piece = try AreaFill.fill(polygon, tool: Self.tembok, options: Self.options)
        #expect(piece.method == .edgeAndHatch)
        let w = Self.tembok.lineWidth
        let area = Region(polygons: [polygon])
        // 0.01 mm of slack for the rounding of GEOS's inset.
        Self.expectInside(piece.lines, try area.inset(by: w / 2 - 0.01))
        // Every point but the very corners (a round line cannot reach into a square corner) is
        // within half a line of a stroke.
        let gap = Self.worstGap(piece.lines, over: try area.inset(by: 1), step: 0.7)
        #expect(gap <= w / 2 + 0.01, "a point \(gap) mm from the nearest stroke is left bare")
        // Zigzags, not one stroke per hatch line: far fewer lifts than the 8 lines across.
        #expect(piece.lines.count <= 4)
    }

    @Test("hatch lines lie the stated spacing apart and inside the region they hatch")
    func hatchSpacing() throws {
        let region = Region(polygons: [Self.rectangle(30, 20)])
        let zigzags = try Hatch.zigzags(in: region, spacing: 3)
        Self.expectInside(zigzags, try region.outset(by: 1e-6))
        // A 30 × 20 box hatched along its length: 7 lines 3 mm apart, one zigzag.
        #expect(zigzags.count == 1)
        let ys = Set(zigzags[0].points.map { ($0.y * 1000).rounded() / 1000 }).sorted()
        #expect(ys.count == 7)
        for (a, b) in zip(ys, ys.dropFirst()) { expectApproximatelyEqual(b - a, 3, tolerance: 1e-9) }
    }

    @Test("a round block of a few rings gets concentric rings, spacing × (1 − overlap) apart")
    func contourRings() throws {
        let polygon = Self.disc(radius: 8)
        let piece = try AreaFill.fill(polygon, tool: Self.tembok, options: Self.options)
        #expect(piece.method == .rings)
        let w = Self.tembok.lineWidth
        let rings = piece.lines.filter(\.isClosed)
        #expect(rings.count >= 2)
        let radii = rings.map { ring in
            ring.points.map { $0.distance(to: .zero) }.reduce(0, +) / Double(ring.points.count)
        }
        .sorted(by: >)
        expectApproximatelyEqual(radii[0], 8 - w / 2, tolerance: 0.1)
        expectApproximatelyEqual(radii[0] - radii[1], w * 0.8, tolerance: 0.1)
        #expect(Self.worstGap(piece.lines, over: Region(polygons: [polygon]), step: 0.5) <= w / 2 + 0.05)
    }

    @Test("a strip narrower than two lines gets one stroke along its middle")
    func thinStrip() throws {
        let piece = try AreaFill.fill(Self.rectangle(40, 3), tool: Self.tembok, options: Self.options)
        #expect(piece.method == .centreline)
        #expect(piece.lines.count == 1)
        let line = piece.lines[0]
        #expect(!line.isClosed)
        for p in line.points { #expect(abs(p.y) < 0.05, "\(p) is off the middle") }
        // It runs to about half a line from each end, where the round end of the wax reaches.
        let xs = line.points.map(\.x)
        #expect(xs.min()! < -20 + Self.tembok.lineWidth && xs.max()! > 20 - Self.tembok.lineWidth)
    }

    @Test("a thin ring gets one closed stroke around its middle")
    func thinRing() throws {
        let outer = Self.disc(radius: 10)
        let polygon = Polygon(exterior: outer.exterior, holes: [Self.disc(radius: 7.5).exterior.reversed()])
        let piece = try AreaFill.fill(polygon, tool: Self.tembok, options: Self.options)
        #expect(piece.method == .centreline)
        #expect(piece.lines.count == 1)
        #expect(piece.lines[0].isClosed)
        for p in piece.lines[0].points { expectApproximatelyEqual(p.distance(to: .zero), 8.75, tolerance: 0.15) }
    }

    @Test("a dot-sized area is one dab, and a cross gets its two bars")
    func smallShapes() throws {
        let dot = try AreaFill.fill(Self.disc(radius: 1), tool: Self.tembok, options: Self.options)
        #expect(dot.lines.count == 1 && dot.lines[0].points.count == 1)
        expectApproximatelyEqual(dot.lines[0].points[0], .zero, tolerance: 0.05)

        let bar = Rect(x: -15, y: -1.5, width: 30, height: 3)
        let cross = try Region(path: BezierPath.polygon(bar.corners)).union(
            Region(path: BezierPath.polygon(bar.corners).transformed(by: .rotation(.degrees(90)))))
        let piece = try AreaFill.fill(cross.polygons[0], tool: Self.tembok, options: Self.options)
        #expect(piece.method == .centreline)
        let points = piece.lines.flatMap(\.points)
        // Every point is on one of the two bars' middles, and both ends of both bars are reached.
        for p in points { #expect(min(abs(p.x), abs(p.y)) < 0.1, "\(p) is off the bars' middles") }
        for end in [Point(13, 0), Point(-13, 0), Point(0, 13), Point(0, -13)] {
            #expect(points.contains { $0.distance(to: end) < 1.5 }, "no stroke reaches \(end)")
        }
    }

    @Test("a piece over the brush threshold goes to the brush; a smaller one gets strokes")
    func brushThreshold() throws {
        let large = try AreaFill.fill(Self.rectangle(60, 50), tool: Self.tembok, options: Self.options)
        #expect(large.method == .brush && large.lines.isEmpty)
        let small = try AreaFill.fill(Self.rectangle(60, 40), tool: Self.tembok, options: Self.options)
        #expect(small.method != .brush && !small.lines.isEmpty)
        var options = Self.options
        options.brushThreshold = 1_000
        #expect(try AreaFill.fill(Self.rectangle(60, 40), tool: Self.tembok, options: options).method == .brush)
    }

    @Test("a telon dab makes three dots at once, at any turn; a stray dot gets its own dab")
    func spoutPattern() throws {
        let telon = CantingTool.library["telon"]!
        var dots: [Point] = []
        var centres: [Point] = []
        for (k, turn) in [0.0, 30, 75].enumerated() {
            let t = AffineTransform.rotation(.degrees(turn)).thenTranslated(by: Vector(Double(k) * 10, 0))
            centres.append(t.apply(Point.zero))
            dots += telon.spouts.map { t.apply(Point($0.x, $0.y)) }
        }
        dots.append(Point(50, 50))
        let dabs = SpoutPattern.dabs(for: dots, tool: telon, tolerance: telon.spoutDiameter * 0.3)
        #expect(dabs.count == 4)
        for c in centres { #expect(dabs.contains { $0.start.distance(to: c) < 1e-3 }, "no dab at \(c)") }
        // Every wanted dot is printed by some spout of some dab.
        for d in dots.dropLast() {
            let printed = dabs.contains { dab in
                let turn = AffineTransform.rotation(.radians(dab.heading))
                return telon.spouts.contains { s in (dab.start + turn.apply(Vector(s.x, s.y))).distance(to: d) < 0.01 }
            }
            #expect(printed, "\(d) is not printed")
        }
        // A single-spout canting dabs every dot.
        #expect(SpoutPattern.dabs(for: dots, tool: CantingFixtures.cecek, tolerance: 0.2).count == dots.count)
    }

    @Test("lines become strokes along their centreline; a zero-length line is a dab")
    func linesAndDots() throws {
        let job = CantingJob(
            stepIndex: 1, stepName: "nglowong", tool: CantingFixtures.klowong,
            lines: [
                Polyline([Point(0, 0), Point(10, 0)], isClosed: false),
                Polyline([Point(3, 3), Point(3, 3)], isClosed: false),
            ],
            dots: [Point(5, 5)])
        let out = try StrokeGenerator.strokes(for: job, options: Self.options)
        #expect(out.strokes.map(\.kind) == [.line, .dab, .dab])
        #expect(out.strokes[0].points == [Point(0, 0), Point(10, 0)])
    }
}
