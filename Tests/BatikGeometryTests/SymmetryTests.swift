import BatikTestSupport
import Foundation
import Testing

@testable import BatikGeometry

@Suite("Rosette symmetries")
struct SymmetryTests {
    /// Whether every composition of two transforms is (approximately) one of them.
    static func isClosed(_ transforms: [AffineTransform]) -> Bool {
        transforms.allSatisfy { s in
            transforms.allSatisfy { t in transforms.contains { $0.isApproximatelyEqual(to: s.then(t), absoluteTolerance: 1e-9) } }
        }
    }

    @Test func fourFoldRotationIsExact() {
        let s = Symmetry.rotation(4)
        #expect(s.order == 4)
        #expect(s.transforms.map { $0.apply(Point(1, 0)) } == [Point(1, 0), Point(0, 1), Point(-1, 0), Point(0, -1)])
    }

    @Test(arguments: 1...12)
    func rotationsFormACyclicGroup(n: Int) {
        let s = Symmetry.rotation(n, about: Point(3, -2))
        #expect(s.order == n)
        #expect(s.transforms[0] == .identity)
        #expect(Self.isClosed(s.transforms))
        #expect(s.transforms.allSatisfy { $0.apply(Point(3, -2)).isApproximatelyEqual(to: Point(3, -2)) })
        #expect(s.transforms.allSatisfy { abs($0.determinant - 1) < 1e-12 })
    }

    @Test(arguments: 1...8)
    func dihedralGroupsHaveNRotationsAndNMirrors(n: Int) {
        let s = Symmetry.dihedral(n, about: Point(1, 1), mirrorAngle: .degrees(10))
        #expect(s.order == 2 * n)
        #expect(s.transforms.filter(\.isReflection).count == n)
        #expect(Self.isClosed(s.transforms))
        for mirror in s.transforms where mirror.isReflection {
            #expect(mirror.then(mirror).isApproximatelyEqual(to: .identity), "a mirror undoes itself")
        }
        // The first mirror line is the requested one: it fixes points along 10° through the centre.
        let onLine = Point(1, 1) + Vector(angle: .degrees(10), length: 5)
        #expect(s.transforms[n].apply(onLine).isApproximatelyEqual(to: onLine))
    }

    @Test func mirrorAcrossAVerticalLine() {
        let s = Symmetry.mirror(across: .degrees(90), through: Point(5, 0))
        #expect(s.order == 2)
        #expect(s.transforms[1].apply(Point(7, 3)).isApproximatelyEqual(to: Point(3, 3)))
    }

    @Test func copiesOfAMotif() {
        // Four kawung fruits: one ellipse above the centre, turned to the four quarters.
        let fruit = BezierPath([
            .move(to: Point(3, -6)),
            .arc(radii: Vector(3, 5), rotation: .zero, largeArc: false, sweep: true, to: Point(-3, -6)),
            .arc(radii: Vector(3, 5), rotation: .zero, largeArc: false, sweep: true, to: Point(3, -6)),
            .close,
        ])
        let kawung = Symmetry.rotation(4).applied(to: fruit)
        // transformed(by:) carries arcs as cubics, within 2.7e-4 of the radius: a few parts in 10⁴ of area.
        expectApproximatelyEqual(kawung.signedArea, 4 * fruit.signedArea, tolerance: 4 * fruit.signedArea * 5e-4)
        let centres = Symmetry.rotation(4).copies(of: fruit).map { $0.bounds!.center }
        for (c, expected) in zip(centres, [Point(0, -6), Point(6, 0), Point(0, 6), Point(-6, 0)]) {
            expectApproximatelyEqual(c, expected, tolerance: 1e-9)
        }
        // Mirror copies run the other way round: area cancels.
        let mirrored = Symmetry.mirror(across: .zero).copies(of: fruit)
        expectApproximatelyEqual(mirrored[1].signedArea, -fruit.cubicsOnly().signedArea, tolerance: 1e-9)
        #expect(Symmetry.none.applied(to: fruit) == fruit.transformed(by: .identity))
    }
}
