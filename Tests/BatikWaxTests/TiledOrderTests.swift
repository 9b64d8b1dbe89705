import BatikGeometry
import BatikMotif
import BatikTestSupport
import Testing

@testable import BatikWax

@Suite("Whole cloths: tile-by-tile order and repeated steps")
struct TiledOrderTests {
    /// A tile of 40 random strokes placed on a 12 × 8 grid of 30 mm tiles.
    static let tile = CantingFixtures.randomStrokes(count: 40, side: 28, seed: 21).map {
        $0.transformed(by: .translation(x: -14, y: -14))
    }
    static let placements = (0..<8).flatMap { r in
        (0..<12).map { c in BatikGeometry.AffineTransform.translation(x: Double(c) * 30 + 15, y: Double(r) * 30 + 15) }
    }
    static let area = Rect(x: 0, y: 0, width: 360, height: 240)

    @Test("every placed stroke is drawn once, and the walk beats the order tiles were placed in")
    func complete() {
        let ordered = TiledOrder.ordered(Self.tile, placements: Self.placements, area: Self.area, options: .init())
        let placed = StrokePlacement.place(Self.tile, by: Self.placements, clippedTo: Self.area)
        let penDown = { (s: [CantingStroke]) in s.reduce(0.0) { $0 + Polyline($1.points, isClosed: $1.isClosed).length } }
        expectApproximatelyEqual(penDown(ordered), penDown(placed), tolerance: 1e-6)
        #expect(ordered.filter { $0.kind == .dab }.count == placed.filter { $0.kind == .dab }.count)
        #expect(CantingFixtures.travel(ordered) < CantingFixtures.travel(placed))
        #expect(TiledOrder.ordered(Self.tile, placements: Self.placements, area: Self.area, options: .init()) == ordered)
    }

    @Test("strips of tiles ordered as one travel less than tile by tile, with the same strokes")
    func strips() {
        // A cecek-like tile: a grid of dabs, where the hop between one tile's order and the next is
        // most of what there is to save.
        let dabs = (0..<36).map { CantingStroke.dab(at: Point(Double($0 % 6) * 4 - 10, Double($0 / 6) * 4 - 10)) }
        let single = TiledOrder.ordered(dabs, placements: Self.placements, area: Self.area, options: .init(), stripTiles: 1)
        let strips = TiledOrder.ordered(dabs, placements: Self.placements, area: Self.area, options: .init())
        #expect(Set(strips.map(\.start)) == Set(single.map(\.start)))
        #expect(strips.count == single.count)
        #expect(CantingFixtures.travel(strips) < CantingFixtures.travel(single))
    }

    @Test("turned copies are not strips: the tile-by-tile walk")
    func turnedCopies() {
        let turned = Self.placements.map { $0.preceded(by: .rotation(.degrees(90))) }
        #expect(
            TiledOrder.ordered(Self.tile, placements: turned, area: Self.area, options: .init())
                == TiledOrder.ordered(Self.tile, placements: turned, area: Self.area, options: .init(), stripTiles: 1))
    }

    @Test("consecutive lines that meet end to start become one line")
    func joins() {
        let a = CantingStroke.line(Polyline([Point(0, 0), Point(5, 0)], isClosed: false))
        let b = CantingStroke.line(Polyline([Point(5, 0), Point(9, 2)], isClosed: false))
        let joined = TiledOrder.joinConsecutive([a, b], tolerance: 0.05)
        #expect(joined.count == 1)
        #expect(joined[0].points == [Point(0, 0), Point(5, 0), Point(9, 2)])
    }

    @Test("a step that repeats another's work (nerusi) gets the same strokes, under its own name")
    func repeatedStep() throws {
        let line = Polyline([Point(-10, 0), Point(10, 0)], isClosed: false)
        let tool = try #require(CantingTool.library["klowong"])
        let jobs = [
            CantingJob(stepIndex: 1, stepName: "nglowong", tool: tool, lines: [line]),
            CantingJob(stepIndex: 2, stepName: "nerusi", tool: tool, lines: [line]),
        ]
        let plan = try CantingPlanner.plan(
            jobs: jobs, placements: Array(Self.placements.prefix(6)), area: Self.area)
        #expect(plan.passes.map(\.stepName) == ["nglowong", "nerusi"])
        #expect(plan.passes[0].strokes == plan.passes[1].strokes)
        #expect(plan.passes[1].stepIndex == 2)
    }
}
