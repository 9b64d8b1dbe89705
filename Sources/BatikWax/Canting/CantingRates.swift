import BatikMotif

/// Working rates for the time and wax estimates. No source gives these figures (DOMAIN.md marks
/// them *assumed*): they are defaults for a practised hand, to be overridden with measured ones.
public struct CantingRates: Hashable, Sendable {
    /// Drawing speed along a line, mm/s, for cantings used for lines (klowong, isen, loron,
    /// renteng). Default 10 mm/s, *assumed*.
    public var lineSpeed: Double = 10
    /// Drawing speed of blocking strokes (tembok), mm/s. Default 5 mm/s, *assumed*: the wide spout
    /// is moved slowly so the wax soaks in.
    public var blockSpeed: Double = 5
    /// Per-canting speeds (mm/s) that replace the two above.
    public var toolSpeeds: [String: Double] = [:]
    /// Moving the canting, lifted, to the next start: mm/s. Default 50 mm/s, *assumed*.
    public var travelSpeed: Double = 50
    /// One dab (dot), including the lift: seconds. Default 1.5 s, *assumed*.
    public var dabSeconds: Double = 1.5
    /// Lifting and repositioning for a line (blow on the spout, find the start): seconds per
    /// line. Default 1 s, *assumed*.
    public var liftSeconds: Double = 1
    /// Brush (kuas) coverage, mm²/s: a 10 mm brush at 20 mm/s. Default 200, *assumed*.
    public var brushRate: Double = 200
    /// Thickness of the wax layer on the cloth, mm. Default 0.3 mm, *assumed*.
    public var layerThickness: Double = 0.3
    /// Density of batik wax (malam), g/cm³: paraffin and beeswax are both about 0.9.
    public var waxDensity: Double = 0.9

    public init() {}

    /// The drawing speed for `tool`, mm/s.
    public func speed(for tool: CantingTool) -> Double {
        toolSpeeds[tool.name] ?? (tool.use == .block ? blockSpeed : lineSpeed)
    }

    /// Grams of wax in a layer covering `area` mm².
    public func waxGrams(area: Double) -> Double {
        area * layerThickness * waxDensity / 1000  // mm³ → cm³
    }
}
