public import BatikGeometry
public import BatikMotif

/// Derives the resist plan of a motif (docs/resist-plan.md).
///
/// The wax state follows the baths, in the order of `Motif.dyes`. Before bath *k*:
/// - **ngerok**: every waxed region whose recipe includes bath *k* is scraped;
/// - **wax**: every region not yet waxed whose recipe includes none of the baths from *k* up to the
///   next dip bath is waxed. For a dip bath that is simply "every region whose recipe does not
///   include bath *k*"; before a colet bath it lays early the wax the next dip bath needs anyway,
///   which is the wax that encloses the brushed colour. Before the first bath this waxing is
///   split into nglowong (+ nerusi) for outlines, ngiseni for isen-isen and nembok for areas;
///   later it is mbironi.
/// - the bath itself: a dip bath dyes every unwaxed region; a colet bath is brushed on the
///   regions whose recipe includes it, which must be enclosed by wax.
///
/// After the last bath, nglorod removes all wax. Colours are simulated region by region with
/// `ColourModel` and checked against `Palette`.
public enum ResistPlanner {
    /// Areas to block of at least this size (square millimetres, 20 cm², a patch of about
    /// 4.5 × 4.5 cm), counted over the connected area across repeat cells, are given to the brush
    /// (`kuas`); smaller ones to the canting `tembok`. *Assumed*: no source gives a figure.
    public static let brushArea: Double = 2000

    /// How far a canting line may reach into cloth that must stay unwaxed before it is stopped
    /// (millimetres): the chord error of round line ends (`Tolerance.shape`) plus a margin, so
    /// that a line running along the edge of an unwaxed area is kept.
    public static let lineClearance: Double = Tolerance.shape + 0.05

    /// Remainders of partly covered lines smaller than this (square millimetres) are dropped.
    public static let smallestRemainder: Double = 0.05

    /// Two regions whose shared edge is shorter than this (millimetres) do not count as touching
    /// (a colet dye cannot run through a corner).
    public static let shortestContact: Double = 0.5

    /// The plan of `motif` on `area` (millimetres, cloth coordinates as in `Motif.layout(on:)`).
    public static func plan(_ motif: Motif, area: Rect) throws(PlanError) -> ResistPlan {
        let checks = RecipeChecks(motif: motif)
        if checks.diagnostics.contains(where: { $0.severity == .error }) { throw .impossible(checks.diagnostics) }
        let palette: Palette
        do {
            palette = try Palette(motif: motif)
        } catch {
            throw .inconsistent("\(error)")
        }
        let visible: VisibleRegions
        do {
            visible = try VisibleRegions(motif: motif)
        } catch {
            throw .geometry(error)
        }
        var builder = PlanBuilder(motif: motif, visible: visible, area: area, warnings: checks.diagnostics)
        let plan: ResistPlan
        do {
            plan = try builder.build()
        } catch let error as RegionError {
            throw .geometry(error)
        } catch let error as PlanError {
            throw error
        } catch {
            throw .inconsistent("\(error)")
        }
        for (recipe, colour) in palette.colours where plan.finalColours[recipe]?.hex != colour.hex {
            throw .inconsistent(
                "'\(recipe)' ends \(plan.finalColours[recipe]?.hex ?? "missing") after nglorod, but its recipe gives \(colour.hex)"
            )
        }
        return plan
    }
}

/// The state machine of the plan: which regions are waxed, the colour of each recipe, and the
/// steps so far.
struct PlanBuilder {
    let motif: Motif
    let visible: VisibleRegions
    let area: Rect
    var warnings: [Diagnostic]
    let geometry: PlanGeometry

    /// Bath indices of each recipe.
    let baths: [String: Set<Int>]
    var waxedRecipes: Set<String> = []
    var regionWaxed: [Bool]
    var colours: [String: LinearRGB]
    var steps: [ProcessStep] = []
    var errors: [Diagnostic] = []

    init(motif: Motif, visible: VisibleRegions, area: Rect, warnings: [Diagnostic]) {
        self.motif = motif
        self.visible = visible
        self.area = area
        self.warnings = warnings
        self.geometry = PlanGeometry(motif: motif, visible: visible, area: area)
        let index = Dictionary(uniqueKeysWithValues: motif.dyes.enumerated().map { ($1.name, $0) })
        baths = Dictionary(
            uniqueKeysWithValues: motif.recipes.map { r in (r.name, Set(r.baths.compactMap { index[$0] })) })
        regionWaxed = Array(repeating: false, count: visible.regions.count)
        colours = Dictionary(uniqueKeysWithValues: motif.recipes.map { ($0.name, LinearRGB(motif.cloth)) })
    }

    var regions: [RecipeRegion] { visible.regions }

    /// Recipes in file order.
    var recipeNames: [String] { motif.recipes.map(\.name) }

    mutating func build() throws -> ResistPlan {
        steps.append(step(.nyorek, instructions: Wording.nyorek))
        let dyes = motif.dyes
        var everWaxed = false
        for k in dyes.indices {
            let dye = dyes[k]
            let receivers = Set(recipeNames.filter { baths[$0]!.contains(k) })
            let dipEnd = (k..<dyes.count).first { dyes[$0].method == .dip } ?? dyes.count - 1
            let scrape = recipeNames.filter { waxedRecipes.contains($0) && receivers.contains($0) }
            let wax = recipeNames.filter { r in
                !waxedRecipes.contains(r) && baths[r]!.isDisjoint(with: k...dipEnd)
            }
            // The pieces in their states after this stage's scraping and waxing decide where lines stop.
            let scrapedPieces = regions.indices.filter { scrape.contains(regions[$0].recipe) }
            let waxPieces = regions.indices.filter { wax.contains(regions[$0].recipe) }
            var after = regionWaxed
            for i in scrapedPieces { after[i] = false }
            for i in waxPieces { after[i] = true }
            let unwaxed = regions.indices.filter { !after[$0] }

            if !scrape.isEmpty {
                waxedRecipes.subtract(scrape)
                for i in scrapedPieces { regionWaxed[i] = false }
                if !scrapedPieces.isEmpty {
                    try steps.append(ngerok(scrapedPieces, recipes: scrape, before: dye))
                }
            }
            if !wax.isEmpty {
                waxedRecipes.formUnion(wax)
                if k == 0 {
                    try firstWaxing(waxPieces, unwaxed: unwaxed)
                } else if !waxPieces.isEmpty {
                    for i in waxPieces { regionWaxed[i] = true }
                    let work = try geometry.work(for: waxPieces, unwaxed: unwaxed)
                    steps.append(
                        step(
                            .mbironi, bath: dye.name, work: work, added: waxPieces,
                            instructions: Wording.mbironi(before: dye, work: work, tools: motif.tools),
                            figures: try geometry.figures(added: waxPieces, work: work)))
                }
                everWaxed = everWaxed || !waxPieces.isEmpty
            }
            if dye.method == .colet {
                errors += try geometry.coletLeaks(
                    dye: dye, receivers: receivers, waxed: regionWaxed, positions: motif.recipePositions,
                    file: motif.sourcePath)
            }
            // The bath: a dip reaches every unwaxed part; a colet dye only the parts it is brushed on.
            let transmittance = ColourModel.transmittance(of: dye)
            for r in recipeNames {
                let dyed = dye.method == .colet ? receivers.contains(r) : !waxedRecipes.contains(r)
                if dyed { colours[r] = colours[r]! * transmittance }
            }
            let kind = StepKind.bath(dye)
            steps.append(
                step(
                    kind, bath: dye.name,
                    instructions: Wording.bath(kind, dye: dye, recipes: recipeNames.filter { receivers.contains($0) })))
        }
        if !errors.isEmpty { throw PlanError.impossible(errors + warnings) }
        if everWaxed {
            waxedRecipes = []
            for i in regionWaxed.indices { regionWaxed[i] = false }
            steps.append(step(.nglorod, instructions: Wording.nglorod))
        }
        return ResistPlan(
            steps: steps, regions: regions, placements: geometry.cellPlacements.map(\.transform), area: area,
            finalColours: currentColours, cell: visible.cell, warnings: warnings)
    }

    /// Waxing before the first bath, split by what is waxed: outlines (nglowong, then nerusi from
    /// the back), isen-isen (ngiseni), areas (nembok).
    mutating func firstWaxing(_ pieces: [Int], unwaxed: [Int]) throws {
        let outlines = pieces.filter { if case .outline = regions[$0].source { true } else { false } }
        let isen = pieces.filter {
            switch regions[$0].source {
            case .isenLine, .isenDot: true
            default: false
            }
        }
        let areas = pieces.filter { regions[$0].source.isArea }
        if !outlines.isEmpty {
            for i in outlines { regionWaxed[i] = true }
            let work = try geometry.work(for: outlines, unwaxed: unwaxed)
            let figures = try geometry.figures(added: outlines, work: work)
            steps.append(
                step(
                    .nglowong, work: work, added: outlines,
                    instructions: Wording.nglowong(work: work, tools: motif.tools), figures: figures))
            // From the back the same lines are drawn again over wax that is already there.
            var back = figures
            back.waxedArea = 0
            steps.append(step(.nerusi, work: work, added: outlines, instructions: Wording.nerusi, figures: back))
        }
        if !isen.isEmpty {
            for i in isen { regionWaxed[i] = true }
            let work = try geometry.work(for: isen, unwaxed: unwaxed)
            steps.append(
                step(
                    .ngiseni, work: work, added: isen, instructions: Wording.ngiseni(work: work, tools: motif.tools),
                    figures: try geometry.figures(added: isen, work: work)))
        }
        if !areas.isEmpty {
            for i in areas { regionWaxed[i] = true }
            let work = try geometry.work(for: areas, unwaxed: unwaxed)
            steps.append(
                step(
                    .nembok, work: work, added: areas, instructions: Wording.nembok(work: work, tools: motif.tools),
                    figures: try geometry.figures(added: areas, work: work)))
        }
    }

    mutating func ngerok(_ pieces: [Int], recipes: [String], before dye: Dye) throws -> ProcessStep {
        let scrape = try Region.union(pieces.map { regions[$0].region })
        return step(
            .ngerok, bath: dye.name, scrape: scrape, scraped: pieces,
            instructions: Wording.ngerok(recipes: recipes, before: dye),
            figures: StepFigures(scrapedArea: try geometry.clothArea(of: pieces)))
    }

    var currentColours: [String: RGBColour] { colours.mapValues(\.srgb) }

    func step(
        _ kind: StepKind, bath: String? = nil, work: [WaxWork] = [], scrape: Region = .empty, added: [Int] = [],
        scraped: [Int] = [], instructions: LocalizedText, figures: StepFigures = StepFigures()
    ) -> ProcessStep {
        ProcessStep(
            kind: kind, bath: bath, work: work, scrape: scrape, colours: currentColours,
            title: Wording.title(kind, dye: bath), instructions: instructions, added: added, scraped: scraped,
            waxed: regionWaxed.indices.filter { regionWaxed[$0] }, figures: figures)
    }
}
