import BatikTestSupport
import Foundation
import Testing

@testable import BatikGeometry

/// Even-odd point-in-polygon, kept local so these tests do not depend on the path code they are
/// not about.
private func polygonContains(_ polygon: [Point], _ p: Point) -> Bool {
    var inside = false
    var a = polygon[polygon.count - 1]
    for b in polygon {
        if (a.y > p.y) != (b.y > p.y), p.x < a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x) { inside.toggle() }
        a = b
    }
    return inside
}

/// Whether `t` is one of `cell`'s transforms followed by a translation of `lattice`.
private func isCellMemberModuloLattice(_ t: AffineTransform, cell: [AffineTransform], lattice: Lattice) -> Bool {
    let det = lattice.a.cross(lattice.b)
    return cell.contains { u in
        guard abs(u.xx - t.xx) < 1e-9, abs(u.yx - t.yx) < 1e-9, abs(u.xy - t.xy) < 1e-9, abs(u.yy - t.yy) < 1e-9 else { return false }
        let v = Vector(t.x0 - u.x0, t.y0 - u.y0)
        let i = v.cross(lattice.b) / det, j = lattice.a.cross(v) / det
        return abs(i - i.rounded()) < 1e-9 && abs(j - j.rounded()) < 1e-9
    }
}

@Suite("Wallpaper groups")
struct WallpaperGroupTests {
    static let r3 = 3.0.squareRoot()

    /// For each group, a tile size and the tile shape (tile-local, centred on the origin) that the
    /// Inkscape arrangement is designed for: copies of it cover the plane exactly once.
    static func fundamentalTile(_ group: WallpaperGroup) -> (Size, [Point]) {
        func rect(_ w: Double, _ h: Double) -> (Size, [Point]) {
            (Size(w, h), [Point(-w / 2, -h / 2), Point(w / 2, -h / 2), Point(w / 2, h / 2), Point(-w / 2, h / 2)])
        }
        switch group {
        case .p1, .p2, .pm, .pg, .cm, .pmm, .pmg, .pgg, .cmm:
            return rect(10, 6)
        case .p4, .p4g:
            return rect(10, 10)
        case .p4m:
            return (Size(10, 10), [Point(-5, -5), Point(5, 5), Point(-5, 5)])
        case .p3:
            let h = 10.0, w = h / r3
            return (Size(w, h), [Point(-w / 2, 0), Point(0, -h / 2), Point(w / 2, 0), Point(0, h / 2)])
        case .p31m:
            let w = 10.0, h = w / (2 * r3)
            return (Size(w, h), [Point(-w / 2, h / 2), Point(0, -h / 2), Point(w / 2, h / 2)])
        case .p3m1:
            let w = 10.0, h = w * r3 / 2
            return (Size(w, h), [Point(-w / 2, h / 2), Point(0, -h / 2), Point(w / 2, h / 2)])
        case .p6:
            let h = 10.0, w = h * r3 / 2
            return (Size(w, h), [Point(-w / 2, -h / 2), Point(w / 2, 0), Point(-w / 2, h / 2)])
        case .p6m:
            let w = 10.0, h = w / r3
            return (Size(w, h), [Point(-w / 2, -h / 2), Point(w / 2, h / 2), Point(-w / 2, h / 2)])
        }
    }

    static let area = Rect(x: -23, y: -17, width: 61, height: 43)

    @Test(arguments: WallpaperGroup.allCases)
    func placementsCoverTheAreaWithNoGapsOrOverlaps(group: WallpaperGroup) {
        let (tile, shape) = Self.fundamentalTile(group)
        let placements = group.placements(tile: tile, covering: Self.area)
        let shapes = placements.map { t in shape.map(t.apply) }
        let boxes = shapes.map { Rect(enclosing: $0)! }
        let tileRect = Rect(x: -tile.width / 2, y: -tile.height / 2, width: tile.width, height: tile.height)
        let inverses = placements.map { $0.inverted()! }
        var rng = SplitMix64(seed: 50)
        for _ in 0..<400 {
            let p = Point(
                Double.random(in: Self.area.minX...Self.area.maxX, using: &rng),
                Double.random(in: Self.area.minY...Self.area.maxY, using: &rng))
            let covering = shapes.indices.filter { boxes[$0].contains(p) && polygonContains(shapes[$0], p) }
            #expect(covering.count == 1, "\(group): \(p) is covered by \(covering.count) copies of the tile shape")
            // The placed tile rectangles, which hold the shapes, leave no gap either.
            #expect(inverses.contains { tileRect.contains($0.apply(p)) }, "\(group): \(p) is outside every tile")
        }
    }

    @Test(arguments: WallpaperGroup.allCases)
    func placementsAreExactlyTheCopiesThatMeetTheArea(group: WallpaperGroup) {
        let tile = Size(8, 5)
        let tileCorners = Rect(x: -4, y: -2.5, width: 8, height: 5).corners
        func box(_ t: AffineTransform) -> Rect { Rect(enclosing: tileCorners.map(t.apply))! }
        let placements = group.placements(tile: tile, covering: Self.area)
        #expect(placements.allSatisfy { box($0).overlaps(Self.area) })
        // Nothing that meets the area is missing: a far larger area, filtered, gives the same list.
        let wider = group.placements(tile: tile, covering: Self.area.outsetBy(40)).filter { box($0).overlaps(Self.area) }
        #expect(wider == placements)
        #expect(group.placements(tile: tile, covering: Self.area) == placements, "deterministic")
    }

    @Test(arguments: WallpaperGroup.allCases)
    func placementsRunRowByRow(group: WallpaperGroup) {
        // The first copy of each cell is the untransformed tile: their centres go row by row.
        let origins = group.placements(tile: Size(8, 5), covering: Self.area)
            .filter { $0.xx == 1 && $0.yx == 0 && $0.xy == 0 && $0.yy == 1 }
            .map { Point($0.x0, $0.y0) }
        #expect(origins.count > 3)
        #expect(zip(origins, origins.dropFirst()).allSatisfy { $0.y < $1.y || ($0.y == $1.y && $0.x < $1.x) })
    }

    @Test(arguments: WallpaperGroup.allCases, [Size(10, 10), Size(10, 6), Size(6, 10)])
    func cellIsClosedUnderComposition(group: WallpaperGroup, tile: Size) {
        let cell = group.cell(tile: tile), lattice = group.lattice(tile: tile)
        #expect(cell.first == .identity)
        for s in cell {
            for t in cell {
                #expect(isCellMemberModuloLattice(s.then(t), cell: cell, lattice: lattice), "\(group) \(tile): \(s) then \(t)")
            }
            // Lattice steps conjugated by a cell copy stay lattice steps: copies map the lattice to itself.
            for v in [lattice.a, lattice.b] {
                #expect(isCellMemberModuloLattice(AffineTransform.translation(v), cell: [.identity], lattice: lattice))
                let conjugated = s.inverted()!.then(.translation(v)).then(s)
                #expect(isCellMemberModuloLattice(conjugated, cell: [.identity], lattice: lattice), "\(group): \(v) under \(s)")
            }
        }
    }

    /// Rotation order, mirror directions and glides read off the actual cell.
    static func symmetryElements(of group: WallpaperGroup, tile: Size) -> (order: Int, mirrorAngles: Set<Int>, glides: Bool) {
        let cell = group.cell(tile: tile), lattice = group.lattice(tile: tile)
        var order = 1, mirrorAngles: Set<Int> = [], glides = false
        let steps = (-3...3).flatMap { i in (-3...3).map { j in lattice.a * Double(i) + lattice.b * Double(j) } }
        for u in cell {
            if u.determinant > 0 {
                let angle = atan2(u.yx, u.xx)
                if abs(angle) > 1e-9 { order = max(order, Int((2 * .pi / abs(angle)).rounded())) }
                continue
            }
            // A reflection's axis bisects x and its image; the translation along the axis, modulo the
            // lattice's period along it, is the glide (zero for a true mirror).
            let axisAngle = atan2(u.yx, u.xx) / 2
            let d = Vector(cos(axisAngle), sin(axisAngle))
            let period = steps.filter { abs($0.cross(d)) < 1e-9 && $0.dot(d) > 1e-9 }.map { $0.dot(d) }.min()!
            for step in steps {
                var glide = (Vector(u.x0, u.y0) + step).dot(d).truncatingRemainder(dividingBy: period)
                if glide < 0 { glide += period }
                if glide < 1e-9 || period - glide < 1e-9 {
                    mirrorAngles.insert((Int((axisAngle * 180 / .pi).rounded()) + 360) % 180)
                } else {
                    glides = true
                }
            }
        }
        return (order, mirrorAngles, glides)
    }

    @Test(arguments: WallpaperGroup.allCases)
    func cellsHaveTheGroupsSymmetries(group: WallpaperGroup) {
        for tile in [Size(10, 10), Size(10, 6), Size(6, 10)] {
            let found = Self.symmetryElements(of: group, tile: tile)
            #expect(found.order == group.rotationOrder, "\(group) \(tile)")
            #expect(!found.mirrorAngles.isEmpty == group.hasMirrors, "\(group) \(tile): mirrors at \(found.mirrorAngles)")
            #expect(found.glides == group.hasGlideReflections, "\(group) \(tile)")
            let expectedMirrorDirections: [WallpaperGroup: Int] = [.pm: 1, .cm: 1, .pmg: 1, .pmm: 2, .cmm: 2, .p4g: 2, .p4m: 4, .p31m: 3, .p3m1: 3, .p6m: 6]
            #expect(found.mirrorAngles.count == expectedMirrorDirections[group, default: 0], "\(group) \(tile): mirrors at \(found.mirrorAngles)")
        }
    }

    @Test func copiesPerCellMatchTheirPointGroups() {
        let expected: [WallpaperGroup: Int] = [
            .p1: 1, .p2: 2, .pm: 2, .pg: 2, .cm: 2, .pmm: 4, .pmg: 4, .pgg: 4, .cmm: 4,
            .p4: 4, .p4m: 8, .p4g: 8, .p3: 3, .p31m: 6, .p3m1: 6, .p6: 6, .p6m: 12,
        ]
        for group in WallpaperGroup.allCases { #expect(group.copiesPerCell == expected[group], "\(group)") }
    }

    @Test func p4TurnsFourCopiesAQuarterTurnApart() {
        let cell = WallpaperGroup.p4.cell(tile: Size(10, 10))
        let turns = cell.map { Int((atan2($0.yx, $0.xx) * 180 / .pi).rounded()) }.sorted()
        #expect(turns == [-90, 0, 90, 180])
        #expect(cell.allSatisfy { $0.determinant == 1 })
        // All four turn about the shared corner (5, 5) of a 10 mm square tile, as in Inkscape.
        for t in cell { #expect(t.apply(Point(5, 5)) == Point(5, 5)) }
    }

    @Test func pmMirrorsEveryOtherTileLeftToRight() {
        // An area exactly two tiles wide: the tiles that only touch it are left out.
        let placements = WallpaperGroup.pm.placements(tile: Size(10, 6), covering: Rect(x: -5, y: -3, width: 20, height: 6))
        #expect(placements == [.identity, AffineTransform.scale(x: -1, y: 1).thenTranslated(by: Vector(10, 0))])
    }

    @Test func p31mAndP3m1DifferInHowMirrorsMeetTheLattice() {
        // p3m1's mirrors are perpendicular to its shortest translations, p31m's run along them.
        for (group, perpendicular) in [(WallpaperGroup.p3m1, true), (.p31m, false)] {
            let tile = Self.fundamentalTile(group).0
            let lattice = group.lattice(tile: tile)
            let steps = (-2...2).flatMap { i in (-2...2).map { j in lattice.a * Double(i) + lattice.b * Double(j) } }.filter { $0.length > 1e-9 }
            let minimum = steps.map(\.length).min()!
            let shortest = steps.filter { $0.length < minimum + 1e-9 }
            #expect(shortest.count == 6, "\(group): a hexagonal lattice has six shortest steps")
            // Both mirror the tile in the horizontal line through the rotation centre.
            let acrossMirror = shortest.contains { abs($0.dx) < 1e-9 }
            let alongMirror = shortest.contains { abs($0.dy) < 1e-9 }
            #expect(acrossMirror == perpendicular && alongMirror == !perpendicular, "\(group): shortest steps \(shortest)")
        }
    }

    @Test(arguments: WallpaperGroup.allCases)
    func cellSizeIsARectangularPeriod(group: WallpaperGroup) {
        let tile = Size(8, 5)
        let size = group.cellSize(tile: tile)
        let lattice = group.lattice(tile: tile)
        #expect(isCellMemberModuloLattice(.translation(x: size.width, y: 0), cell: [.identity], lattice: lattice))
        #expect(isCellMemberModuloLattice(.translation(x: 0, y: size.height), cell: [.identity], lattice: lattice))
        #expect(lattice.a.dy == 0, "lattice rows run across the cloth")
    }

    @Test func p1IsTheTileItself() {
        #expect(WallpaperGroup.p1.cellSize(tile: Size(8, 5)) == Size(8, 5))
        #expect(WallpaperGroup.p1.lattice(tile: Size(8, 5)) == Lattice(kind: .rectangular, a: Vector(8, 0), b: Vector(0, 5)))
    }

    @Test func summariesAreDistinctSentences() {
        let summaries = WallpaperGroup.allCases.map(\.summary)
        #expect(Set(summaries).count == 17)
        #expect(summaries.allSatisfy { $0.count > 20 })
    }

    @Test func aTileWithoutAreaHasNoPlacements() {
        #expect(WallpaperGroup.p6m.placements(tile: Size(0, 5), covering: Self.area).isEmpty)
        #expect(WallpaperGroup.p1.placements(tile: Size(5, -1), covering: Self.area).isEmpty)
    }
}
