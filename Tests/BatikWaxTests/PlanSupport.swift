import BatikGeometry
import BatikMotif
import Foundation
import Testing

@testable import BatikWax

/// The checkout this test file lives in.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A bundled motif from motifs/, loaded as the CLI loads it.
func bundledMotif(_ name: String, overrides: [String: Double] = [:]) throws -> Motif {
    let url = repositoryRoot.appendingPathComponent("motifs/\(name).yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
    return try MotifLoader.load(yaml: text, path: "motifs/\(name).yaml", overrides: overrides)
}

/// The area of `repeats` × `repeats` tiles of `motif`, from the origin.
func tilesArea(_ motif: Motif, _ across: Int, _ down: Int) -> Rect {
    Rect(x: 0, y: 0, width: motif.tile.size.width * Double(across), height: motif.tile.size.height * Double(down))
}

/// One line per step: kind, what is waxed and scraped, by recipe.
func summary(_ plan: ResistPlan) -> [String] {
    plan.steps.map { step in
        var line = step.kind.rawValue
        if let bath = step.bath, step.kind.isBath { line += " " + bath }
        let added = unique(step.added.map { plan.regions[$0].recipe })
        let scraped = unique(step.scraped.map { plan.regions[$0].recipe })
        if !added.isEmpty { line += " +" + added.joined(separator: ",") }
        if !scraped.isEmpty { line += " -" + scraped.joined(separator: ",") }
        return line
    }
}

let mori = RGBColour(hex: "#efe6d2")!

/// A square path of side `side` centred on `centre`.
func squarePath(_ side: Double, at centre: Point = .zero) -> BezierPath {
    let h = side / 2
    return .polygon([
        centre + Vector(-h, -h), centre + Vector(h, -h), centre + Vector(h, h), centre + Vector(-h, h),
    ])
}

/// A motif built in code with the classic sogan baths (nila, then soga) unless `dyes` says
/// otherwise, and the recipes putih [], biru [nila], coklat [soga], hitam [nila, soga].
func soganMotif(
    tile: Double = 40, repeat: Tile.Repeat = .lattice(.square, angle: .zero), background: String = "hitam",
    dyes: [Dye]? = nil, recipes: [Recipe]? = nil, marks: [Mark]
) -> Motif {
    Motif(
        name: "Uji", origin: "tests", description: "", sourcePath: "uji.yaml", parameters: [],
        tile: Tile(size: Size(tile, tile), repeat: `repeat`), cloth: mori,
        dyes: dyes ?? [
            Dye(name: "nila", colour: RGBColour(hex: "#2b3a67")!),
            Dye(name: "soga", colour: RGBColour(hex: "#8a5a2b")!),
        ],
        recipes: recipes ?? [
            Recipe(name: "putih", baths: []), Recipe(name: "biru", baths: ["nila"]),
            Recipe(name: "coklat", baths: ["soga"]), Recipe(name: "hitam", baths: ["nila", "soga"]),
        ],
        background: background, tools: CantingTool.library, tileMarks: marks)
}

/// A klowong outline in `colour`.
func klowong(_ colour: String) -> Stroke { Stroke(tool: "klowong", width: 1.8, colour: colour) }

/// The recipe of the region holding `p`, or nil when none does (a point on an edge may go either way).
func recipe(at p: Point, in regions: [RecipeRegion]) -> String? {
    regions.first { $0.region.contains(p) }?.recipe
}

/// Largest area shared by two different regions of the list.
func largestOverlap(_ regions: [RecipeRegion]) throws -> Double {
    var worst = 0.0
    for i in regions.indices {
        for j in regions.indices where j > i {
            guard let a = regions[i].region.bounds, let b = regions[j].region.bounds, a.overlaps(b) else { continue }
            worst = max(worst, try regions[i].region.intersection(regions[j].region).area)
        }
    }
    return worst
}
