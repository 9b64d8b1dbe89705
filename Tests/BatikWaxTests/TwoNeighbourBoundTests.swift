import BatikGeometry
import BatikTestSupport
import Testing

@testable import BatikWax

@Suite("The two-neighbour travel bound")
struct TwoNeighbourBoundTests {
    @Test("never above the travel of a planned order", arguments: [UInt64(21), 22, 23])
    func isALowerBound(seed: UInt64) {
        let strokes = CantingFixtures.randomStrokes(count: 400, side: 300, seed: seed)
        let ordered = StrokeOrder.ordered(strokes, from: .zero, options: StrokeOrderTests.options)
        let bound = TravelBound.twoNeighbours(strokes)
        #expect(bound.length > 0)
        #expect(bound.length <= CantingFixtures.travel(ordered) + 1e-9)
        #expect(!bound.isExact)
    }

    @Test("a row of dabs 2 mm apart: within one gap of the row's length, the best any order can do")
    func rowOfDabs() {
        let strokes = (0..<50).map { CantingStroke.dab(at: Point(Double($0) * 2, 0)) }
        let bound = TravelBound.twoNeighbours(strokes).length
        #expect(bound <= 49 * 2 + 1e-9)
        #expect(bound >= 48 * 2 - 1e-9)
    }

    /// Squares in a row sharing their sides: each can be entered where it touches its neighbour, so
    /// the MST bound is zero, but the pen comes back to where it entered a square before it jumps on,
    /// and from there the next square but one is a side away.
    @Test("touching outlines: the MST sees no travel, this bound sees the sides the pen must cross")
    func touchingLoops() {
        let side = 10.0
        let squares = (0..<20).map { i -> CantingStroke in
            let x = Double(i) * side
            let ring = [Point(x, 0), Point(x + side, 0), Point(x + side, side), Point(x, side)]
            return .line(Polyline(ring, isClosed: true))
        }
        let ordered = StrokeOrder.ordered(squares, from: .zero, options: StrokeOrderTests.options)
        #expect(TravelBound.of(squares).length < 1e-9)
        let bound = TravelBound.twoNeighbours(squares)
        #expect(bound.length >= 18 * side / 2 - 1e-9)
        #expect(bound.length <= CantingFixtures.travel(ordered) + 1e-9)
        #expect(TravelBound.bound(squares) == bound)
    }
}
