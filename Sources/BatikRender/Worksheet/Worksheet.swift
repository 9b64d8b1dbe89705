public import BatikGeometry
public import BatikMotif
public import BatikWax
public import Foundation

/// The resist plan as a printed worksheet (lembar kerja): a cover with the preview, the palette
/// and its recipes, the materials and the time estimate, then one page per step of the plan —
/// what to wax (highlighted over the cloth as it is then), with which canting, in what order
/// (numbered starts from the canting plan), how long it should take; each bath with its notes;
/// and the final nglorod with the finished colours.
///
/// Every figure (time, wax) is for the whole cloth area of the plan; the drawings show a few
/// repeats at the cloth's top-left corner, where the canting planner starts every pass, enlarged
/// or reduced to fit the page, with the scale stated.
public struct Worksheet: Sendable {
    public var motif: Motif
    public var plan: ResistPlan
    /// The ordered strokes of the plan's wax work, on the same area.
    public var canting: CantingPlan
    /// Time and wax per pass (same order as `canting.passes`).
    public var figures: CantingFigures
    public var language: Language
    public var paper: PaperSize
    /// A name for the cloth ("latihan"), shown beside its size; nil shows the size alone.
    public var clothName: String?
    public var author: String?
    /// The document's date (never the clock: the same inputs give the same bytes).
    public var date: Date
    /// "batik 0.1.0", written as the PDF's creator.
    public var creator: String

    public init(
        motif: Motif, plan: ResistPlan, canting: CantingPlan, figures: CantingFigures, language: Language = .id,
        paper: PaperSize = .a4, clothName: String? = nil, author: String? = nil,
        date: Date = Date(timeIntervalSince1970: 0), creator: String = "batik"
    ) {
        self.motif = motif
        self.plan = plan
        self.canting = canting
        self.figures = figures
        self.language = language
        self.paper = paper
        self.clothName = clothName
        self.author = author
        self.date = date
        self.creator = creator
    }

    /// Number of pages: the cover and one page per step.
    public var pageCount: Int { plan.steps.count + 1 }

    /// "Lembar kerja: Kawung".
    public var title: String { "\(WorksheetWording.document[language]): \(motif.name)" }

    /// The PDF's properties.
    public var metadata: PDFMetadata {
        PDFMetadata(
            title: title, author: author,
            subject: "\(WorksheetWording.subtitle[language]) — \(clothDescription[language])",
            keywords: ["batik tulis", language == .id ? "lembar kerja" : "worksheet", motif.name]
                + plan.steps.map(\.kind.rawValue).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } },
            creator: creator, date: date)
    }

    /// The reader's page labels: "Sampul", "1 Nyorek", "2 Nglowong", "6 Celup tingi".
    public var pageLabels: [String] {
        [WorksheetWording.cover[language]]
            + plan.steps.enumerated().map { index, step in
                var name = step.kind.rawValue.prefix(1).uppercased() + step.kind.rawValue.dropFirst()
                if step.kind == .celup || step.kind == .nyolet, let bath = step.bath { name += " \(bath)" }
                return "\(index + 1) \(name)"
            }
    }

    /// Writes the PDF into `sink` as Cairo produces it.
    ///
    /// - Throws: `CairoError`, `RegionError`, `PaletteError`, or the sink's own error.
    public func write(to sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        let document = try PDFDocument(firstPage: paper.size, metadata: metadata, sink: sink)
        let labels = pageLabels
        let art = try WorksheetArt(worksheet: self)
        try document.page(size: paper.size, label: labels[0]) { page in
            try drawCover(on: page, art: art)
            footer(on: page, number: 1)
        }
        for index in plan.steps.indices {
            try document.page(size: paper.size, label: labels[index + 1]) { page in
                try drawStep(index, on: page, art: art)
                footer(on: page, number: index + 2)
            }
        }
        try document.finish()
    }

    // MARK: Page frame

    /// Left and right margin, millimetres.
    static let margin = 15.0
    /// The top of the content.
    static let top = 13.0
    /// Space kept free above the bottom edge for the footer.
    static let footerSpace = 16.0

    var contentLeft: Double { Self.margin }
    var contentRight: Double { paper.size.width - Self.margin }
    var contentWidth: Double { contentRight - contentLeft }
    var contentBottom: Double { paper.size.height - Self.footerSpace }

    func footer(on page: PageCanvas, number: Int) {
        page.footer(
            title: title, page: number, of: pageCount, language: language, left: contentLeft, right: contentRight,
            bottom: paper.size.height - 8)
    }

    // MARK: Shared wording

    /// "latihan, 200 × 100 cm" or "200 × 100 cm".
    var clothDescription: LocalizedText {
        let w = LocalizedText.number(plan.area.width / 10, decimals: 1)
        let h = LocalizedText.number(plan.area.height / 10, decimals: 1)
        let size = LocalizedText(id: "\(w.id) × \(h.id) cm", en: "\(w.en) × \(h.en) cm")
        guard let clothName else { return size }
        return LocalizedText(id: "\(clothName) \(size.id)", en: "\(clothName) \(size.en)")
    }

    /// "nila → soga", or "no bath" for a recipe that keeps the mori's colour.
    func recipeText(_ recipe: Recipe) -> String {
        recipe.baths.isEmpty ? WorksheetWording.noBath[language] : recipe.baths.joined(separator: " → ")
    }

    func number(_ value: Double, _ decimals: Int) -> String { LocalizedText.number(value, decimals: decimals)[language] }
}
