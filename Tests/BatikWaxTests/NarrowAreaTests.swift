import BatikGeometry
import BatikMotif
import Testing

@testable import BatikWax

@Suite("Areas too narrow for the tembok line go to a finer canting")
struct NarrowAreaTests {
    static let tembok = CantingTool.library["tembok"]!

    static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double) -> Polygon {
        Polygon(exterior: Rect(x: x, y: y, width: w, height: h).corners)
    }

    @Test("a 2 mm strip goes to the klowong, a 12 mm square stays with the tembok")
    func split() throws {
        let areas = Region(polygons: [Self.rect(0, 0, 12, 12), Self.rect(20, 0, 30, 2)])
        let job = CantingJob(stepIndex: 4, stepName: "nembok", tool: Self.tembok, areas: areas)
        let jobs = try job.withNarrowAreasForNarrowerCantings(tools: CantingTool.library)
        #expect(jobs.map(\.tool.name) == ["tembok", "klowong"])
        #expect(jobs.allSatisfy { $0.stepName == "nembok" && $0.stepIndex == 4 })
        #expect(abs(jobs[0].areas.area - 144) < 1e-6)
        #expect(abs(jobs[1].areas.area - 60) < 1e-6)
    }

    @Test("a kawung plan blocks no piece narrower than the line it is blocked with")
    func kawungFits() throws {
        let motif = try CantingFixtures.motif("kawung")
        let resist = try ResistPlanner.plan(motif, area: Rect(x: 0, y: 0, width: 48, height: 48))
        let jobs = try CantingJob.jobs(from: resist, tools: motif.tools)
        let blocking = jobs.filter { !$0.areas.isEmpty }
        #expect(!blocking.isEmpty)
        for job in blocking where job.tool.name != "isen" {
            for polygon in job.areas.polygons {
                let inner = try Region(polygons: [polygon]).inset(by: job.tool.lineWidth / 2)
                #expect(!inner.isEmpty, "a piece of \(polygon.area) mm² is narrower than the \(job.tool.name) line")
            }
        }
    }
}
