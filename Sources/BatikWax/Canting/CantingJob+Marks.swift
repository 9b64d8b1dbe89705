import BatikGeometry
import BatikMotif

extension CantingJob {
    /// Step numbers (0-based) the fallback gives its jobs, in the order of the classic process
    /// (DOMAIN.md): 1 nyorek (pencil), **2 nglowong**, 3 nerusi, **4 ngiseni**, **5 nembok**.
    public static let fallbackSteps = (nglowong: 1, ngiseni: 3, nembok: 4)

    /// Jobs straight from a motif's tile marks, for when no resist plan is at hand:
    ///
    /// - outlines of shapes → **nglowong** lines with the outline's canting;
    /// - isen-isen lines → **ngiseni** lines, isen-isen dots → **ngiseni** dots, with their canting;
    /// - fills → **nembok** areas with the `tembok` canting: the visible part of every fill (later
    ///   marks cover earlier ones) whose recipe does not receive the first dye bath, i.e. what must
    ///   be waxed before that bath to keep the cloth's colour. The ground is not waxed.
    ///
    /// Jobs are grouped by step and canting, in the order the marks first name them. Curves are
    /// flattened within `tolerance` (mm).
    public static func fromMarks(
        _ marks: [Mark], tools: [String: CantingTool], recipes: [Recipe] = [], firstBath: String? = nil,
        tolerance: Double = Tolerance.flattening
    ) throws(RegionError) -> [CantingJob] {
        var jobs: [CantingJob] = []
        func job(_ step: Int, _ name: String, _ toolName: String) -> Int {
            let tool =
                tools[toolName] ?? CantingTool.library[toolName]
                ?? CantingTool(name: toolName, spoutDiameter: 1.5, use: .line, gloss: toolName)
            if let i = jobs.firstIndex(where: { $0.stepIndex == step && $0.tool.name == tool.name }) { return i }
            jobs.append(CantingJob(stepIndex: step, stepName: name, tool: tool))
            return jobs.count - 1
        }
        let steps = fallbackSteps
        for mark in marks {
            guard let stroke = mark.outline else { continue }
            switch mark.kind {
            case .shape:
                let i = job(steps.nglowong, "nglowong", stroke.tool)
                jobs[i].lines += mark.path.flattened(tolerance: tolerance).filter { $0.points.count > 1 }
            case .isenLine:
                let i = job(steps.ngiseni, "ngiseni", stroke.tool)
                jobs[i].lines += mark.path.flattened(tolerance: tolerance).filter { $0.points.count > 1 }
            case .isenDot:
                let i = job(steps.ngiseni, "ngiseni", stroke.tool)
                jobs[i].dots += mark.path.flattened(tolerance: tolerance).compactMap(\.points.first)
            }
        }
        // Fills: visible parts, from the top mark down.
        let baths = Dictionary(recipes.map { ($0.name, $0.baths) }, uniquingKeysWith: { a, _ in a })
        var covered = Region.empty
        var waxed: [Region] = []
        for mark in marks.reversed() {
            guard mark.kind == .shape, let fill = mark.fill else { continue }
            let region = try Region(path: mark.path, tolerance: tolerance)
            let visible = try region.difference(covered)
            covered = try covered.union(region)
            let receivesFirstBath = firstBath.map { baths[fill]?.contains($0) ?? true } ?? true
            if !receivesFirstBath && !visible.isEmpty { waxed.append(visible) }
        }
        let areas = try Region.union(waxed)
        if !areas.isEmpty {
            let i = job(steps.nembok, "nembok", "tembok")
            jobs[i].areas = areas
        }
        return jobs.sorted { $0.stepIndex < $1.stepIndex }
    }

    /// The fallback jobs of a motif (see `fromMarks`).
    public static func fromMarks(of motif: Motif, tolerance: Double = Tolerance.flattening) throws(RegionError)
        -> [CantingJob]
    {
        try fromMarks(
            motif.tileMarks, tools: motif.tools, recipes: motif.recipes, firstBath: motif.dyes.first?.name,
            tolerance: tolerance)
    }
}
