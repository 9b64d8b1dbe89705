import BatikGeometry
import BatikMotif
import BatikTestSupport
import Foundation
import Testing

@testable import BatikWax

@Suite("Ordering strokes to cut pen-up travel")
struct StrokeOrderTests {
    static let seeds: [UInt64] = [1, 2, 3, 4, 5, 6]
    /// The defaults, with a smaller perturbation budget: debug builds are some twenty times
    /// slower than release, and these tests check properties, not the last per cent.
    static let options = {
        var o = CantingPlanOptions()
        o.perturbationEvaluations = 50_000
        return o
    }()

    @Test("on random strokes: best ≤ nearest neighbour ≤ input order, and never below the MST bound", arguments: seeds)
    func travelOrdering(seed: UInt64) {
        let strokes = CantingFixtures.randomStrokes(count: 400, side: 300, seed: seed)
        let input = CantingFixtures.travel(strokes)
        let nearest = CantingFixtures.travel(StrokeOrder.nearestNeighbourOrder(strokes, from: .zero))
        let best = CantingFixtures.travel(StrokeOrder.ordered(strokes, from: .zero, options: Self.options))
        let bound = TravelBound.of(strokes)
        #expect(nearest <= input)
        #expect(best <= nearest)
        #expect(bound.length <= best)
        // 2-opt and Or-opt earn their keep: typically 10–20 % off nearest neighbour.
        #expect(best < nearest * 0.95, "best \(best), nearest \(nearest)")
    }

    @Test("the ordered strokes are the same strokes: each once, turned or restarted at most")
    func samePenDowns() {
        let strokes = CantingFixtures.randomStrokes(count: 300, side: 200, seed: 9)
        let ordered = StrokeOrder.ordered(strokes, from: .zero, options: Self.options)
        #expect(ordered.count == strokes.count)
        func key(_ s: CantingStroke) -> [Point] {
            // A canonical form: the loop's points from its least vertex, lines in either direction.
            if s.isClosed {
                let i = s.points.indices.min { (s.points[$0].x, s.points[$0].y) < (s.points[$1].x, s.points[$1].y) }!
                let r = s.rotated(toStartAt: i)
                let back = r.reversed()
                return (r.points[1].x, r.points[1].y) < (back.points[1].x, back.points[1].y) ? r.points : back.points
            }
            let p = s.points, q = Array(p.reversed())
            return (p[0].x, p[0].y) <= (q[0].x, q[0].y) ? p : q
        }
        let a = strokes.map(key).map { $0.map { "\($0)" }.joined() }.sorted()
        let b = ordered.map(key).map { $0.map { "\($0)" }.joined() }.sorted()
        #expect(a == b)
    }

    @Test("a line is drawn backwards when that saves travel, and a loop entered where the pen arrives")
    func reversalAndRotation() {
        let first = CantingStroke.line(Polyline([Point(0, 0), Point(10, 0)], isClosed: false))
        let backwards = CantingStroke.line(Polyline([Point(30, 0), Point(12, 0)], isClosed: false))
        let square = CantingStroke.line(
            Polyline([Point(40, 5), Point(40, -5), Point(32, -5), Point(32, 5)], isClosed: true))
        let ordered = StrokeOrder.ordered([first, square, backwards], from: Point(-1, 0), options: Self.options)
        #expect(
            ordered.map(\.start) == [Point(0, 0), Point(12, 0), Point(32, 5)]
                || ordered.map(\.start) == [Point(0, 0), Point(12, 0), Point(32, -5)])
        #expect(ordered[1].points == [Point(12, 0), Point(30, 0)])
        #expect(ordered[2].isClosed)
        expectApproximatelyEqual(CantingFixtures.travel(ordered), 2 + (2 * 2 + 25).squareRoot(), tolerance: 1e-9)
    }

    @Test("the same strokes always give the same order")
    func deterministic() {
        let strokes = CantingFixtures.randomStrokes(count: 500, side: 250, seed: 42)
        let a = StrokeOrder.ordered(strokes, from: .zero, options: Self.options)
        let b = StrokeOrder.ordered(strokes, from: .zero, options: Self.options)
        #expect(a == b)
    }

    @Test("the MST bound equals a brute-force minimum spanning tree over stroke end points")
    func boundIsTheMST() {
        for seed: UInt64 in [11, 12, 13] {
            let strokes = CantingFixtures.randomStrokes(count: 60, side: 100, seed: seed)
            let bound = TravelBound.of(strokes)
            // Prim's algorithm on the complete graph of strokes, weighed by the closest pair of
            // entry/exit points.
            func points(_ s: CantingStroke) -> [Point] { s.isClosed ? s.points : [s.start, s.end] }
            let n = strokes.count
            var inTree = [Bool](repeating: false, count: n)
            var best = [Double](repeating: .infinity, count: n)
            best[0] = 0
            var total = 0.0
            for _ in 0..<n {
                let u = (0..<n).filter { !inTree[$0] }.min { best[$0] < best[$1] }!
                inTree[u] = true
                total += best[u]
                for v in 0..<n where !inTree[v] {
                    best[v] = min(best[v], TravelBound.closest(points(strokes[u]), points(strokes[v])))
                }
            }
            if bound.isExact {
                expectApproximatelyEqual(bound.length, total, tolerance: 1e-9)
            } else {
                #expect(bound.length <= total + 1e-9)
            }
        }
    }

    @Test("lines whose ends meet are joined, reversed as needed; a ring of pieces closes")
    func merging() {
        let a = CantingStroke.line(Polyline([Point(0, 0), Point(5, 0)], isClosed: false))
        let b = CantingStroke.line(Polyline([Point(10, 0), Point(5.03, 0)], isClosed: false))  // backwards, 0.03 mm gap
        let far = CantingStroke.line(Polyline([Point(10.2, 0), Point(15, 0)], isClosed: false))  // 0.2 mm: not joined
        let merged = StrokeMerger.merge([a, b, far], tolerance: 0.05)
        #expect(merged.count == 2)
        #expect(merged[0].points == [Point(0, 0), Point(5, 0), Point(10, 0)])

        let quarters = (0..<4).map { q in
            CantingStroke.line(
                Polyline(
                    (0...6).map { k in Point(0, 0) + Vector(angle: .degrees(Double(q * 90 + k * 15)), length: 10) },
                    isClosed: false))
        }
        let ring = StrokeMerger.merge([quarters[0], quarters[2], quarters[1].reversed(), quarters[3]], tolerance: 0.05)
        #expect(ring.count == 1)
        #expect(ring[0].isClosed)
        expectApproximatelyEqual(ring[0].length, quarters.reduce(0) { $0 + $1.length }, tolerance: 1e-6)
        // Loops and dabs are left alone.
        let dab = CantingStroke.dab(at: Point(5, 0))
        #expect(StrokeMerger.merge([dab, a], tolerance: 0.05) == [dab, a])
    }

    @Test("tiles inside the cloth are copied whole; the edge cuts only the tiles it crosses")
    func placement() {
        let square = CantingStroke.line(
            Polyline([Point(-4, -4), Point(4, -4), Point(4, 4), Point(-4, 4)], isClosed: true))
        let placements = (0..<3).map { k in AffineTransform.translation(x: 5 + Double(k) * 10, y: 5) }
        let area = Rect(x: 0, y: 0, width: 28, height: 10)
        let placed = StrokePlacement.place([square], by: placements, clippedTo: area)
        #expect(placed.filter(\.isClosed).count == 2)
        let cut = placed.filter { !$0.isClosed }
        #expect(cut.count == 1)
        #expect(cut[0].points.allSatisfy { area.contains($0) })
        expectApproximatelyEqual(cut[0].length, 7 + 8 + 7, tolerance: 1e-9)  // the square at x 21…29, cut at 28
    }
}
