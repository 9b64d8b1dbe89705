import BatikGeometry
import BatikTestSupport
import Testing

@testable import BatikWax

@Suite("The nearest-entry travel bound for whole cloths")
struct NearestEntryBoundTests {
    @Test("never above the travel of a planned order", arguments: [UInt64(11), 12, 13])
    func isALowerBound(seed: UInt64) {
        let strokes = CantingFixtures.randomStrokes(count: 400, side: 300, seed: seed)
        let ordered = StrokeOrder.ordered(strokes, from: .zero, options: StrokeOrderTests.options)
        let bound = TravelBound.nearestEntry(strokes)
        #expect(bound.length > 0)
        #expect(bound.length <= CantingFixtures.travel(ordered) + 1e-9)
        #expect(!bound.isExact)
    }

    @Test("a row of dabs 2 mm apart: exactly the row's length, the best any order can do")
    func rowOfDabs() {
        let strokes = (0..<50).map { CantingStroke.dab(at: Point(Double($0) * 2, 0)) }
        expectApproximatelyEqual(TravelBound.nearestEntry(strokes).length, 49 * 2, tolerance: 1e-9)
    }

    @Test("small passes and passes of dabs keep the exact MST bound; large passes of lines switch to nearest entry")
    func choice() {
        let few = (0..<10).map { CantingStroke.dab(at: Point(Double($0) * 3, 0)) }
        #expect(TravelBound.bound(few) == TravelBound.of(few))
        let grid = (0...TravelBound.minimumSpanningTreeLimit).map { Point(Double($0 % 200) * 2, Double($0 / 200) * 2) }
        let dabs = grid.map { CantingStroke.dab(at: $0) }
        #expect(TravelBound.bound(dabs) == TravelBound.of(dabs))
        let lines = grid.map { CantingStroke.line(Polyline([$0, $0 + Vector(1.5, 0.5)], isClosed: false)) }
        #expect(TravelBound.bound(lines).length == max(
            TravelBound.nearestEntry(lines).length, TravelBound.twoNeighbours(lines).length))
        #expect(!TravelBound.bound(lines).isExact)
    }
}
