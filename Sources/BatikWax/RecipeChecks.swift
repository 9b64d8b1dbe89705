import BatikMotif

/// What the planner checks about a motif's recipes before any geometry (docs/resist-plan.md,
/// "Impossible recipes"): errors for names the motif does not define (the loader reports these
/// for files; motifs built in code can still have them), warnings for recipes whose baths are
/// listed out of bath order and for outlines that are never waxed.
struct RecipeChecks {
    var diagnostics: [Diagnostic] = []

    init(motif: Motif) {
        let file = motif.sourcePath
        let bathIndex = Dictionary(motif.dyes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let recipeNames = Set(motif.recipes.map(\.name))
        func at(_ recipe: String) -> (Int, Int) {
            let p = motif.recipePositions[recipe]
            return (p?.line ?? 0, p?.column ?? 0)
        }
        func add(_ recipe: String, _ severity: Diagnostic.Severity, _ message: String, hint: String? = nil) {
            let (line, column) = at(recipe)
            diagnostics.append(
                Diagnostic(file: file, line: line, column: column, severity: severity, message: message, hint: hint))
        }

        for recipe in motif.recipes {
            let known = recipe.baths.compactMap { bathIndex[$0] }
            for bath in recipe.baths where bathIndex[bath] == nil {
                add(
                    recipe.name, .error,
                    "colour '\(recipe.name)' names the bath '\(bath)', which is not in dyes",
                    hint: "the baths are \(motif.dyes.map(\.name).joined(separator: ", "))")
            }
            if known != known.sorted(), known.count == recipe.baths.count {
                let inOrder = known.sorted().map { motif.dyes[$0].name }
                add(
                    recipe.name, .warning,
                    "colour '\(recipe.name)' lists its baths as \(recipe.baths.joined(separator: ", ")), but the cloth "
                        + "goes into them in the order of dyes: \(inOrder.joined(separator: ", ")); the colour is the "
                        + "same either way, and the plan follows dyes",
                    hint:
                        "list the baths in the order of dyes, or reorder dyes if the cloth must go into them differently"
                )
            }
        }
        if !recipeNames.contains(motif.background) {
            diagnostics.append(
                Diagnostic(
                    file: file, line: 0, column: 0,
                    message: "the background names the colour '\(motif.background)', which is not in colours"))
        }
        var unknownInMarks = Set<String>()
        for mark in motif.tileMarks {
            for name in [mark.fill, mark.outline?.colour].compactMap({ $0 }) where !recipeNames.contains(name) {
                unknownInMarks.insert(name)
            }
        }
        for name in unknownInMarks.sorted() {
            diagnostics.append(
                Diagnostic(
                    file: file, line: 0, column: 0, message: "a mark uses the colour '\(name)', which is not in colours"
                ))
        }

        // A line in a colour that receives every bath is never waxed: it shows only as a gap
        // left between waxed areas, not as a canting line.
        guard !motif.dyes.isEmpty else { return }
        var neverWaxed: [String: Set<String>] = [:]
        for mark in motif.tileMarks {
            guard let stroke = mark.outline, stroke.width > 0,
                let recipe = motif.recipes.first(where: { $0.name == stroke.colour }),
                Set(recipe.baths) == Set(motif.dyes.map(\.name))
            else { continue }
            neverWaxed[recipe.name, default: []].insert(stroke.tool)
        }
        for recipe in motif.recipes.map(\.name) {
            guard let tools = neverWaxed[recipe] else { continue }
            add(
                recipe, .warning,
                "lines drawn in '\(recipe)' (with \(tools.sorted().joined(separator: ", "))) are never waxed: "
                    + "'\(recipe)' receives every bath, so these lines are left unwaxed between waxed areas "
                    + "rather than drawn with a canting",
                hint: "to draw them in wax, give the outline a colour that misses at least one bath")
        }
    }
}
