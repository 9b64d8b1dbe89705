internal import BatikGeometry
internal import BatikMotif
internal import BatikWax

/// What every page of a worksheet draws from, prepared once: the motif laid out on the plan's
/// cloth, the canting passes of each step with their figures, and the wax regions of each step
/// around one repeat cell as Cairo paths (placed per cell, as `LayerRenderer` places them).
final class WorksheetArt {
    let layout: MotifLayout
    /// Per step index: its canting passes, in drawing order, with their figures.
    let passes: [Int: [(pass: CantingPass, row: CantingFigures.Row)]]
    /// The ground's recipe.
    let background: String
    private let plan: ResistPlan
    private var cellPaths: [String: CairoPath?] = [:]

    init(worksheet: Worksheet) throws {
        plan = worksheet.plan
        layout = worksheet.motif.layout(on: worksheet.plan.area)
        var passes: [Int: [(CantingPass, CantingFigures.Row)]] = [:]
        for (k, pass) in worksheet.canting.passes.enumerated() where k < worksheet.figures.passes.count {
            passes[pass.stepIndex, default: []].append((pass, worksheet.figures.passes[k]))
        }
        self.passes = passes
        background = plan.regions.first { $0.source == .background }?.recipe ?? worksheet.motif.background
    }

    /// Seconds and grams of wax of step `index` on the whole cloth.
    func totals(step index: Int) -> (seconds: Double, grams: Double) {
        (passes[index] ?? []).reduce((0, 0)) { ($0.0 + $1.row.seconds, $0.1 + $1.row.waxGrams) }
    }

    /// The regions `indices` of the plan united, repeated across the cell's edges and cut to the
    /// cell grown by `distance`, so that cells placed side by side leave no seam. Memoised.
    func aroundCell(_ indices: [Int], by distance: Double) throws -> CairoPath? {
        let key = indices.map(String.init).joined(separator: ",") + "@\(distance)"
        if let cached = cellPaths[key] { return cached }
        var path: CairoPath?
        if !indices.isEmpty {
            let cell = plan.cell
            let united = try Region.union(indices.map { plan.regions[$0].region })
            let around = try cell.repeated(united, near: cell.bounds.outsetBy(distance))
            path = CairoPath(try around.intersection(try cell.region.outset(by: distance)).path)
        }
        cellPaths[key] = path
        return path
    }

    /// The largest "round" drawing scale (page mm per cloth mm) at which `span` millimetres of
    /// cloth fit into `width` millimetres of page: 1:4 … 10:1.
    static func niceScale(fitting span: Double, into width: Double) -> Double {
        let steps = [0.1, 0.125, 0.2, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]
        let wanted = width / max(span, 1e-9)
        return steps.last { $0 <= wanted } ?? steps[0]
    }

    /// The part of the cloth a drawing of `box` shows: about two repeats across (at least 40 mm,
    /// at most 160 mm of cloth), at a round scale; at the cloth's top-left corner, or in its
    /// middle; never larger than the cloth. Returns the window and the scale.
    func window(for box: Size, atCorner: Bool) -> (window: Rect, scale: Double) {
        let cell = plan.cell.bounds
        let span = min(max(2 * max(cell.width, cell.height), 40), 160)
        let scale = Self.niceScale(fitting: span, into: box.width)
        let area = plan.area
        let size = Size(min(box.width / scale, area.width), min(box.height / scale, area.height))
        let origin =
            atCorner
            ? area.origin
            : Point(area.center.x - size.width / 2, area.center.y - size.height / 2)
        return (Rect(origin: origin, size: size), scale)
    }
}
