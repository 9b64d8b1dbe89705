import BatikGeometry

/// The knobs of canting path planning, each with a documented default.
public struct CantingPlanOptions: Hashable, Sendable {
    /// How much neighbouring strokes of a blocking fill overlap, as a fraction of the wax line's
    /// width (default 20 %): rings and hatch lines lie `lineWidth × (1 − overlap)` apart, so the
    /// wax of neighbouring strokes runs together with no cloth showing between them.
    public var overlap: Double = 0.2

    /// A connected piece of blocking larger than this (mm²) is left to the brush (kuas) instead of
    /// strokes. Default 2 500 mm² = 25 cm², about a palm: *assumed*. Covering it with the
    /// 3.8 mm tembok line at 20 % overlap takes some 820 mm of strokes, over a minute by hand, where
    /// a brush needs seconds.
    public var brushThreshold: Double = 2_500

    /// A blocking fill that this many contour-parallel rings cover gets rings; a larger one gets one
    /// ring along its edge and a back-and-forth hatch inside (see `AreaFill`). Default 3.
    public var maximumRings: Int = 3

    /// Strokes whose ends lie this close (mm) are joined into one, drawn without a lift. Default
    /// 0.05 mm, vpype's `linemerge` default, far below a wax line's width.
    public var mergeTolerance: Double = 0.05

    /// How close (as a fraction of the spout bore) a multi-spout dab's spout must land on a wanted
    /// dot to count as drawing it. Default 0.3.
    public var spoutMatchFraction: Double = 0.3

    /// How far to go in ordering each pass's strokes.
    public enum Ordering: String, CaseIterable, Hashable, Sendable {
        /// As generated: tile by tile, job by job (for comparison).
        case input
        /// Nearest neighbour only.
        case nearest
        /// Nearest neighbour, then 2-opt, Or-opt and loop entry (the default).
        case best
    }

    public var ordering: Ordering = .best

    /// Work allowed to improve each pass's order, in move evaluations per stroke (2-opt and Or-opt,
    /// see `StrokeOrder`). A count, never a time, so the result is the same on every machine.
    /// Default 450.
    public var improvementEvaluationsPerStroke: Int = 450

    /// Array work allowed for the moves themselves (positions shifted by reversals and Or-opt
    /// moves, loop vertices examined), per stroke. A count like the one above. Default 3 000.
    public var improvementWorkPerStroke: Int = 3_000

    /// Work allowed for the perturbation phase after 2-opt and Or-opt (windows reshuffled and
    /// repaired, kept when shorter; see `StrokeOrder`), in move evaluations per stroke, up to
    /// `perturbationEvaluations` per pass: it matters most for the few hundred to few thousand
    /// strokes of a sample piece, where it takes about a tenth of a second. Counts, so the result
    /// is deterministic. Defaults 1 000 per stroke, 1 000 000 per pass.
    public var perturbationEvaluationsPerStroke: Int = 1_000
    public var perturbationEvaluations: Int = 1_000_000

    /// Passes with more strokes than this skip the perturbation phase: on a whole cloth of
    /// repeats a few hundred kicks change nothing measurable, and the time is better saved.
    /// Default 10 000.
    public var perturbationMaximumStrokes: Int = 10_000

    /// The longest stretch of the order one 2-opt move may reverse, in strokes. Nearest-neighbour
    /// orders are local, so the moves that pay are short; a cap keeps each move's cost bounded
    /// on a whole cloth. Default 5 000 (no pass of a sample piece has more strokes than that, so
    /// there the search is unchanged).
    public var maximumReversal: Int = 5_000

    /// A pass with more strokes than this on the cloth is ordered tile by tile (`TiledOrder`: one
    /// tile's order, the tiles walked row by row) instead of by the global search. Default 100 000:
    /// sample pieces (a 60 × 40 cm kawung has some 30 000 strokes a pass) keep the global search,
    /// a kain panjang (some 300 000 a pass) is planned in linear time.
    public var tiledOrderingStrokes: Int = 100_000

    /// Candidate neighbours per stroke for the improvement moves. Default 12: with 8, the blocking
    /// pass of a 60 × 40 cm kawung travelled 0.8 % more than vpype's order (docs/benchmarks.md).
    public var neighbourCount: Int = 12

    /// Passes of at most this many strokes (a motif's own canting on a sample piece) are searched
    /// harder: `smallPassNeighbourCount` candidates and `smallPassEvaluationsPerStroke` evaluations
    /// per stroke. They cost little there and close gaps the 12-neighbour search leaves on short
    /// strokes in narrow areas. Defaults 2 500, 48 and 4 000.
    public var smallPassStrokes: Int = 2_500
    public var smallPassNeighbourCount: Int = 48
    public var smallPassEvaluationsPerStroke: Int = 4_000

    public init() {}
}
