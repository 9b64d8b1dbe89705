import BatikGeometry
import BatikMotif
import BatikWax

/// The canting plan of a motif on an area, as `paths` and `gcode` make it: the resist plan first
/// (so every stroke belongs to a step: nglowong, ngiseni, nembok, mbironi…), then its wax work
/// cut into strokes and ordered.
enum CantingPlanning {
    static func plan(
        _ motif: Motif, path: String, area: Rect, options: CantingPlanOptions = CantingPlanOptions()
    ) throws(CLIError) -> CantingPlan {
        let resist = try MotifPlanning.plan(motif, path: path, area: area)
        do {
            return try CantingPlanner.plan(resist, tools: motif.tools, options: options)
        } catch {
            throw CLIError("cannot plan the canting paths of \(path): \(error)", exitCode: ExitStatus.software)
        }
    }
}
