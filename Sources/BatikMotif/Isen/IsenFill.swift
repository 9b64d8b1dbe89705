import BatikGeometry

/// One isen-isen fill of an element (`isen: { kind: cecek, spacing: 2.5, colour: putih }`): which
/// filler, its sizes, the canting that draws it and the colour it keeps.
///
/// `marks(in:)` turns it into marks inside one placed copy of the element's shape. Every dot's
/// centre and every line lies in the shape inset by half the outline's width, half the line the
/// canting lays on the cloth (`CantingTool.lineWidth`: the bore plus the spread of the wax),
/// `waxGap` and `margin`, so no dot or line touches the outline; and by all but `margin` from what
/// is drawn over the shape (`IsenPlacement.covered`). Sizes are millimetres on the cloth: they do
/// not grow with the element's `scale`, as a canting draws the same dot in a small shape and a
/// large one.
public struct IsenFill: Hashable, Sendable {
    /// How grid-based fillers (cecek, ukel) are laid out.
    public enum Grid: String, CaseIterable, Hashable, Sendable {
        /// Rows and columns `spacing` apart.
        case square
        /// Rows `spacing × √3/2` apart, every other row shifted by half: each dot has six
        /// neighbours at `spacing`, the densest even packing.
        case hex
        /// cecek only: one row of dots just inside the outline, about `spacing` apart along it,
        /// the first on the side `angle` points to.
        case edge
    }

    public var kind: IsenKind
    /// Distance between neighbouring dots, clusters, curls or lines, in mm (not used by sawut,
    /// sisik and gringsing).
    public var spacing: Double
    /// Turn of the grid or of the lines, clockwise, in the element's own frame (so copies of a
    /// repeat get the same fill, turned with them).
    public var angle: Angle
    /// cecek-pitu: distance from the centre dot to the six around it; ukel: the curl's radius;
    /// sisik and gringsing: the radius of the scale arcs. In mm.
    public var size: Double
    /// ukel: turns of each curl.
    public var turns: Double
    /// sawut: the number of strokes.
    public var count: Int
    /// cecek and ukel: square or hexagonal grid (cecek also along the edge).
    public var grid: Grid
    /// sawut: the point the strokes fan out from, in the element's own coordinates (the shape as
    /// drawn before `at`, `rotate`, `scale` and `mirror`); nil for the shape's base end.
    public var from: Point?
    /// The canting that draws the fill (for gringsing, its scales).
    public var tool: CantingTool
    /// gringsing: the canting that draws the dot in each scale.
    public var dotTool: CantingTool
    /// The colour recipe the dots and lines keep.
    public var colour: String
    /// Extra clearance from the outline, in mm.
    public var margin: Double
    /// How far each dot, cluster, curl, arc or line may stray from its place, as a fraction of
    /// `spacing` (of `size` for sisik and gringsing), from 0 to `maximumJitter`; never so far that
    /// two neighbours come closer than `waxGap`. For sawut, how much shorter each stroke may be,
    /// as a fraction of its length.
    public var jitter: Double
    /// Seeds the jitter: the same seed gives the same marks.
    public var seed: UInt64

    /// A fill with the kind's defaults (see `IsenKind`); `tool` defaults to the built-in `cecek`
    /// for dots and `isen` for lines.
    public init(kind: IsenKind, colour: String, tool: CantingTool? = nil, seed: UInt64 = 0) {
        self.kind = kind
        self.spacing = kind.defaultSpacing
        self.angle = .degrees(kind.defaultAngle)
        self.size = kind.defaultSize
        self.turns = Self.defaultTurns
        self.count = Self.defaultCount
        self.grid = kind.defaultGrid
        self.from = nil
        self.tool = tool ?? CantingTool.library[kind.defaultTool]!
        self.dotTool = CantingTool.library["cecek"]!
        self.colour = colour
        self.margin = 0
        self.jitter = 0
        self.seed = seed
    }

    /// ukel: turns of each curl by default.
    public static let defaultTurns = 1.5
    /// sawut: strokes by default.
    public static let defaultCount = 7
    /// The largest jitter: half the spacing, where two neighbours could meet (they are kept
    /// `waxGap` apart all the same).
    public static let maximumJitter = 0.5
    /// The least bare cloth between two waxes for them to stay apart: wax spreads into the fibre
    /// (`CantingTool.waxSpread`), so lines drawn closer run together. Kept between the fill and
    /// the outline, and between neighbouring dots and lines (the loader checks `spacing`).
    public static let waxGap = CantingTool.waxSpread

    /// The canting or cantings the fill draws with.
    var tools: [CantingTool] { kind == .gringsing ? [tool, dotTool] : [tool] }
}
