import BatikGeometry
import BatikMotif
import BatikWax

/// The resist plan of a loaded motif for a command: warnings on stderr, impossible recipes as
/// diagnostics on stderr and exit 65.
enum MotifPlanning {
    static func plan(_ motif: Motif, path: String, area: Rect) throws(CLIError) -> ResistPlan {
        let plan: ResistPlan
        do {
            plan = try ResistPlanner.plan(motif, area: area)
        } catch {
            switch error {
            case .impossible(let diagnostics):
                for d in diagnostics { StandardError.print(describe(d)) }
                let count = diagnostics.filter { $0.severity == .error }.count
                throw CLIError(
                    "\(path): \(count) colour\(count == 1 ? "" : "s") cannot be made with wax and these baths; nothing was written",
                    hint: "fix the colours named above, then run the command again", exitCode: ExitStatus.dataError)
            case .geometry(let e):
                throw CLIError("cannot plan \(path): \(e)", exitCode: ExitStatus.software)
            case .inconsistent(let message):
                throw CLIError(message, exitCode: ExitStatus.software)
            }
        }
        for w in plan.warnings { StandardError.print(describe(w)) }
        return plan
    }

    /// A diagnostic as compilers print theirs; without `:0:0` when no line is known.
    static func describe(_ d: Diagnostic) -> String {
        guard d.line == 0 else { return d.description }
        var text = "\(d.file): \(d.severity.rawValue): \(d.message)"
        if let hint = d.hint { text += "\n    hint: \(hint)" }
        return text
    }
}
