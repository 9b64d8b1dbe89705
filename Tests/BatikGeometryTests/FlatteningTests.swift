import BatikTestSupport
import Foundation
import Testing

@testable import BatikGeometry

/// Distances to a polyline, with its segments worked out once (the tests ask many times).
struct PolylineDistance {
    let segments: [(Point, Vector)]
    let single: Point?

    init(_ polyline: Polyline) {
        segments = polyline.segments.map { ($0.0, $0.1 - $0.0) }
        single = polyline.points.count == 1 ? polyline.points[0] : nil
    }

    /// The distance from `p` to the nearest point of the polyline.
    func callAsFunction(_ p: Point) -> Double {
        if let single { return p.distance(to: single) }
        var best = Double.infinity
        for (a, ab) in segments {
            let l2 = ab.lengthSquared
            let t = l2 == 0 ? 0 : min(1, max(0, (p - a).dot(ab) / l2))
            let dx = p.x - (a.x + ab.dx * t), dy = p.y - (a.y + ab.dy * t)
            best = min(best, dx * dx + dy * dy)
        }
        return best.squareRoot()
    }
}

@Suite("Flattening")
struct FlatteningTests {
    /// Samples the true segment densely and measures how far it strays from the polyline.
    static func worstError(of segment: PathSegment, from polyline: Polyline, samples: Int = 1000) -> Double {
        let distance = PolylineDistance(polyline)
        return (0...samples).reduce(0) { max($0, distance(segment.point(at: Double($1) / Double(samples)))) }
    }

    @Test(arguments: [0.25, 0.05, 0.01])
    func cubicsStayWithinTolerance(tolerance: Double) throws {
        var rng = SplitMix64(seed: 10)
        for i in 0..<100 {
            let path = rng.cubicPath(count: 1)
            let polylines = path.flattened(tolerance: tolerance)
            try #require(polylines.count == 1)
            let segment = try #require(path.segmentedSubpaths.first?.segments.first)
            let error = Self.worstError(of: segment, from: polylines[0])
            #expect(error <= tolerance * (1 + 1e-9), "case \(i): error \(error) exceeds \(tolerance)")
            #expect(polylines[0].points.first == segment.start)
            #expect(polylines[0].points.last == segment.end)
        }
    }

    @Test func quadraticsStayWithinTolerance() throws {
        var rng = SplitMix64(seed: 11)
        for i in 0..<200 {
            let p0 = rng.point(within: 50), c = rng.point(within: 50), p1 = rng.point(within: 50)
            let polyline = try #require(BezierPath([.move(to: p0), .quad(control: c, to: p1)]).flattened(tolerance: 0.05).first)
            let error = Self.worstError(of: .quad(p0, c, p1), from: polyline)
            #expect(error <= 0.05 * (1 + 1e-9), "case \(i): error \(error)")
        }
    }

    @Test func arcsStayWithinToleranceOfTheTrueEllipse() throws {
        var rng = SplitMix64(seed: 12)
        for i in 0..<200 {
            let p0 = rng.point(within: 50), p1 = rng.point(within: 50)
            let radii = Vector(Double.random(in: 1...60, using: &rng), Double.random(in: 1...60, using: &rng))
            let path = BezierPath([
                .move(to: p0),
                .arc(radii: radii, rotation: rng.angle(), largeArc: Bool.random(using: &rng), sweep: Bool.random(using: &rng), to: p1),
            ])
            let polyline = try #require(path.flattened(tolerance: 0.05).first)
            let segment = try #require(path.segmentedSubpaths.first?.segments.first)
            let error = Self.worstError(of: segment, from: polyline)
            #expect(error <= 0.05 * (1 + 1e-9), "case \(i): error \(error)")
        }
    }

    @Test func aCircleUsesNoMorePointsThanItNeeds() throws {
        // A 10 mm circle at 0.05 mm needs chords of 2·acos(1 − 0.005) ≈ 0.2 rad: 32 of them.
        let polyline = try #require(BezierPath.circleForTests(center: .zero, radius: 10).flattened(tolerance: 0.05).first)
        #expect(polyline.isClosed)
        #expect((32...36).contains(polyline.points.count), "\(polyline.points.count) points")
    }

    @Test func subpathsBecomeSeparatePolylinesAndClosedOnesDoNotRepeatTheirStart() {
        var path = BezierPath.polygon([Point(0, 0), Point(10, 0), Point(10, 10)])
        path.move(to: Point(20, 0))
        path.line(to: Point(30, 0))
        path.line(to: Point(20, 0))  // back to the start, but not closed
        let polylines = path.flattened()
        #expect(polylines == [
            Polyline([Point(0, 0), Point(10, 0), Point(10, 10)], isClosed: true),
            Polyline([Point(20, 0), Point(30, 0), Point(20, 0)], isClosed: false),
        ])
        let explicitlyReturning = BezierPath.polygon([Point(0, 0), Point(10, 0), Point(10, 10), Point(0, 0)])
        #expect(explicitlyReturning.flattened().first?.points.count == 3)
    }

    @Test func aLoneMoveDrawsNothing() {
        #expect(BezierPath([.move(to: Point(1, 1))]).flattened().isEmpty)
        #expect(BezierPath().flattened().isEmpty)
    }

    @Test func drawingAfterCloseStartsAtTheClosedSubpathsStart() {
        let path = BezierPath([.move(to: Point(5, 5)), .line(to: Point(10, 5)), .close, .line(to: Point(5, 10))])
        #expect(path.flattened().last == Polyline([Point(5, 5), Point(5, 10)], isClosed: false))
    }
}

extension BezierPath {
    /// A full circle as two SVG arcs, clockwise on paper (positive area).
    static func circleForTests(center c: Point, radius r: Double) -> BezierPath {
        BezierPath([
            .move(to: Point(c.x + r, c.y)),
            .arc(radii: Vector(r, r), rotation: .zero, largeArc: false, sweep: true, to: Point(c.x - r, c.y)),
            .arc(radii: Vector(r, r), rotation: .zero, largeArc: false, sweep: true, to: Point(c.x + r, c.y)),
            .close,
        ])
    }
}
