import BatikTestSupport
import Foundation
import Testing

@testable import BatikGeometry

@Suite("Elliptic arcs")
struct ArcTests {
    /// How far `p` is from the ellipse, as a fraction of the radius: 0 on the ellipse.
    static func relativeRadialError(of p: Point, on arc: EllipticalArc) -> Double {
        let d = p - arc.center
        // Into the ellipse's own frame, then onto the unit circle.
        let u = (d.dx * arc.cosPhi + d.dy * arc.sinPhi) / arc.rx
        let v = (-d.dx * arc.sinPhi + d.dy * arc.cosPhi) / arc.ry
        return abs((u * u + v * v).squareRoot() - 1)
    }

    @Test func cubicsStayOnTheEllipseWithinATenthOfAPercent() throws {
        var rng = SplitMix64(seed: 20)
        for i in 0..<300 {
            let p0 = rng.point(within: 50), p1 = rng.point(within: 50)
            let radii = Vector(Double.random(in: 1...80, using: &rng), Double.random(in: 1...80, using: &rng))
            let rotation = rng.angle()
            let large = Bool.random(using: &rng), sweep = Bool.random(using: &rng)
            let arc = try #require(EllipticalArc(from: p0, radii: radii, rotation: rotation, largeArc: large, sweep: sweep, to: p1))
            let cubics = BezierPath([.move(to: p0), .arc(radii: radii, rotation: rotation, largeArc: large, sweep: sweep, to: p1)])
                .cubicsOnly()
            var worst = 0.0
            for segment in cubics.segmentedSubpaths[0].segments {
                for k in 0...50 { worst = max(worst, Self.relativeRadialError(of: segment.point(at: Double(k) / 50), on: arc)) }
            }
            #expect(worst <= 1e-3, "case \(i): \(worst) of the radius")
            #expect(cubics.segmentedSubpaths[0].end == p1, "case \(i): the last cubic must end exactly at the arc's end")
        }
    }

    @Test func radiiTooSmallAreScaledUpToReach() throws {
        // SVG F.6.6: radius 1 cannot span 10 mm, so it becomes a half circle of radius 5.
        let arc = try #require(EllipticalArc(from: Point(0, 0), radii: Vector(1, 1), rotation: .zero, largeArc: false, sweep: true, to: Point(10, 0)))
        expectApproximatelyEqual(arc.rx, 5, tolerance: 1e-12)
        expectApproximatelyEqual(arc.center, Point(5, 0), tolerance: 1e-12)
        expectApproximatelyEqual(abs(arc.sweepAngle), .pi, tolerance: 1e-12)
    }

    @Test func degenerateArcsDrawALineOrNothing() {
        let zeroRadius = BezierPath([.move(to: .zero), .arc(radii: Vector(0, 5), rotation: .zero, largeArc: false, sweep: true, to: Point(3, 4))])
        #expect(zeroRadius.flattened() == [Polyline([.zero, Point(3, 4)], isClosed: false)])
        expectApproximatelyEqual(zeroRadius.length(), 5, tolerance: 1e-12)
        let samePoint = BezierPath([.move(to: .zero), .arc(radii: Vector(5, 5), rotation: .zero, largeArc: true, sweep: true, to: .zero)])
        #expect(samePoint.flattened().isEmpty)
    }
}
