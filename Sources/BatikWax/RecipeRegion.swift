public import BatikGeometry

/// One visible piece of the design in a repeat cell: the area where the cloth ends up with one
/// recipe, and the mark part that put it there (which decides how it is waxed: a canting line, a
/// dot, or an area blocked with tembok wax or a brush).
public struct RecipeRegion: Hashable, Sendable {
    /// What made a region.
    public enum Source: Hashable, Sendable {
        /// The ground: the cell where no mark is.
        case background
        /// The fill of the shape mark `mark` (an index into `Motif.tileMarks`).
        case fill(mark: Int)
        /// The outline of the shape mark `mark`, drawn with the canting `tool`.
        case outline(mark: Int, tool: String)
        /// An isen-isen line, drawn with `tool`.
        case isenLine(mark: Int, tool: String)
        /// An isen-isen dot (cecek), dabbed with `tool`.
        case isenDot(mark: Int, tool: String)

        /// The mark's index in `Motif.tileMarks`, nil for the background.
        public var mark: Int? {
            switch self {
            case .background: nil
            case .fill(let m), .outline(let m, _), .isenLine(let m, _), .isenDot(let m, _): m
            }
        }

        /// The canting of a line or dot, nil for areas.
        public var tool: String? {
            switch self {
            case .background, .fill: nil
            case .outline(_, let t), .isenLine(_, let t), .isenDot(_, let t): t
            }
        }

        /// True for areas (fills and the background), which are blocked rather than drawn.
        public var isArea: Bool { tool == nil }
    }

    /// The recipe (colour name) of the cloth here.
    public var recipe: String
    /// Where, in cell-local millimetres.
    public var region: Region
    public var source: Source

    public init(recipe: String, region: Region, source: Source) {
        self.recipe = recipe
        self.region = region
        self.source = source
    }
}
