public import BatikGeometry
public import BatikMotif

/// One step of the resist plan: tracing, waxing, scraping, a dye bath, or removing the wax.
public struct ProcessStep: Hashable, Sendable {
    public var kind: StepKind
    /// The dye bath of a bath step (and of the ngerok and mbironi before it), by name.
    public var bath: String?
    /// What each canting or brush waxes in this step (empty for steps that add no wax).
    public var work: [WaxWork]
    /// The wax scraped off in this step (ngerok), cell-local.
    public var scrape: Region
    /// Recipe → the colour of that part of the cloth after this step.
    public var colours: [String: RGBColour]
    public var title: LocalizedText
    public var instructions: LocalizedText
    /// Indices into `ResistPlan.regions` of the pieces waxed in this step (for nerusi, the lines
    /// waxed again from the back).
    public var added: [Int]
    /// Indices of the pieces scraped in this step.
    public var scraped: [Int]
    /// Indices of the pieces under wax after this step.
    public var waxed: [Int]
    /// Amounts over the whole cloth area of the plan.
    public var figures: StepFigures

    public init(
        kind: StepKind, bath: String? = nil, work: [WaxWork] = [], scrape: Region = .empty,
        colours: [String: RGBColour], title: LocalizedText, instructions: LocalizedText, added: [Int] = [],
        scraped: [Int] = [], waxed: [Int] = [], figures: StepFigures = StepFigures()
    ) {
        self.kind = kind
        self.bath = bath
        self.work = work
        self.scrape = scrape
        self.colours = colours
        self.title = title
        self.instructions = instructions
        self.added = added
        self.scraped = scraped
        self.waxed = waxed
        self.figures = figures
    }
}

/// How much work a step is on the whole cloth: geometry only (no time or wax weight estimates,
/// which belong to the canting plan).
public struct StepFigures: Hashable, Sendable {
    /// Cloth newly covered with wax, in square millimetres.
    public var waxedArea: Double
    /// Cloth scraped free of wax, in square millimetres.
    public var scrapedArea: Double
    /// Total length of the canting lines to draw, in millimetres.
    public var lineLength: Double
    /// Number of cecek dots to dab.
    public var dots: Int

    public init(waxedArea: Double = 0, scrapedArea: Double = 0, lineLength: Double = 0, dots: Int = 0) {
        self.waxedArea = waxedArea
        self.scrapedArea = scrapedArea
        self.lineLength = lineLength
        self.dots = dots
    }
}
