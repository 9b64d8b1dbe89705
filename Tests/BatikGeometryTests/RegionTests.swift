import BatikTestSupport
import Foundation
import Testing

@testable import BatikGeometry

@Suite("Regions: polygon booleans and offsets through GEOS")
struct RegionTests {
    static func square(_ x: Double, _ y: Double, _ size: Double) -> Region {
        Region(rect: Rect(x: x, y: y, width: size, height: size))
    }

    static let a = square(0, 0, 10)
    static let b = square(5, 5, 10)

    @Test func booleansOfTwoOverlappingSquares() throws {
        #expect(try Self.a.union(Self.b).area == 175)
        #expect(try Self.a.intersection(Self.b).area == 25)
        #expect(try Self.a.difference(Self.b).area == 75)
        #expect(try Self.b.difference(Self.a).area == 75)
        #expect(try Self.a.symmetricDifference(Self.b).area == 150)
        #expect(try Self.a.symmetricDifference(Self.b).polygons.count == 2)
        #expect(try Self.a.intersection(Self.b) == Self.square(5, 5, 5))
        #expect(try Region.union([Self.a, Self.b, Self.square(20, 0, 1)]).area == 176)
    }

    @Test func shapesThatOnlyTouchShareNoArea() throws {
        let neighbour = Self.square(10, 0, 10)
        #expect(try Self.a.intersection(neighbour).isEmpty)
        let both = try Self.a.union(neighbour)
        #expect(both.polygons.count == 1)
        expectApproximatelyEqual(both.bounds, Rect(x: 0, y: 0, width: 20, height: 10), tolerance: 0)
    }

    @Test func insetOfATenMillimetreSquareByOneIsEightByEight() throws {
        let inset = try Self.a.inset(by: 1)
        expectApproximatelyEqual(inset.area, 64, tolerance: 1e-9)
        expectApproximatelyEqual(inset.bounds, Rect(x: 1, y: 1, width: 8, height: 8), tolerance: 1e-9)
        #expect(try Self.a.inset(by: 5.5).isEmpty, "a square narrower than twice the inset vanishes")
    }

    @Test func outsetRoundsTheCornersWithinTolerance() throws {
        let tolerance = 0.01
        let grown = try Self.a.outset(by: 2, tolerance: tolerance)
        let exact = 100 + 4 * 10 * 2 + Double.pi * 4
        // Chords lie inside the round corners, never more than `tolerance` inside.
        #expect(grown.area <= exact)
        #expect(grown.area >= exact - 2 * .pi * 2 * tolerance)
        expectApproximatelyEqual(grown.bounds, Rect(x: -2, y: -2, width: 14, height: 14), tolerance: 1e-9)
        // Every corner vertex is at distance 2 from the square.
        for p in grown.polygons[0].exterior {
            let dx = max(0, -p.x, p.x - 10), dy = max(0, -p.y, p.y - 10)
            expectApproximatelyEqual((dx * dx + dy * dy).squareRoot(), 2, tolerance: 1e-9)
        }
    }

    @Test func quadrantSegmentsFollowTheTolerance() {
        #expect(Region.quadrantSegments(distance: 1) == Region.minimumQuadrantSegments)
        #expect(Region.quadrantSegments(distance: 20) == 8)
        #expect(Region.quadrantSegments(distance: 50) == 13)
        #expect(Region.quadrantSegments(distance: -50) == 13, "insets round their concave corners too")
        #expect(Region.quadrantSegments(distance: 100, tolerance: 0.01) == 56)
    }

    @Test func bowTieIsInvalidAndRepairsIntoItsTwoLobes() throws {
        let bowTie = Region(polygons: [Polygon(exterior: [Point(0, 0), Point(10, 10), Point(10, 0), Point(0, 10)])])
        #expect(try !bowTie.isValid())
        #expect(try bowTie.validityProblem()?.contains("Self-intersection") == true)
        let repaired = try bowTie.repaired()
        #expect(try repaired.isValid())
        #expect(try repaired.validityProblem() == nil)
        #expect(repaired.polygons.count == 2)
        expectApproximatelyEqual(repaired.area, 50, tolerance: 1e-12)
        #expect(repaired.contains(Point(2, 5)) && repaired.contains(Point(8, 5)))
        #expect(!repaired.contains(Point(5, 2)))
    }

    @Test func overlappingPolygonsRepairIntoTheirUnion() throws {
        let overlapping = Region(polygons: Self.a.polygons + Self.b.polygons)
        #expect(try !overlapping.isValid())
        #expect(try overlapping.repaired() == Self.a.union(Self.b))
    }

    @Test func fillingAPathWithAHole() throws {
        let outer = [Point(0, 0), Point(10, 0), Point(10, 10), Point(0, 10)]
        let inner = [Point(3, 3), Point(7, 3), Point(7, 7), Point(3, 7)]
        // Inner running the other way: a hole under both rules.
        let ring = BezierPath.polygon(outer).appending(.polygon(inner.reversed()))
        for rule in FillRule.allCases {
            let region = try Region(path: ring, fillRule: rule)
            #expect(region.area == 84, "\(rule)")
            #expect(region.polygons.count == 1 && region.polygons[0].holes.count == 1, "\(rule)")
            #expect(region.contains(Point(1, 1)) && !region.contains(Point(5, 5)), "\(rule)")
        }
        // Inner running the same way: filled under non-zero, a hole under even-odd.
        let nested = BezierPath.polygon(outer).appending(.polygon(inner))
        #expect(try Region(path: nested, fillRule: .nonZero).area == 100)
        #expect(try Region(path: nested, fillRule: .evenOdd).area == 84)
    }

    @Test func fillingASelfCrossingOutline() throws {
        let bowTie = BezierPath.polygon([Point(0, 0), Point(10, 10), Point(10, 0), Point(0, 10)])
        for rule in FillRule.allCases {
            let region = try Region(path: bowTie, fillRule: rule)
            #expect(region.area == 50, "\(rule)")
            #expect(try region.isValid())
        }
        // A pentagram: non-zero fills the centre (winding 2), even-odd leaves it empty.
        let star = BezierPath.polygon((0..<5).map { k in
            let a = Double(k * 2) * 2 * .pi / 5 - .pi / 2
            return Point(10 * cos(a), 10 * sin(a))
        })
        let nonZero = try Region(path: star, fillRule: .nonZero)
        let evenOdd = try Region(path: star, fillRule: .evenOdd)
        #expect(nonZero.contains(.zero) && !evenOdd.contains(.zero))
        #expect(nonZero.area > evenOdd.area)
        #expect(nonZero.polygons.count == 1 && nonZero.polygons[0].holes.isEmpty)
    }

    @Test func filledCircleAreaIsWithinTheFlatteningTolerance() throws {
        let tolerance = 0.01
        let disc = try Region(path: .circleForTests(center: Point(5, 5), radius: 10), tolerance: tolerance)
        #expect(disc.area <= .pi * 100)
        #expect(disc.area >= .pi * 100 - 2 * .pi * 10 * tolerance)
    }

    @Test func regionPathRoundTrips() throws {
        let shape = try Self.a.union(Self.b).difference(Self.square(2, 2, 2))
        #expect(shape.polygons[0].holes.count == 1)
        #expect(try Region(path: shape.path) == shape)
        #expect(try Region(path: shape.path, fillRule: .evenOdd) == shape)
        expectApproximatelyEqual(shape.path.signedArea, shape.area, tolerance: 1e-12)
    }

    @Test func outputIsDeterministicAndNormalized() throws {
        #expect(try Self.a.union(Self.b) == Self.b.union(Self.a))
        #expect(try Self.a.union(Self.b) == Self.a.union(Self.b))
        let shuffled = Region(polygons: [Self.square(20, 0, 1), Self.a].flatMap(\.polygons).reversed())
        #expect(shuffled == Region(polygons: [Self.a, Self.square(20, 0, 1)].flatMap(\.polygons)))
        let ring = try Self.a.union(Self.b).polygons[0]
        #expect(Polygon.signedArea(of: ring.exterior) > 0, "exteriors run clockwise on paper")
        #expect(ring.exterior[0] == Point(0, 0), "rings start at their top-left point")
        // A ring given backwards and from another corner normalizes to the same region.
        let backwards = Region(polygons: [Polygon(exterior: [Point(10, 10), Point(10, 0), Point(0, 0), Point(0, 10)])])
        #expect(backwards == Self.a)
    }

    @Test func regionsAreSafeToUseFromManyTasksAtOnce() async throws {
        let expected = try Self.a.union(Self.b).inset(by: 1)
        let results = try await withThrowingTaskGroup(of: Region.self) { group in
            for k in 0..<16 {
                group.addTask {
                    let moved = Self.square(5, 5, 10)
                    return try Self.a.union(k.isMultiple(of: 2) ? moved : Self.b).inset(by: 1)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 16)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func geosErrorsCarryGEOSMessage() {
        let broken = Region(polygons: [Polygon(exterior: [Point(0, 0), Point(10, 0), Point(10, .nan), Point(0, 10)])])
        #expect {
            try broken.union(Self.a)
        } throws: { error in
            guard let error = error as? RegionError else { return false }
            return error.operation == "unite two regions" && error.message.contains("Invalid Coordinate")
                && error.description.hasPrefix("Could not unite two regions: ")
        }
    }

    @Test func emptyRegions() throws {
        #expect(Region.empty.isEmpty && Region.empty.area == 0 && Region.empty.bounds == nil)
        #expect(try Region(path: BezierPath()).isEmpty)
        #expect(try Region(path: .polygon([Point(0, 0), Point(5, 5), Point(10, 10)])).isEmpty, "a flat outline encloses nothing")
        #expect(try Self.a.union(.empty) == Self.a)
        #expect(try Region.empty.outset(by: 3).isEmpty)
        #expect(Region.empty.path.isEmpty)
    }
}
