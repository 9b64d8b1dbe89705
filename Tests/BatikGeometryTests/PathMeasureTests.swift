import BatikTestSupport
import Foundation
import Testing

@testable import BatikGeometry

@Suite("Path measures: length, bounds, area")
struct PathMeasureTests {
    static let square = BezierPath.polygon([Point(0, 0), Point(10, 0), Point(10, 10), Point(0, 10)])

    @Test func rectangleMeasures() {
        let rect = BezierPath.polygon([Point(2, 3), Point(12, 3), Point(12, 8), Point(2, 8)])
        expectApproximatelyEqual(rect.bounds, Rect(x: 2, y: 3, width: 10, height: 5), tolerance: 0)
        #expect(rect.signedArea == 50)
        #expect(rect.length() == 30)
        // An open polyline's length leaves out the closing side, but its area still closes it.
        let open = BezierPath.polygon([Point(2, 3), Point(12, 3), Point(12, 8), Point(2, 8)], closed: false)
        #expect(open.length() == 25)
        #expect(open.signedArea == 50)
    }

    @Test func clockwiseOnPaperIsPositive() {
        // (0,0) → (10,0) → (10,10) runs right, then down the page: clockwise as seen on paper.
        #expect(Self.square.signedArea == 100)
        #expect(BezierPath.polygon(Self.square.flattened()[0].points.reversed()).signedArea == -100)
        #expect(Self.square.flattened()[0].signedArea == 100)
    }

    @Test(arguments: [1.0, 10, 37.5])
    func circleFromArcsIsExact(radius: Double) {
        let circle = BezierPath.circleForTests(center: Point(3, -4), radius: radius)
        expectApproximatelyEqual(circle.signedArea, .pi * radius * radius, tolerance: 1e-12 * radius * radius)
        expectApproximatelyEqual(circle.length(), 2 * .pi * radius, tolerance: 1e-9 * radius)
        expectApproximatelyEqual(circle.bounds, Rect(x: 3 - radius, y: -4 - radius, width: 2 * radius, height: 2 * radius), tolerance: 1e-12 * radius)
    }

    @Test func unitCircleAsCubicsIsWithinItsApproximation() {
        // cubicsOnly is what Cairo draws: the area is off by the cubic fit, a few parts in 10⁴.
        let cubics = BezierPath.circleForTests(center: .zero, radius: 1).cubicsOnly()
        expectApproximatelyEqual(cubics.signedArea, .pi, tolerance: 2e-3)
        expectApproximatelyEqual(cubics.length(), 2 * .pi, tolerance: 2e-3)
        // Flattened at 0.05, the polygon's area is below π by less than perimeter × tolerance.
        let polygon = cubics.flattened(tolerance: 0.05)[0]
        #expect(polygon.signedArea < .pi && polygon.signedArea > .pi - 2 * .pi * 0.05)
    }

    @Test func ellipseAreaAndLength() {
        // Rotated 30°, radii 20 and 5: area πab; perimeter by Ramanujan's second approximation
        // (relative error ~1e-10 at this eccentricity... about 4e-7 here, well inside 1e-4).
        let a = 20.0, b = 5.0
        let r = Vector(a, b)
        let start = Point(a * cos(Double.pi / 6), a * sin(Double.pi / 6))
        let path = BezierPath([
            .move(to: start),
            .arc(radii: r, rotation: .degrees(30), largeArc: false, sweep: true, to: Point(-start.x, -start.y)),
            .arc(radii: r, rotation: .degrees(30), largeArc: false, sweep: true, to: start),
            .close,
        ])
        expectApproximatelyEqual(path.signedArea, .pi * a * b, tolerance: 1e-9)
        let h = pow(a - b, 2) / pow(a + b, 2)
        let ramanujan = Double.pi * (a + b) * (1 + 3 * h / (10 + (4 - 3 * h).squareRoot()))
        expectApproximatelyEqual(path.length(tolerance: 1e-6), ramanujan, tolerance: 1e-4)
    }

    @Test func cubicAreaMatchesAFineFlattening() {
        var rng = SplitMix64(seed: 30)
        for i in 0..<200 {
            var path = rng.cubicPath(count: 3)
            path.close()
            let tolerance = 1e-3
            let polygonArea = path.flattened(tolerance: tolerance).reduce(0) { $0 + $1.signedArea }
            // Each point moves at most `tolerance`, so the area changes by at most perimeter × tolerance.
            let bound = path.length(tolerance: 1e-3) * tolerance
            expectApproximatelyEqual(path.signedArea, polygonArea, tolerance: bound, "case \(i)")
        }
    }

    @Test func cubicLengthMatchesDenseSampling() {
        var rng = SplitMix64(seed: 31)
        for i in 0..<200 {
            let path = rng.cubicPath(count: 1)
            let segment = path.segmentedSubpaths[0].segments[0]
            let n = 20_000
            var sampled = 0.0
            var previous = segment.start
            for k in 1...n {
                let p = segment.point(at: Double(k) / Double(n))
                sampled += previous.distance(to: p)
                previous = p
            }
            // Chords undershoot by O(1/n²); 1e-3 covers that plus the requested tolerance.
            let length = path.length(tolerance: 1e-4)
            #expect(length >= sampled - 1e-4, "case \(i): \(length) < sampled \(sampled)")
            expectApproximatelyEqual(length, sampled, tolerance: 1e-3, "case \(i)")
        }
    }

    @Test func boundsAreTight() throws {
        var rng = SplitMix64(seed: 32)
        for i in 0..<200 {
            let path = rng.cubicPath(count: 2)
            let bounds = try #require(path.bounds)
            let control = try #require(path.controlBounds)
            var sampled: [Point] = []
            for segment in path.segmentedSubpaths[0].segments {
                for k in 0...5000 { sampled.append(segment.point(at: Double(k) / 5000)) }
            }
            let box = try #require(Rect(enclosing: sampled))
            // Samples never leave the tight box, and the box reaches every extreme of the curve.
            expectApproximatelyEqual(bounds, box, tolerance: 1e-4, "case \(i)")
            let slack = 1e-9
            #expect(control.minX <= bounds.minX + slack && control.maxX >= bounds.maxX - slack, "case \(i)")
            #expect(control.minY <= bounds.minY + slack && control.maxY >= bounds.maxY - slack, "case \(i)")
        }
    }

    @Test func boundsOfARotatedEllipseReachItsExtremes() {
        // A circle's bounds are exact whatever the rotation; an ellipse rotated 90° swaps radii.
        let path = BezierPath([
            .move(to: Point(0, 20)),
            .arc(radii: Vector(20, 5), rotation: .degrees(90), largeArc: false, sweep: true, to: Point(0, -20)),
            .arc(radii: Vector(20, 5), rotation: .degrees(90), largeArc: false, sweep: true, to: Point(0, 20)),
        ])
        expectApproximatelyEqual(path.bounds, Rect(x: -5, y: -20, width: 10, height: 40), tolerance: 1e-9)
        #expect(BezierPath().bounds == nil)
        #expect(BezierPath([.move(to: Point(3, 3))]).bounds == nil)
    }
}
