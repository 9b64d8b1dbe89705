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
                    if !job.isEmpty { jobs.append(job) }
                }
            }
            return jobs
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
