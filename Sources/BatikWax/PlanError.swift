public import BatikGeometry
public import BatikMotif

/// Why a motif has no resist plan.
public enum PlanError: Error, Sendable, CustomStringConvertible {
    /// Recipes that no order of waxing and scraping can make, or that name what the motif does
    /// not define; each diagnostic names the recipe (at its line when `Motif.recipePositions`
    /// knows it). Warnings found at the same time come along.
    case impossible([Diagnostic])
    /// A polygon operation failed.
    case geometry(RegionError)
    /// The simulated colours disagree with the colour model: a defect of the planner.
    case inconsistent(String)

    public var description: String {
        switch self {
        case .impossible(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
        case .geometry(let error): error.description
        case .inconsistent(let message): "The resist plan is inconsistent (a defect of batik): \(message)"
        }
    }

    /// The diagnostics of an impossible plan, empty otherwise.
    public var diagnostics: [Diagnostic] {
        if case .impossible(let d) = self { return d }
        return []
    }
}
