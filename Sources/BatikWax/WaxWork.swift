public import BatikGeometry

/// What one canting (or the brush) does in one step, in cell-local millimetres (the tile's own
/// coordinates for the tile at lattice point (0, 0); `ResistPlan.placements` carry it onto the
/// cloth).
///
/// `lines` and `dots` belong to the marks of the tile copies at lattice point (0, 0), whole, so
/// they may reach outside the repeat cell; placed at every lattice point they draw the whole
/// cloth once. Lines stop where drawing on would put wax on cloth that must take the next bath
/// (see docs/resist-plan.md). `areas` are regions of the cell: for `tembok` and `kuas` the areas
/// to block; for a line or dot canting the small remainders of partly covered lines or dots that
/// its lines and dots do not reach, to be filled in with the same canting.
public struct WaxWork: Hashable, Sendable {
    /// The canting's name in the motif's tools (`klowong`, `isen`, `cecek`, `tembok`, `kuas`…).
    public var tool: String
    /// Centrelines to draw (outlines and isen-isen lines).
    public var lines: [Polyline]
    /// Centres of cecek dots to dab.
    public var dots: [Point]
    /// Regions to block (see above).
    public var areas: Region
    /// Width of the wax line or dot on the cloth in millimetres; for `tembok` and `kuas`, the
    /// tool's own line width (what one stroke of it covers).
    public var width: Double
    /// The recipes (colour names) this work waxes, in draw order.
    public var recipes: [String]

    public init(
        tool: String, lines: [Polyline] = [], dots: [Point] = [], areas: Region = .empty, width: Double = 0,
        recipes: [String] = []
    ) {
        self.tool = tool
        self.lines = lines
        self.dots = dots
        self.areas = areas
        self.width = width
        self.recipes = recipes
    }
}
