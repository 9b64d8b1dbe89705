import BatikGeometry
import BatikMotif

// The adapter from the resist plan: each step's wax work becomes the jobs the canting planner
// orders. `CantingJob.fromMarks` remains for marks planned without a resist plan.
extension CantingJob {
    /// The canting work of a resist plan: one job per wax work of every step, numbered by the
    /// step's place in the plan and named by its kind (`nglowong`, `nembok`, `mbironi`…). Steps
    /// without wax work (the baths, ngerok, nglorod) give none. `tools` resolves the cantings the
    /// work names: the motif's own `tools`, or the built-in library.
    public static func jobs(
        from plan: ResistPlan, tools: [String: CantingTool] = CantingTool.library
    ) throws(CantingPlanError) -> [CantingJob] {
        var jobs: [CantingJob] = []
        for (index, step) in plan.steps.enumerated() {
            for work in step.work {
                guard let tool = tools[work.tool] ?? CantingTool.library[work.tool] else {
                    throw CantingPlanError(
                        "step \(index + 1) (\(step.kind.rawValue)) waxes with a canting named '\(work.tool)', which no tool table has"
                    )
                }
                let job = CantingJob(
                    stepIndex: index, stepName: step.kind.rawValue, tool: tool, lines: work.lines, dots: work.dots,
                    areas: work.areas)
                if !job.isEmpty { jobs += try job.withNarrowAreasForNarrowerCantings(tools: tools) }
            }
        }
        return jobs
    }

    /// The lines a canting can block: a line for the pieces of this job's areas its wax line fits
    /// into. A piece narrower than the line (the band of a kawung fruit between its outline and
    /// its kernel, 1–2 mm, under a 3.8 mm tembok line) would have the wax spill onto cloth that must
    /// take the dye, so it goes to the widest canting whose line fits, as a batik maker would pick
    /// up the klowong for it. Pieces that no canting fits go to the finest.
    func withNarrowAreasForNarrowerCantings(tools: [String: CantingTool]) throws(CantingPlanError) -> [CantingJob] {
        guard !areas.isEmpty else { return [self] }
        let all = tools.merging(CantingTool.library) { mine, _ in mine }
        let narrower = all.values.filter { $0.use == .line && $0.lineWidth < tool.lineWidth && $0.spouts.count == 1 }
            .sorted { ($0.lineWidth, $0.name) > ($1.lineWidth, $1.name) }
        guard !narrower.isEmpty else { return [self] }
        var keep: [Polygon] = []
        var moved: [String: (tool: CantingTool, pieces: [Polygon])] = [:]
        do {
            for polygon in areas.polygons {
                let piece = Region(polygons: [polygon])
                if !(try piece.inset(by: tool.lineWidth / 2)).isEmpty {
                    keep.append(polygon)
                    continue
                }
                var chosen = narrower.last!
                for candidate in narrower where !(try piece.inset(by: candidate.lineWidth / 2)).isEmpty {
                    chosen = candidate
                    break
                }
                moved[chosen.name, default: (chosen, [])].pieces.append(polygon)
            }
        } catch {
            throw CantingPlanError("cannot measure the areas of the \(tool.name) canting: \(error)")
        }
        var result: [CantingJob] = []
        var main = self
        main.areas = Region(polygons: keep)
        if !main.isEmpty { result.append(main) }
        for name in moved.keys.sorted(by: { moved[$0]!.tool.lineWidth > moved[$1]!.tool.lineWidth }) {
            let (narrowTool, pieces) = moved[name]!
            result.append(
                CantingJob(stepIndex: stepIndex, stepName: stepName, tool: narrowTool, areas: Region(polygons: pieces)))
        }
        return result
    }
}

extension CantingPlanner {
    /// The canting plan of a resist plan, on the plan's own area and placements.
    public static func plan(
        _ resist: ResistPlan, tools: [String: CantingTool] = CantingTool.library,
        options: CantingPlanOptions = CantingPlanOptions()
    ) throws(CantingPlanError) -> CantingPlan {
        try plan(
            jobs: try CantingJob.jobs(from: resist, tools: tools), placements: resist.placements, area: resist.area,
            options: options)
    }
}
