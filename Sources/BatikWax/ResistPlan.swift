public import BatikGeometry
public import BatikMotif

/// The wax-and-dye plan of a motif on an area of cloth (docs/resist-plan.md): the visible regions
/// of one repeat cell with their recipes, where the cell is placed, and the steps from tracing to
/// nglorod with what is waxed, scraped and dyed in each and the colours that result.
public struct ResistPlan: Sendable {
    public var steps: [ProcessStep]
    /// The cell's visible regions (cell-local millimetres), background first, then in draw order.
    public var regions: [RecipeRegion]
    /// Cell-local to cloth transforms (translations), one per cell that covers part of `area`,
    /// row by row.
    public var placements: [BatikGeometry.AffineTransform]
    /// The cloth area in millimetres.
    public var area: Rect
    /// Recipe → colour after nglorod; equal to `Palette(motif:)`'s colours.
    public var finalColours: [String: RGBColour]
    /// The repeat cell the regions fill.
    public var cell: RepeatCell
    /// Things the motif's author should know, which do not stop the plan (file positions from
    /// `Motif.recipePositions` where known).
    public var warnings: [Diagnostic]

    public init(
        steps: [ProcessStep], regions: [RecipeRegion], placements: [BatikGeometry.AffineTransform], area: Rect,
        finalColours: [String: RGBColour], cell: RepeatCell, warnings: [Diagnostic] = []
    ) {
        self.steps = steps
        self.regions = regions
        self.placements = placements
        self.area = area
        self.finalColours = finalColours
        self.cell = cell
        self.warnings = warnings
    }

    /// The regions of the cell at `placements[index]` on the cloth: moved into place and, for a
    /// cell cut by the cloth's edge, clipped to `area`.
    public func clothRegions(at index: Int) throws(RegionError) -> [RecipeRegion] {
        let t = placements[index]
        let box = Rect(enclosing: cell.corners.map(t.apply))!
        let inside = box.minX >= area.minX && box.maxX <= area.maxX && box.minY >= area.minY && box.maxY <= area.maxY
        // Clip where the regions were computed: moved first, rounding could make them invalid.
        let clip = t.inverted().map { inverse in Region(polygons: [Polygon(exterior: area.corners.map(inverse.apply))])
        }
        var result: [RecipeRegion] = []
        for var r in regions {
            if !inside, let clip { r.region = try r.region.intersection(clip) }
            r.region = r.region.transformed(by: t)
            if !r.region.isEmpty { result.append(r) }
        }
        return result
    }
}
