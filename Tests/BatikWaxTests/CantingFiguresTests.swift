import BatikGeometry
import BatikMotif
import BatikTestSupport
import Foundation
import Testing

@testable import BatikWax

@Suite("Canting figures and plans")
struct CantingFiguresTests {
    @Test("a 10 mm klowong line and a dab 5 mm on: figures checked by hand")
    func handChecked() {
        let klowong = CantingFixtures.klowong  // line 1.5 + 0.3 = 1.8 mm wide
        let pass = CantingPass(
            stepIndex: 1, stepName: "nglowong", tool: klowong,
            strokes: [.line(Polyline([Point(0, 0), Point(10, 0)], isClosed: false)), .dab(at: Point(10, 5))])
        let plan = CantingPlan(
            area: Rect(x: 0, y: 0, width: 20, height: 20), passes: [pass], travelBounds: [TravelBound.of(pass.strokes)])
        let f = CantingFigures(plan: plan)
        let row = f.passes[0]
        #expect(row.label == "01 nglowong — klowong")
        #expect(row.lines == 1 && row.dabs == 1 && row.dots == 1 && row.lifts == 2)
        expectApproximatelyEqual(row.penDown, 10, tolerance: 1e-12)
        expectApproximatelyEqual(row.penUp, 5, tolerance: 1e-12)
        expectApproximatelyEqual(row.travelBound, 5, tolerance: 1e-12)
        #expect(row.boundIsExact)
        // 10 mm at 10 mm/s + 5 mm at 50 mm/s + one lift of 1 s + one dab of 1.5 s.
        expectApproximatelyEqual(row.seconds, 1 + 0.1 + 1 + 1.5, tolerance: 1e-12)
        // (10 × 1.8 + π × 0.9²) mm² × 0.3 mm × 0.9 g/cm³ = 0.0055471 g.
        expectApproximatelyEqual(row.waxGrams, (18 + Double.pi * 0.81) * 0.3 * 0.9 / 1000, tolerance: 1e-12)
        #expect(f.total.lifts == 2)
        expectApproximatelyEqual(f.total.seconds, row.seconds, tolerance: 1e-12)
    }

    @Test("rates are overridable: twice the line speed halves the drawing time")
    func rates() {
        let pass = CantingPass(
            stepIndex: 0, stepName: "nglowong", tool: CantingFixtures.klowong,
            strokes: [.line(Polyline([Point(0, 0), Point(100, 0)], isClosed: false))])
        let plan = CantingPlan(area: Rect(x: 0, y: 0, width: 100, height: 1), passes: [pass], travelBounds: [])
        var rates = CantingRates()
        rates.lineSpeed = 20
        rates.liftSeconds = 0
        expectApproximatelyEqual(CantingFigures(plan: plan, rates: rates).total.seconds, 5, tolerance: 1e-12)
    }

    @Test("fallback jobs from kawung: outlines in nglowong, cecek in ngiseni, the fills kept from the first bath in nembok")
    func kawungJobs() throws {
        let motif = try CantingFixtures.motif("kawung")
        let jobs = try CantingJob.fromMarks(of: motif)
        #expect(jobs.map(\.stepName) == ["nglowong", "nglowong", "ngiseni", "nembok"])
        #expect(jobs.map(\.tool.name) == ["klowong", "isen", "cecek-halus", "tembok"])
        #expect(jobs[2].dots.count > 20 && jobs[2].lines.isEmpty)
        #expect(jobs[0].lines.count == 4 && jobs[0].lines.allSatisfy(\.isClosed))
        // Fruits (coklat) minus kernels, and the white dots and stars: never the hitam kernels.
        let areas = jobs[3].areas
        #expect(!areas.isEmpty)
        #expect(!areas.contains(Point(6, 6)))  // a kernel's middle, on the diagonal at size/4
        #expect(areas.contains(Point(0, 0)))  // the centre dot
    }

    @Test("a kawung plan: passes in step order, every stroke on the cloth, the same every time")
    func kawungPlan() throws {
        let motif = try CantingFixtures.motif("kawung")
        let area = Rect(x: 0, y: 0, width: 100, height: 70)
        let jobs = try CantingJob.fromMarks(of: motif)
        let layout = motif.layout(on: area)
        let plan = try CantingPlanner.plan(jobs: jobs, placements: layout.placements, area: area)
        #expect(
            plan.labels == [
                "01 nglowong — klowong", "02 nglowong — isen", "03 ngiseni — cecek-halus", "04 nembok — tembok",
            ])
        for pass in plan.passes {
            for s in pass.strokes { #expect(s.points.allSatisfy { area.contains($0) }) }
        }
        for (pass, bound) in zip(plan.passes, plan.travelBounds) { #expect(bound.length <= pass.travel + 1e-9) }
        let again = try CantingPlanner.plan(jobs: jobs, placements: layout.placements, area: area)
        #expect(plan == again)
    }

    @Test("large blocked areas become a brush pass of their own")
    func brushPass() throws {
        let big = Region(polygons: [Polygon(exterior: Rect(x: -40, y: -40, width: 80, height: 80).corners)])
        let job = CantingJob(stepIndex: 4, stepName: "nembok", tool: CantingFixtures.tembok, areas: big)
        let plan = try CantingPlanner.plan(
            jobs: [job], placements: [.translation(x: 50, y: 50)], area: Rect(x: 0, y: 0, width: 100, height: 100))
        #expect(plan.passes.count == 1)
        #expect(plan.passes[0].tool.name == "kuas")
        #expect(plan.passes[0].strokes.isEmpty)
        expectApproximatelyEqual(plan.passes[0].brushAreas.area, 6400, tolerance: 1e-6)
        expectApproximatelyEqual(CantingFigures(plan: plan).total.seconds, 6400 / 200, tolerance: 1e-9)
    }
}
