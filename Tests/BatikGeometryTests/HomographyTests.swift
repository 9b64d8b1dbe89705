import BatikGeometry
import Testing

@Suite("Homography")
struct HomographyTests {
    @Test(
        "four correspondences map exactly, and the inverse maps back",
        arguments: [
            [Point(x: 10, y: 20), Point(x: 610, y: 40), Point(x: 580, y: 900), Point(x: 30, y: 860)],
            [Point(x: 1200, y: 300), Point(x: 2900, y: 420), Point(x: 3100, y: 2600), Point(x: 1000, y: 2400)],
            [Point(x: 0, y: 0), Point(x: 100, y: 0), Point(x: 100, y: 100), Point(x: 0, y: 100)],
        ])
    func exact(_ target: [Point]) throws {
        let source = [Point(x: 0, y: 0), Point(x: 500, y: 0), Point(x: 500, y: 700), Point(x: 0, y: 700)]
        let h = try #require(Homography(from: source, to: target))
        for (s, t) in zip(source, target) {
            let p = try #require(h.apply(s))
            #expect(abs(p.x - t.x) < 1e-6 && abs(p.y - t.y) < 1e-6)
        }
        let inverse = try #require(h.inverse)
        let mid = Point(x: 123, y: 456)
        let there = try #require(h.apply(mid))
        let back = try #require(inverse.apply(there))
        #expect(abs(back.x - mid.x) < 1e-6 && abs(back.y - mid.y) < 1e-6)
    }

    @Test("lines stay lines: the midpoint of a diagonal maps onto the mapped diagonal")
    func straightLines() throws {
        let source = [Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 1, y: 1), Point(x: 0, y: 1)]
        let target = [Point(x: 100, y: 100), Point(x: 400, y: 80), Point(x: 450, y: 420), Point(x: 60, y: 380)]
        let h = try #require(Homography(from: source, to: target))
        let a = try #require(h.apply(Point(x: 0, y: 0))), b = try #require(h.apply(Point(x: 1, y: 1)))
        let m = try #require(h.apply(Point(x: 0.3, y: 0.3)))
        let cross = (b.x - a.x) * (m.y - a.y) - (b.y - a.y) * (m.x - a.x)
        #expect(abs(cross) < 1e-6)
    }

    @Test("three points on one line give no homography")
    func degenerate() {
        let source = [Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 1, y: 1), Point(x: 0, y: 1)]
        let collinear = [Point(x: 0, y: 0), Point(x: 1, y: 1), Point(x: 2, y: 2), Point(x: 0, y: 5)]
        #expect(Homography(from: source, to: collinear) == nil)
    }
}
