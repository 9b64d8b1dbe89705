import BatikTestSupport
import Foundation
import Testing

@testable import BatikGeometry

@Suite("Winding and containment")
struct WindingTests {
    static let outer = [Point(0, 0), Point(10, 0), Point(10, 10), Point(0, 10)]  // clockwise on paper
    static let inner = [Point(3, 3), Point(3, 7), Point(7, 7), Point(7, 3)]  // counter-clockwise

    @Test func squareWindsOnceAroundItsInside() {
        let cw = BezierPath.polygon(Self.outer)
        #expect(cw.winding(at: Point(5, 5)) == 1)
        #expect(cw.winding(at: Point(15, 5)) == 0)
        #expect(cw.winding(at: Point(-1, 5)) == 0)
        #expect(cw.winding(at: Point(5, -1)) == 0)
        #expect(BezierPath.polygon(Self.outer.reversed()).winding(at: Point(5, 5)) == -1)
    }

    @Test func ringWithAHole() {
        // Outer clockwise, inner counter-clockwise: the hole winds 0 and is outside under both rules.
        let ring = BezierPath.polygon(Self.outer).appending(.polygon(Self.inner))
        for rule in FillRule.allCases {
            #expect(ring.contains(Point(1, 1), fillRule: rule), "\(rule): the ring itself")
            #expect(ring.contains(Point(8.5, 5), fillRule: rule))
            #expect(!ring.contains(Point(5, 5), fillRule: rule), "\(rule): the hole")
            #expect(!ring.contains(Point(11, 5), fillRule: rule), "\(rule): outside")
        }
        #expect(ring.winding(at: Point(5, 5)) == 0)
    }

    @Test func sameDirectionInnerSubpathIsFilledUnderNonZeroOnly() {
        let nested = BezierPath.polygon(Self.outer).appending(.polygon(Self.inner.reversed()))
        #expect(nested.winding(at: Point(5, 5)) == 2)
        #expect(nested.contains(Point(5, 5), fillRule: .nonZero))
        #expect(!nested.contains(Point(5, 5), fillRule: .evenOdd))
    }

    @Test func bowTieWindsOppositeWaysInItsTwoLobes() {
        let bowTie = BezierPath.polygon([Point(0, 0), Point(10, 10), Point(10, 0), Point(0, 10)])
        #expect(bowTie.winding(at: Point(2, 5)) == -bowTie.winding(at: Point(8, 5)))
        #expect(abs(bowTie.winding(at: Point(2, 5))) == 1)
        #expect(bowTie.winding(at: Point(5, 2)) == 0)
    }

    @Test func vertexOnTheRayCountsOnce() {
        // The ray from (5, 5) passes exactly through the diamond's right vertex (10, 5).
        let diamond = BezierPath.polygon([Point(5, 0), Point(10, 5), Point(5, 10), Point(0, 5)])
        #expect(diamond.winding(at: Point(5, 5)) == 1)
        // And through a horizontal edge's ends: the top of this notch lies on y = 5.
        let notched = BezierPath.polygon([Point(0, 0), Point(10, 0), Point(10, 5), Point(8, 5), Point(8, 10), Point(0, 10)])
        #expect(notched.winding(at: Point(2, 5)) == 1)
        #expect(notched.winding(at: Point(9, 7)) == 0)
    }

    @Test func circleOfArcs() {
        let circle = BezierPath.circleForTests(center: Point(2, 2), radius: 10)
        for k in 0..<64 {
            let a = Double(k) / 64 * 2 * .pi
            let direction = Vector(cos(a), sin(a))
            #expect(circle.winding(at: Point(2, 2) + direction * 9.999) == 1, "just inside at \(k)")
            #expect(circle.winding(at: Point(2, 2) + direction * 10.001) == 0, "just outside at \(k)")
        }
    }

    @Test func exactWindingAgreesWithAFineFlatteningAwayFromTheOutline() {
        var rng = SplitMix64(seed: 40)
        for i in 0..<150 {
            var path = rng.cubicPath(count: 3, extent: 30)
            path.close()
            let tolerance = 1e-3
            let polylines = path.flattened(tolerance: tolerance)
            let polygon = BezierPath(polylines.flatMap { $0.path.elements })
            let distances = polylines.map(PolylineDistance.init)
            for _ in 0..<20 {
                let p = rng.point(within: 35)
                // Skip points so close to the outline that the flattening may pass on either side.
                let nearest = distances.map { $0(p) }.min() ?? .infinity
                if nearest <= 2 * tolerance { continue }
                #expect(path.winding(at: p) == polygon.winding(at: p), "case \(i) at \(p)")
            }
        }
    }
}
