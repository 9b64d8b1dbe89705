import BatikGeometry
import BatikMotif
import BatikWax

/// The canting plan of a motif on an area, as `paths` and `gcode` make it.
enum CantingPlanning {
    /// Jobs come from the motif's marks (`CantingJob.fromMarks`): outlines, isen-isen, and the
    /// fills that must keep the cloth's colour through the first bath.
    static func plan(_ motif: Motif, area: Rect, options: CantingPlanOptions = CantingPlanOptions()) throws(CLIError)
        -> CantingPlan
    {
        let jobs: [CantingJob]
        do {
            jobs = try CantingJob.fromMarks(of: motif)
        } catch {
            throw CLIError(
                "cannot work out the wax areas of \(motif.sourcePath): \(error)", exitCode: ExitStatus.dataError)
        }
        let layout = motif.layout(on: area)
        do {
            return try CantingPlanner.plan(jobs: jobs, placements: layout.placements, area: area, options: options)
        } catch {
            throw CLIError("cannot plan the canting paths: \(error)", exitCode: ExitStatus.software)
        }
    }
}
