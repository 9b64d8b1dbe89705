import BatikTestSupport
import Foundation
import Testing

@testable import BatikGeometry

@Suite("Lattices")
struct LatticeTests {
    static let tile = Size(12, 8)
    static let tileBounds = Rect(x: -6, y: -4, width: 12, height: 8)
    static let area = Rect(x: -31, y: -19, width: 83, height: 57)

    @Test func halfDropColumnsEachDropHalfATile() {
        let lattice = Lattice(kind: .halfDrop, tile: Self.tile)
        #expect(lattice.transform(i: 1, j: 0).apply(Point.zero) == Point(12, 4))
        #expect(lattice.transform(i: 2, j: 0).apply(Point.zero) == Point(24, 8))
        // Every tile centre in column x = 12·k sits at y ≡ 4·k (mod 8).
        for t in lattice.placements(covering: Self.area, tileBounds: Self.tileBounds) {
            let c = t.apply(Point.zero)
            let column = (c.x / 12).rounded()
            #expect(c.x == column * 12)
            let drop = (c.y - 4 * column).truncatingRemainder(dividingBy: 8)
            #expect(drop == 0, "tile at \(c) is off its column's half drop")
        }
    }

    @Test func brickRowsShiftHalfATile() {
        let lattice = Lattice(kind: .brick, tile: Self.tile)
        #expect(lattice.transform(i: 0, j: 1).apply(Point.zero) == Point(6, 8))
        #expect(lattice.transform(i: 0, j: 2).apply(Point.zero) == Point(12, 16))
    }

    @Test func diagonalBandsRiseFromLeftToRight() {
        // Parang bands climb to the right on the cloth: the tile's +x runs up the page (y down).
        let lattice = Lattice(kind: .diagonal, tile: Self.tile, angle: .degrees(45))
        let along = lattice.transform(i: 0, j: 0).apply(Vector(1, 0))
        expectApproximatelyEqual(along.dx, 0.5.squareRoot(), tolerance: 1e-12)
        expectApproximatelyEqual(along.dy, -(0.5.squareRoot()), tolerance: 1e-12)
        expectApproximatelyEqual(lattice.a.length, 12, tolerance: 1e-12)
        expectApproximatelyEqual(lattice.b.length, 8, tolerance: 1e-12)
        expectApproximatelyEqual(lattice.a.dot(lattice.b), 0, tolerance: 1e-12)
        // The next band is across the first one, below it on the page.
        #expect(lattice.b.dy > 0)
    }

    @Test(arguments: Lattice.Kind.allCases)
    func placementsCoverTheAreaWithNoGaps(kind: Lattice.Kind) {
        let lattice = Lattice(kind: kind, tile: Self.tile, angle: .degrees(30))
        let inverses = lattice.placements(covering: Self.area, tileBounds: Self.tileBounds).map { $0.inverted()! }
        var rng = SplitMix64(seed: 60)
        for _ in 0..<500 {
            let p = Point(
                Double.random(in: Self.area.minX...Self.area.maxX, using: &rng),
                Double.random(in: Self.area.minY...Self.area.maxY, using: &rng))
            #expect(inverses.contains { Self.tileBounds.contains($0.apply(p)) }, "\(kind): \(p) falls between tiles")
        }
    }

    @Test(arguments: Lattice.Kind.allCases)
    func placementsAreRowMajorAndMeetTheArea(kind: Lattice.Kind) {
        let lattice = Lattice(kind: kind, tile: Self.tile)
        let placements = lattice.placements(covering: Self.area, tileBounds: Self.tileBounds)
        for t in placements {
            #expect(Rect(enclosing: Self.tileBounds.corners.map(t.apply))!.intersects(Self.area))
        }
        // Recover (i, j) of each placement: j never decreases, and i increases within a row.
        let det = lattice.a.cross(lattice.b)
        let indices = placements.map { t -> (Int, Int) in
            let v = Vector(t.x0, t.y0)
            return (Int((v.cross(lattice.b) / det).rounded()), Int((lattice.a.cross(v) / det).rounded()))
        }
        #expect(zip(indices, indices.dropFirst()).allSatisfy { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) })
    }
}
