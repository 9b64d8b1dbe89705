import BatikGeometry
import Testing

@testable import BatikRender

@Suite("Pola sheet grid")
struct PolaGridTests {
    static let kainPanjang = Size(2500, 1100)

    /// The fewest sheets any grid of one orientation could use, found by trying every count.
    static func bruteForceMinimum(cloth: Size, paper: PaperSize, margin: Double, overlap: Double) -> Int {
        var best = Int.max
        for landscape in [false, true] {
            let s = paper.size
            let sheet = landscape ? Size(s.height, s.width) : s
            let window = Size(sheet.width - 2 * margin, sheet.height - 2 * margin)
            func fewest(_ length: Double, _ w: Double) -> Int {
                var n = 1
                while Double(n) * w - Double(n - 1) * overlap < length - 1e-9 { n += 1 }
                return n
            }
            best = min(best, fewest(cloth.width, window.width) * fewest(cloth.height, window.height))
        }
        return best
    }

    @Test(
        "the grid uses the fewest sheets for the paper, margin and overlap",
        arguments: [
            (Size(2500, 1100), PaperSize.a4, 10.0, 10.0), (Size(2500, 1100), .f4, 10, 15), (Size(2500, 1100), .a3, 12, 10),
            (Size(2000, 1100), .letter, 10, 20), (Size(1000, 1000), .a4, 10, 10), (Size(160, 160), .a4, 10, 10),
            (Size(400, 250), .a4, 10, 0), (Size(2500, 900), .a4, 8, 25),
        ])
    func fewestSheets(cloth: Size, paper: PaperSize, margin: Double, overlap: Double) throws {
        let grid = try PolaGrid.best(cloth: cloth, paper: paper, margin: margin, overlap: overlap)
        #expect(grid.sheetCount == Self.bruteForceMinimum(cloth: cloth, paper: paper, margin: margin, overlap: overlap))
        // The windows cover the cloth, and neighbours share exactly the overlap.
        let last = grid.windowOnCloth(row: grid.rows - 1, column: grid.columns - 1)
        #expect(last.maxX >= cloth.width - 1e-9 && last.maxY >= cloth.height - 1e-9)
        if grid.columns > 1 {
            let a = grid.windowOnCloth(row: 0, column: 0)
            let b = grid.windowOnCloth(row: 0, column: 1)
            #expect(abs(a.maxX - b.minX - overlap) < 1e-9)
        }
    }

    @Test("a kain panjang on A4 with 10 mm overlap takes 70 sheets")
    func kainPanjangOnA4() throws {
        let grid = try PolaGrid.best(cloth: Self.kainPanjang, paper: .a4, margin: 10, overlap: 10)
        // Portrait windows 190 × 277 mm step 180 × 267: 14 columns × 5 rows; landscape ties at
        // 10 × 7 and loses on the number of rows.
        #expect(grid.sheetCount == 70)
        #expect(grid.orientation == .portrait)
        #expect((grid.rows, grid.columns) == (5, 14))
    }

    @Test("rows are named A…Z, AA…; labels join row and column")
    func labels() {
        #expect(PolaGrid.rowName(0) == "A")
        #expect(PolaGrid.rowName(25) == "Z")
        #expect(PolaGrid.rowName(26) == "AA")
        #expect(PolaGrid.label(row: 1, column: 2) == "B3")
    }

    @Test("margins, overlaps and sheet counts out of range are refused before drawing")
    func refusals() {
        #expect(throws: PolaError.self) { try PolaGrid.best(cloth: Self.kainPanjang, paper: .a4, margin: 3, overlap: 10) }
        #expect(throws: PolaError.self) { try PolaGrid.best(cloth: Self.kainPanjang, paper: .a4, margin: 10, overlap: 120) }
        #expect(throws: PolaError.self) { try PolaGrid.best(cloth: Size(0, 100), paper: .a4, margin: 10, overlap: 10) }
        #expect(throws: PolaError.self) { try PolaGrid.best(cloth: Size(100_000, 100_000), paper: .a4, margin: 10, overlap: 10) }
    }
}
