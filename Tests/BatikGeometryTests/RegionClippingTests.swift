import BatikTestSupport
import Testing

@testable import BatikGeometry

@Suite("Regions: clipping lines")
struct RegionClippingTests {
    @Test func regionClipKeepsThePartsInsideInOrder() throws {
        // A U: two arms joined at the bottom; a line across the arms is cut in two.
        let u = try Region(path: .polygon([
            Point(0, 0), Point(3, 0), Point(3, 7), Point(7, 7), Point(7, 0), Point(10, 0), Point(10, 10), Point(0, 10),
        ]))
        let across = Polyline([Point(-5, 2), Point(15, 2)], isClosed: false)
        let pieces = try u.clip(across)
        #expect(pieces.count == 2)
        #expect(pieces.map(\.points) == [[Point(0, 2), Point(3, 2)], [Point(7, 2), Point(10, 2)]])
        let back = try u.clip(across.reversed())
        #expect(back.map(\.points) == [[Point(10, 2), Point(7, 2)], [Point(3, 2), Point(0, 2)]])
        // A bent line is kept whole where it lies inside, its bend included.
        let bent = Polyline([Point(1, -1), Point(1, 9), Point(9, 9), Point(9, -1)], isClosed: false)
        let kept = try u.clip(bent)
        #expect(kept.map(\.points) == [[Point(1, 0), Point(1, 9), Point(9, 9), Point(9, 0)]])
        #expect(try u.clip(Polyline([Point(4, 1), Point(6, 1)], isClosed: false)).isEmpty)
        #expect(try Region.empty.clip(across).isEmpty)
    }

    @Test func aClosedLineIsClippedAroundItsRing() throws {
        let square = Region(rect: Rect(x: 0, y: 0, width: 10, height: 10))
        // A ring around (5, 5) crossing the square's right side: one piece inside, the part
        // beyond x = 10 cut away.
        let ring = Polyline([Point(2, 2), Point(12, 2), Point(12, 8), Point(2, 8)], isClosed: true)
        let pieces = try square.clip(ring)
        let total = pieces.reduce(0) { $0 + $1.length }
        expectApproximatelyEqual(total, 8 + 6 + 8, tolerance: 1e-9)
        #expect(pieces.allSatisfy { $0.points.allSatisfy { $0.x <= 10 } })
    }
}
