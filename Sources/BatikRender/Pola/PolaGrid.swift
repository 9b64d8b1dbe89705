public import BatikGeometry

/// How a cloth is cut into printable sheets for a 1:1 pola (the full-size pattern the cloth is laid
/// over and traced with a pencil).
///
/// Each sheet shows a *window* of the cloth: the paper less its margins. Neighbouring windows share
/// an `overlap` strip, so the sheets can be taped over each other with their registration marks on
/// top of one another, as poster-tiling tools do (PosteRazor, `poster`). The grid starts at the
/// cloth's top-left corner: sheet A1 holds that corner, rows go down (A, B, …), columns go right
/// (1, 2, …).
public struct PolaGrid: Hashable, Sendable {
    public enum Orientation: String, Hashable, Sendable {
        case portrait
        case landscape
    }

    /// The cloth, in millimetres.
    public var cloth: Size
    public var paper: PaperSize
    public var orientation: Orientation
    /// Paper edge to window, millimetres: room for the printer's unprintable border and the labels.
    public var margin: Double
    /// Width of the strip two neighbouring windows share, millimetres.
    public var overlap: Double
    public var columns: Int
    public var rows: Int

    /// Margins accepted: below 8 mm many printers cut the labels and the ruler; above 40 mm little
    /// of the page is left for the pattern.
    public static let marginRange: ClosedRange<Double> = 8...40
    /// More sheets than this is not a pola anyone tapes together; refused before any drawing.
    public static let maximumSheets = 2_000

    /// The sheet in the chosen orientation, millimetres.
    public var sheet: Size {
        let s = paper.size
        return orientation == .portrait ? s : Size(s.height, s.width)
    }

    /// The part of the sheet that shows the cloth, millimetres.
    public var window: Size { Size(sheet.width - 2 * margin, sheet.height - 2 * margin) }

    public var sheetCount: Int { columns * rows }

    /// Where sheet (row, column) starts on the cloth (0-based indices).
    public func windowOrigin(row: Int, column: Int) -> Point {
        Point(Double(column) * (window.width - overlap), Double(row) * (window.height - overlap))
    }

    /// The cloth area sheet (row, column) shows.
    public func windowOnCloth(row: Int, column: Int) -> Rect {
        Rect(origin: windowOrigin(row: row, column: column), size: window)
    }

    /// "A", …, "Z", "AA", "AB", …: the row's letters.
    public static func rowName(_ row: Int) -> String {
        var n = row
        var name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + n % 26))) + name
            n = n / 26 - 1
        } while n >= 0
        return name
    }

    /// "B3": the row's letters and the column's number.
    public static func label(row: Int, column: Int) -> String { rowName(row) + String(column + 1) }

    /// Windows needed along one side: the fewest n with n·window − (n−1)·overlap ≥ length.
    static func count(length: Double, window: Double, overlap: Double) -> Int {
        guard length > window else { return 1 }
        return Int(((length - overlap) / (window - overlap) - 1e-9).rounded(.up))
    }

    /// The grid in `orientation`, or the reason the paper cannot hold it.
    public static func grid(
        cloth: Size, paper: PaperSize, orientation: Orientation, margin: Double, overlap: Double
    ) throws(PolaError) -> PolaGrid {
        var grid = PolaGrid(
            cloth: cloth, paper: paper, orientation: orientation, margin: margin, overlap: overlap, columns: 1, rows: 1)
        guard cloth.width.isFinite, cloth.height.isFinite, cloth.width > 0, cloth.height > 0 else {
            throw .emptyCloth(cloth)
        }
        guard margin.isFinite, marginRange.contains(margin) else { throw .marginOutOfRange(margin, allowed: marginRange) }
        let shortSide = min(grid.window.width, grid.window.height)
        guard overlap.isFinite, overlap >= 0, overlap <= shortSide / 2 else {
            throw .overlapOutOfRange(overlap, maximum: shortSide / 2)
        }
        grid.columns = count(length: cloth.width, window: grid.window.width, overlap: overlap)
        grid.rows = count(length: cloth.height, window: grid.window.height, overlap: overlap)
        return grid
    }

    /// The grid with the fewest sheets for this cloth, paper, margin and overlap: both orientations
    /// are tried; on a tie, the one with fewer rows wins (fewer seams across the cloth's length),
    /// then portrait.
    public static func best(cloth: Size, paper: PaperSize, margin: Double, overlap: Double) throws(PolaError)
        -> PolaGrid
    {
        let portrait = try grid(cloth: cloth, paper: paper, orientation: .portrait, margin: margin, overlap: overlap)
        let landscape = try grid(cloth: cloth, paper: paper, orientation: .landscape, margin: margin, overlap: overlap)
        let best =
            (landscape.sheetCount, landscape.rows) < (portrait.sheetCount, portrait.rows) ? landscape : portrait
        guard best.sheetCount <= maximumSheets else { throw .tooManySheets(best.sheetCount, maximum: maximumSheets) }
        return best
    }
}
