import BatikGeometry
import BatikMotif
import BatikWax
import Foundation

/// `batik plan --json`: the plan as stable JSON (keys sorted, numbers rounded, both languages),
/// documented in docs/resist-plan.md. The format string changes when a field changes meaning.
struct PlanJSON: Encodable {
    static let format = "batik-plan/1"

    struct Text: Encodable {
        let id: String
        let en: String
        init(_ t: LocalizedText) {
            id = t.id
            en = t.en
        }
    }

    struct MotifInfo: Encodable {
        let name: String
        let file: String
        let parameters: [String: Double]
    }

    struct Area: Encodable {
        let x_mm, y_mm, width_mm, height_mm: Double
    }

    struct DyeInfo: Encodable {
        let name, colour, method: String
    }

    struct RecipeInfo: Encodable {
        let name: String
        let baths: [String]
        let colour: String
    }

    struct Figures: Encodable {
        let waxed_area_cm2, scraped_area_cm2, line_length_m: Double
        let dots: Int
    }

    struct Work: Encodable {
        let tool: String
        let spout_mm: Double?
        let width_mm: Double
        let recipes: [String]
        let lines: Int
        let line_length_per_repeat_mm: Double
        let dots: Int
        let area_per_repeat_mm2: Double
    }

    struct Step: Encodable {
        let number: Int
        let kind: String
        let bath: String?
        let title: Text
        let instructions: Text
        let wax_added: [String]
        let scraped: [String]
        let under_wax: [String]
        let colours: [String: String]
        let figures: Figures
        let work: [Work]
    }

    let format = PlanJSON.format
    let motif: MotifInfo
    let area: Area
    let cloth: String
    let dyes: [DyeInfo]
    let recipes: [RecipeInfo]
    let cells: Int
    let steps: [Step]
    let warnings: [String]

    init(plan: ResistPlan, motif: Motif, path: String) {
        func round(_ v: Double, _ decimals: Int) -> Double {
            var scale = 1.0
            for _ in 0..<decimals { scale *= 10 }
            let r = (v * scale).rounded() / scale
            return r == 0 ? 0 : r
        }
        self.motif = MotifInfo(
            name: motif.name, file: path,
            parameters: Dictionary(motif.parameters.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a }))
        area = Area(
            x_mm: round(plan.area.minX, 3), y_mm: round(plan.area.minY, 3), width_mm: round(plan.area.width, 3),
            height_mm: round(plan.area.height, 3))
        cloth = motif.cloth.hex
        dyes = motif.dyes.map { DyeInfo(name: $0.name, colour: $0.colour.hex, method: $0.method.rawValue) }
        recipes = motif.recipes.map {
            RecipeInfo(name: $0.name, baths: $0.baths, colour: plan.finalColours[$0.name]?.hex ?? "")
        }
        cells = plan.placements.count
        let regions = plan.regions
        func names(_ indices: [Int]) -> [String] {
            var seen: [String] = []
            for i in indices where !seen.contains(regions[i].recipe) { seen.append(regions[i].recipe) }
            return seen
        }
        steps = plan.steps.enumerated().map { index, step in
            let waxed = Set(step.waxed)
            let fully = names(Array(regions.indices)).filter { r in
                regions.indices.filter { regions[$0].recipe == r }.allSatisfy(waxed.contains)
            }
            return Step(
                number: index + 1, kind: step.kind.rawValue, bath: step.bath, title: Text(step.title),
                instructions: Text(step.instructions), wax_added: names(step.added), scraped: names(step.scraped),
                under_wax: fully, colours: step.colours.mapValues(\.hex),
                figures: Figures(
                    waxed_area_cm2: round(step.figures.waxedArea / 100, 2),
                    scraped_area_cm2: round(step.figures.scrapedArea / 100, 2),
                    line_length_m: round(step.figures.lineLength / 1000, 3), dots: step.figures.dots),
                work: step.work.map { w in
                    Work(
                        tool: w.tool, spout_mm: motif.tools[w.tool].map { round($0.spoutDiameter, 3) },
                        width_mm: round(w.width, 3), recipes: w.recipes, lines: w.lines.count,
                        line_length_per_repeat_mm: round(w.lines.reduce(0) { $0 + $1.length }, 2), dots: w.dots.count,
                        area_per_repeat_mm2: round(w.areas.area, 2))
                })
        }
        warnings = plan.warnings.map(MotifPlanning.describe)
    }

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
