import BatikGeometry
import BatikMotif
import BatikTestSupport
import Foundation
import Testing

@testable import BatikWax

@Suite("Visible regions")
struct VisibleRegionsTests {
    @Test("overlapping marks: later wins, no overlaps, areas add up to the cell")
    func laterWins() throws {
        let clip = Region(rect: Rect(x: -20, y: -20, width: 40, height: 40))
        let a = RecipeRegion(
            recipe: "biru", region: Region(rect: Rect(x: -10, y: -10, width: 12, height: 12)), source: .fill(mark: 0))
        let b = RecipeRegion(
            recipe: "coklat", region: Region(rect: Rect(x: -4, y: -4, width: 12, height: 12)), source: .fill(mark: 1))
        let regions = try VisibleRegions.resolve([a, b], background: "putih", within: clip)
        #expect(regions.map(\.recipe) == ["putih", "biru", "coklat"])
        #expect(recipe(at: Point(0, 0), in: regions) == "coklat")  // in both: the later one
        #expect(recipe(at: Point(-8, -8), in: regions) == "biru")
        #expect(recipe(at: Point(15, -15), in: regions) == "putih")
        expectApproximatelyEqual(regions[1].region.area, 144 - 36, tolerance: 1e-9)
        expectApproximatelyEqual(regions.reduce(0) { $0 + $1.region.area }, 1600, tolerance: 1e-9)
        #expect(try largestOverlap(regions) < 1e-9)
        // The other way round the earlier square shows whole.
        let swapped = try VisibleRegions.resolve([b, a], background: "putih", within: clip)
        #expect(recipe(at: Point(0, 0), in: swapped) == "biru")
    }

    @Test("a mark's outline covers the edge of its own fill and of what lies under it")
    func outlineOverFill() throws {
        let square = Mark(path: squarePath(20), fill: "biru", outline: klowong("putih"), order: 0)
        let parts = try VisibleRegions.parts(of: square, index: 0)
        #expect(parts.map(\.source) == [.fill(mark: 0), .outline(mark: 0, tool: "klowong")])
        let regions = try VisibleRegions.resolve(
            parts, background: "hitam", within: Region(rect: Rect(x: -20, y: -20, width: 40, height: 40)))
        #expect(recipe(at: Point(10, 0), in: regions) == "putih")  // on the line
        #expect(recipe(at: Point(9.5, 0), in: regions) == "putih")  // inside, under the line
        #expect(recipe(at: Point(8.5, 0), in: regions) == "biru")
        #expect(recipe(at: Point(10.5, 0), in: regions) == "putih")  // outside, under the line
        #expect(recipe(at: Point(11.5, 0), in: regions) == "hitam")
        expectApproximatelyEqual(
            regions.first { $0.recipe == "biru" }!.region.area, (20 - 1.8) * (20 - 1.8), tolerance: 1e-6)
    }

    @Test("isen-isen dots and lines are wax areas in their colour", arguments: [Mark.Kind.isenDot, .isenLine])
    func isen(kind: Mark.Kind) throws {
        let path: BezierPath =
            kind == .isenDot
            ? .polygon([Point(1, 1), Point(1, 1)], closed: false) : .polygon([Point(0, 0), Point(6, 0)], closed: false)
        let mark = Mark(
            path: path, fill: nil, outline: Stroke(tool: "cecek", width: 1, colour: "putih"), order: 0, kind: kind)
        let parts = try VisibleRegions.parts(of: mark, index: 3)
        #expect(parts.count == 1)
        #expect(parts[0].recipe == "putih")
        #expect(
            parts[0].source == (kind == .isenDot ? .isenDot(mark: 3, tool: "cecek") : .isenLine(mark: 3, tool: "cecek"))
        )
        expectApproximatelyEqual(
            parts[0].region.area, kind == .isenDot ? Double.pi / 4 : 6 + Double.pi / 4, tolerance: 0.02)
    }

    @Test(
        "the cell of every bundled motif is covered exactly once",
        arguments: ["kawung", "parang-rusak", "surya-majapahit"])
    func bundledCells(name: String) throws {
        let motif = try bundledMotif(name)
        let visible = try VisibleRegions(motif: motif)
        let total = visible.regions.reduce(0) { $0 + $1.region.area }
        expectApproximatelyEqual(total, visible.cell.area, tolerance: visible.cell.area * 1e-9)
        #expect(try largestOverlap(visible.regions) < 1e-6)
        #expect(visible.regions.first?.source == .background)
        #expect(visible.regions.first?.recipe == motif.background)
    }

    /// The recipe at `p` by brute force, painting every mark of the tiles around in the renderer's order.
    static func paintedRecipe(at p: Point, motif: Motif, layout: MotifLayout) -> String {
        var result = motif.background
        for mark in layout.clothMarks() {
            if mark.kind == .shape, let fill = mark.fill, mark.path.contains(p) { result = fill }
            if let stroke = mark.outline {
                let near = mark.path.flattened(tolerance: 0.01).contains { line in
                    let segments = line.points.count == 1 ? [(line.points[0], line.points[0])] : line.segments
                    return segments.contains { a, b in distance(p, a, b) <= stroke.width / 2 }
                }
                if near { result = stroke.colour }
            }
        }
        return result
    }

    static func distance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let ab = b - a, ap = p - a
        let t = ab.lengthSquared > 0 ? min(max(ap.dot(ab) / ab.lengthSquared, 0), 1) : 0
        return p.distance(to: a + ab * t)
    }

    @Test(
        "the regions agree with painting the marks in the renderer's order",
        arguments: ["kawung", "surya-majapahit", "parang-rusak"])
    func agreesWithPainting(name: String) throws {
        let motif = try bundledMotif(name)
        let visible = try VisibleRegions(motif: motif)
        let box = visible.cell.bounds
        // An area centred on the origin anchors the lattice there, as the cell is.
        let reach = 2 * max(box.width, box.height)
        let layout = motif.layout(on: Rect(x: -reach, y: -reach, width: 2 * reach, height: 2 * reach))
        var random = SplitMix64(seed: 0xBA71C)
        var disagreements: [String] = []
        var tested = 0
        while tested < 150 {
            let p = Point(
                Double.random(in: box.minX...box.maxX, using: &random),
                Double.random(in: box.minY...box.maxY, using: &random))
            guard visible.cell.region.contains(p), let found = recipe(at: p, in: visible.regions) else { continue }
            tested += 1
            let painted = Self.paintedRecipe(at: p, motif: motif, layout: layout)
            if painted != found { disagreements.append("\(p): regions \(found), painting \(painted)") }
        }
        // A point within flattening tolerance of an edge may fall either way.
        #expect(disagreements.count <= 2, "\(disagreements)")
    }

    @Test("a wallpaper repeat: the cell holds the group's copies and is covered exactly once")
    func wallpaper() throws {
        let petal = Mark(
            path: .polygon([Point(-6, -8), Point(8, -2), Point(-2, 9)]), fill: "biru", outline: klowong("putih"),
            order: 0)
        let dot = Mark(path: squarePath(3, at: Point(9, 9)), fill: "coklat", outline: nil, order: 1)
        let motif = soganMotif(tile: 20, repeat: .wallpaper(.p4), marks: [petal, dot])
        let visible = try VisibleRegions(motif: motif)
        #expect(visible.cell.copies.count == 4)
        expectApproximatelyEqual(visible.regions.reduce(0) { $0 + $1.region.area }, visible.cell.area, tolerance: 1e-6)
        #expect(try largestOverlap(visible.regions) < 1e-6)
        // Each copy's petal shows: four times the area of one petal's visible fill, give or take overlaps.
        #expect(visible.regions.contains { $0.source == .fill(mark: 0) })
    }
}
