/// Bounds on what a motif file may ask for, checked before any geometry is built, so a typo such as
/// `count: 100000` is an error with its place instead of a frozen laptop. Each message names its limit.
/// The ones a real design may need more of are `AdjustableLimit`s (`--limit marks=400000`, up to a
/// hard ceiling); the others are sanity bounds.
public enum MotifLimits {
    /// Largest motif file, in bytes (UTF-8). Hand-written motifs are a few kilobytes.
    public static var fileBytes: Int { AdjustableLimit.fileKB.value * 1024 }
    /// Copies made by one repeat (`rotate: n`, `count: n`).
    public static var copiesPerRepeat: Int { AdjustableLimit.copies.value }
    /// Marks in one tile after every repeat and component is expanded.
    public static var marksPerTile: Int { AdjustableLimit.marks.value }
    /// Isen-isen marks (dots and lines) made by one element's fills over all its copies, estimated
    /// from the shapes' areas before any is placed: a fine cecek over a whole tile stays far below.
    public static var isenMarksPerElement: Int { AdjustableLimit.isenMarks.value }
    /// Strokes of one sawut fill.
    public static let sawutStrokes = 1000
    /// Turns of one spiral (ukel).
    public static let spiralTurns = 50.0
    /// Whole waves along one `wave` shape.
    public static let wavesPerShape = 1000.0
    /// Rewritings of one L-system (`iterations:`). Most plants need 3 to 6; each one multiplies the
    /// drawing by the growth of its rules.
    public static let lsystemIterations = 0...10
    /// Line segments (`F`, `G`) one L-system element draws, counted from its rules before drawing.
    public static var lsystemSegments: Int { AdjustableLimit.lsystemSegments.value }
    /// Symbols the turtle reads for one L-system element (variables and turns included), counted
    /// from its rules before drawing: rules that rewrite only variables grow without drawing.
    public static let lsystemSymbols = 2_000_000
    /// L-system segments in one tile, over every copy made by repeats and components.
    public static var lsystemSegmentsPerTile: Int { AdjustableLimit.lsystemTileSegments.value }
    /// Shortest and longest tile side in millimetres (a 5 m tile is already a whole kain).
    public static let tileSide = 1.0...5000.0
    /// Longest size of any one shape in millimetres (10 m).
    public static let shapeSize = 10_000.0
    /// Longest expression, in characters: a formula longer than a line belongs in parameters.
    public static let expressionLength = 500
    /// Deepest nesting inside one expression (brackets, signs, powers, function calls).
    public static var expressionDepth: Int { AdjustableLimit.expressionDepth.value }
    /// Deepest chain of components placing components (`use:`).
    public static var componentNesting: Int { AdjustableLimit.nesting.value }
    /// Most vertices (path commands' points) in one free path's `d`.
    public static var pathVertices: Int { AdjustableLimit.vertices.value }
    /// Most diagnostics reported for one file; past this the file is probably not a motif at all.
    public static let diagnostics = 200
}
