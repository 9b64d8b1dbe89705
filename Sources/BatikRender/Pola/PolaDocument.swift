public import BatikGeometry
public import BatikMotif
public import BatikWax

/// The 1:1 pola as a PDF: an overview page (the whole cloth reduced, the sheet grid over it, how to
/// assemble), then one page per sheet at true scale with registration crosshairs in the overlap
/// corners, its name and arrows to its neighbours, a mini-map of the grid, the 100 mm ruler and the
/// 50 mm square, and the print-at-100 % note.
public struct PolaDocument {
    public var motif: Motif
    public var layout: MotifLayout
    public var grid: PolaGrid
    public var language: Language
    /// Whether isen-isen are drawn (lighter and finer than the outlines).
    public var includeIsen: Bool
    public var metadata: PDFMetadata
    /// The fields of a whole-cloth composition, each cut to its layout's area; nil for one motif
    /// over `layout`. With fields, `layout` only gives the cloth's area.
    public var fields: [MotifLayout]?

    public init(
        motif: Motif, layout: MotifLayout, grid: PolaGrid, language: Language, includeIsen: Bool,
        metadata: PDFMetadata
    ) {
        self.motif = motif
        self.layout = layout
        self.grid = grid
        self.language = language
        self.includeIsen = includeIsen
        self.metadata = metadata
    }

    /// Pages in the document: the overview and every sheet.
    public var pageCount: Int { grid.sheetCount + 1 }

    /// Writes the PDF to `sink`, in order, and returns the number of pages.
    @discardableResult
    public func write(to sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws -> Int {
        let art =
            try fields.map { try PolaArt(fields: $0, area: layout.area, includeIsen: includeIsen) }
            ?? PolaArt(layout: layout, includeIsen: includeIsen)
        let overviewPaper = overviewSheet
        let document = try PDFDocument(firstPage: overviewPaper, metadata: metadata, sink: sink)
        try document.page(size: overviewPaper, label: PolaWording.overviewLabel[language]) { page in
            drawOverview(on: page, art: art)
        }
        for row in 0..<grid.rows {
            for column in 0..<grid.columns {
                try document.page(size: grid.sheet, label: PolaGrid.label(row: row, column: column)) { page in
                    drawSheet(row: row, column: column, on: page, art: art)
                }
            }
        }
        try document.finish()
        return document.pageCount
    }

    /// The overview is printed on the same paper, turned to suit the cloth's shape.
    var overviewSheet: Size {
        let s = grid.paper.size
        return grid.cloth.width >= grid.cloth.height ? Size(s.height, s.width) : s
    }

    var motifTitle: String { motif.name.prefix(1).uppercased() + motif.name.dropFirst() }

    static func millimetres(_ value: Double, language: Language) -> String {
        LocalizedText.number(value, decimals: 1)[language]
    }
}
