public import BatikGeometry
public import BatikMotif
public import BatikWax
internal import Foundation

/// A practice sheet from a motif's own strokes (`batik latihan MOTIF`): one repeat (or a few
/// repeats of a small motif) at true scale, every stroke numbered in the order the canting
/// planner recommends — the outline pass (nglowong) first, then the isen (ngiseni) — beside an
/// empty frame of the same size to practise in.
public struct MotifPracticeSheet: Sendable {
    public var motif: Motif
    /// The canting plan of `MotifPracticeSheet.area(for:paper:)`.
    public var plan: CantingPlan
    public var paper: PaperSize
    public var language: Language
    public var metadata: PDFMetadata

    public init(motif: Motif, plan: CantingPlan, paper: PaperSize, language: Language, metadata: PDFMetadata) {
        self.motif = motif
        self.plan = plan
        self.paper = paper
        self.language = language
        self.metadata = metadata
    }

    /// The smallest area worth practising: repeats smaller than this are shown several times.
    public static let minimumSide = 40.0

    /// The cloth area drawn, at true scale: whole repeats when they fit (at least
    /// `minimumSide` across), else a crop of the largest square two of which fit side by side
    /// on the paper. Never scaled: a sheet that shrank the motif would train the wrong hand.
    public static func area(for motif: Motif, paper: PaperSize) -> Rect {
        let repeatSide = max(motif.tile.size.width, motif.tile.size.height)
        let count = max(1, (minimumSide / repeatSide).rounded(.up))
        let side = min(repeatSide * count, largestSide(on: paper))
        return Rect(x: 0, y: 0, width: side, height: side)
    }

    /// The largest square two of which fit side by side between the margins.
    public static func largestSide(on paper: PaperSize) -> Double {
        (paper.size.width - 2 * PracticeSheet.margin - 6) / 2
    }

    /// Whether the area shows less than one whole repeat.
    public var isCrop: Bool {
        max(motif.tile.size.width, motif.tile.size.height) > plan.area.width + 1e-9
    }

    public static func defaultMetadata(motif: Motif, language: Language, author: String? = nil) -> PDFMetadata {
        PDFMetadata(
            title: "\(PracticeWording.documentTitle[language]) — \(motif.name)", author: author,
            subject: PracticeWording.motifSubject[language] + " " + motif.name,
            keywords: ["batik tulis", "canting", "latihan", motif.name])
    }

    /// The passes shown: the first waxing of the outlines and the isen. Nerusi repeats the
    /// outlines from the back of the cloth and nembok blocks areas; neither is a drawing drill.
    public var shownPasses: [CantingPass] {
        let outline = plan.passes.filter { $0.stepName == StepKind.nglowong.rawValue }
        let isen = plan.passes.filter { $0.stepName == StepKind.ngiseni.rawValue }
        return (outline + isen).filter { !$0.strokes.isEmpty }
    }

    /// How many strokes and dabs carry an order (numbered or counted) on the sheet.
    public var numberedStrokes: Int { shownPasses.reduce(0) { $0 + $1.strokes.count } }
}
