public import BatikGeometry
public import BatikMotif
public import BatikWax

/// The canting practice sheets (`batik latihan`): graded drills, one or more pages per level,
/// each drill a true-scale model with its stroke order beside an empty band to practise on.
/// A pure value: `write(to:)` streams the same bytes for the same sheet.
public struct PracticeSheet: Sendable {
    public var paper: PaperSize
    public var language: Language
    /// The levels printed, in order (1 … 5).
    public var levels: [Int]
    /// The one canting all drills are drawn for, or nil for klowong (lines) and cecek (dots).
    public var tool: CantingTool?
    /// Title, author, date… of the PDF; the title also goes in every page's footer.
    public var metadata: PDFMetadata

    public init(
        paper: PaperSize = .a4, language: Language = .id, levels: [Int] = Array(PracticeDrill.levels),
        tool: CantingTool? = nil, metadata: PDFMetadata? = nil
    ) {
        self.paper = paper
        self.language = language
        self.levels = levels
        self.tool = tool
        self.metadata = metadata ?? Self.defaultMetadata(language: language, tool: tool)
    }

    /// "Latihan canting" with a subject and keywords a file manager can index.
    public static func defaultMetadata(language: Language, tool: CantingTool?, author: String? = nil) -> PDFMetadata {
        let title = PracticeWording.documentTitle[language] + (tool.map { " — canting \($0.name)" } ?? "")
        return PDFMetadata(
            title: title, author: author, subject: PracticeWording.subject[language],
            keywords: ["batik tulis", "canting", "latihan", language == .id ? "lembar latihan" : "practice sheet"])
    }

    /// The drills printed, level by level.
    public var drills: [PracticeDrill] { levels.flatMap { PracticeDrill.drills(level: $0, tool: tool) } }
}
