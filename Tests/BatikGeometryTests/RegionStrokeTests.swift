import BatikGeometry
import BatikTestSupport
import Foundation
import Testing

/// Wax lines as areas, lines cut by areas, regions moved.
@Suite("Region: stroking, line cutting, transforms")
struct RegionStrokeTests {
    @Test("a straight wax line covers its length times its width plus two round ends")
    func straightLine() throws {
        let line = Polyline([Point(0, 0), Point(10, 0)], isClosed: false)
        let r = try Region(stroking: line, width: 2, tolerance: 0.001)
        expectApproximatelyEqual(r.area, 10 * 2 + Double.pi, tolerance: 0.01)
        let b = try #require(r.bounds)
        expectApproximatelyEqual(b.minX, -1, tolerance: 1e-9)
        expectApproximatelyEqual(b.maxX, 11, tolerance: 1e-9)
        expectApproximatelyEqual(b.height, 2, tolerance: 1e-6)
    }

    @Test("a polyline of one point is a round dot of the line's width")
    func dot() throws {
        let r = try Region(dotAt: Point(3, 4), diameter: 1, tolerance: 0.0005)
        expectApproximatelyEqual(r.area, Double.pi / 4, tolerance: 0.002)
        #expect(r.contains(Point(3, 4)))
        #expect(!r.contains(Point(3.6, 4)))
    }

    @Test("a closed square outline is a frame: outer square minus inner square")
    func closedOutline() throws {
        let square = Polyline([Point(0, 0), Point(10, 0), Point(10, 10), Point(0, 10)], isClosed: true)
        let r = try Region(stroking: square, width: 1, tolerance: 0.001)
        // Round outer corners: 11 × 11 minus four corners of (1 − π/4)·0.5².
        let expected = 11.0 * 11 - 9 * 9 - 4 * 0.25 * (1 - Double.pi / 4)
        expectApproximatelyEqual(r.area, expected, tolerance: 0.01)
        #expect(!r.contains(Point(5, 5)))
        #expect(r.contains(Point(0, 5)))
        #expect(try r.isValid())
    }

    @Test("no width, no area")
    func zeroWidth() throws {
        #expect(try Region(stroking: Polyline([Point(0, 0), Point(1, 0)], isClosed: false), width: 0).isEmpty)
        #expect(try Region(stroking: [], width: 1).isEmpty)
    }

    @Test("a line across a square is cut into the part inside and the parts outside")
    func clipAndCut() throws {
        let square = Region(rect: Rect(x: 0, y: 0, width: 10, height: 10))
        let line = Polyline([Point(-5, 5), Point(15, 5)], isClosed: false)
        let inside = try square.clipping([line])
        #expect(inside.count == 1)
        expectApproximatelyEqual(inside.reduce(0) { $0 + $1.length }, 10, tolerance: 1e-9)
        let outside = try square.cutting([line])
        #expect(outside.count == 2)
        expectApproximatelyEqual(outside.reduce(0) { $0 + $1.length }, 10, tolerance: 1e-9)
    }

    @Test("a closed line cut once comes back as one open line, and a line far away is kept whole")
    func closedLineCut() throws {
        let ring = Polyline([Point(0, 0), Point(10, 0), Point(10, 10), Point(0, 10)], isClosed: true)
        let notch = Region(rect: Rect(x: 4, y: -1, width: 2, height: 2))
        let left = try notch.cutting([ring])
        #expect(left.count == 1)
        #expect(left.first?.isClosed == false)
        expectApproximatelyEqual(left[0].length, 38, tolerance: 1e-9)
        let far = Polyline([Point(100, 100), Point(101, 100)], isClosed: false)
        #expect(try notch.cutting([far]) == [far])
        #expect(try notch.clipping([far]).isEmpty)
    }

    @Test("moving a region keeps its area; a mirror keeps it valid")
    func transform() throws {
        let r = try Region(stroking: Polyline([Point(0, 0), Point(5, 3), Point(9, 0)], isClosed: false), width: 1.5)
        let moved = r.transformed(by: AffineTransform.rotation(.degrees(30)).thenTranslated(by: Vector(7, -2)))
        expectApproximatelyEqual(moved.area, r.area, tolerance: 1e-9)
        let mirrored = r.transformed(by: .scale(x: -1, y: 1))
        expectApproximatelyEqual(mirrored.area, r.area, tolerance: 1e-9)
        #expect(try mirrored.isValid())
        #expect(r.translated(by: Vector(1, 2)).bounds?.minX == r.bounds.map { $0.minX + 1 })
    }
}
