import BatikGeometry
import BatikMotif
import Dispatch
import Foundation

/// Plans the canting work of a design on a piece of cloth: strokes for every job, placed on every
/// tile, merged where they meet and ordered to cut pen-up travel, pass by pass.
///
/// A repeat is planned once (tile-local strokes) and then carried to every placement, so the cost
/// of stroke generation does not grow with the cloth; ordering works on the whole cloth, one pass
/// (a step with one canting) at a time.
public enum CantingPlanner {
    /// The plan for `jobs` (tile-local millimetres) placed by `placements` on `area` (cloth
    /// millimetres). Jobs are grouped into passes by step and canting; passes run in step order,
    /// cantings in the order the jobs first name them.
    public static func plan(
        jobs: [CantingJob], placements: [BatikGeometry.AffineTransform], area: Rect,
        options: CantingPlanOptions = CantingPlanOptions()
    ) throws(CantingPlanError) -> CantingPlan {
        var groups: [(key: PassKey, jobs: [CantingJob])] = []
        for job in jobs where !job.isEmpty {
            let key = PassKey(stepIndex: job.stepIndex, stepName: job.stepName, tool: job.tool.name)
            if let i = groups.firstIndex(where: { $0.key == key }) {
                groups[i].jobs.append(job)
            } else {
                groups.append((key, [job]))
            }
        }
        let passGroups = groups.enumerated().sorted {
            ($0.element.key.stepIndex, $0.offset) < ($1.element.key.stepIndex, $1.offset)
        }
        .map(\.element)

        // Passes are independent, so they are planned side by side; each starts from the cloth's
        // top-left corner (the first travel of a pass is not counted, and the order's head is free
        // to move), so the result does not depend on which finishes first.
        // A step that repeats an earlier one's work exactly (nerusi goes over the nglowong lines
        // from the back) is planned once and its passes relabelled.
        var firstWithSameWork: [Int?] = []
        var seen: [[CantingJob]: Int] = [:]
        for (g, group) in passGroups.enumerated() {
            let work = group.jobs.map { job -> CantingJob in
                var j = job
                j.stepIndex = 0
                j.stepName = ""
                return j
            }
            firstWithSameWork.append(seen[work])
            if seen[work] == nil { seen[work] = g }
        }
        let planned = passGroups.indices.filter { firstWithSameWork[$0] == nil }
        let slots = Slots(count: passGroups.count)
        DispatchQueue.concurrentPerform(iterations: planned.count) { k in
            let g = planned[k]
            slots.set(
                g,
                Result { () throws(CantingPlanError) -> [(CantingPass, TravelBound)] in
                    try planPasses(
                        passGroups[g].key, passGroups[g].jobs, placements: placements, area: area, options: options)
                })
        }
        var passes: [CantingPass] = []
        var bounds: [TravelBound] = []
        for g in passGroups.indices {
            for (pass, bound) in try slots.get(firstWithSameWork[g] ?? g) {
                var relabelled = pass
                relabelled.stepIndex = passGroups[g].key.stepIndex
                relabelled.stepName = passGroups[g].key.stepName
                passes.append(relabelled)
                bounds.append(bound)
            }
        }
        return CantingPlan(area: area, passes: passes, travelBounds: bounds)
    }

    /// The pass of one step and canting, and the brush pass its large areas need.
    static func planPasses(
        _ key: PassKey, _ jobs: [CantingJob], placements: [BatikGeometry.AffineTransform], area: Rect,
        options: CantingPlanOptions
    ) throws(CantingPlanError) -> [(CantingPass, TravelBound)] {
        let tool = jobs[0].tool
        var tileStrokes: [CantingStroke] = []
        var brush: [Polygon] = []
        for job in jobs {
            let out: StrokeGenerator.Output
            do {
                out = try StrokeGenerator.strokes(for: job, options: options)
            } catch {
                throw CantingPlanError("cannot plan the \(job.stepName) strokes of the \(tool.name) canting: \(error)")
            }
            tileStrokes += out.strokes
            brush += out.brush
        }
        var result: [(CantingPass, TravelBound)] = []
        // The bound depends on the strokes, not their order: work it out alongside.
        let halves = OrderAndBound()
        if options.ordering == .best && tileStrokes.count * placements.count > options.tiledOrderingStrokes {
            // A whole cloth: order one tile, walk the tiles (see `TiledOrder`).
            let ordered = TiledOrder.ordered(tileStrokes, placements: placements, area: area, options: options)
            halves.setOrdered(ordered)
            halves.setBound(TravelBound.bound(ordered))
        } else {
            let placed = StrokePlacement.place(tileStrokes, by: placements, clippedTo: area)
            let merged = StrokeMerger.merge(placed, tolerance: options.mergeTolerance)
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                if k == 0 {
                    halves.setOrdered(StrokeOrder.ordered(merged, from: area.origin, options: options))
                } else {
                    halves.setBound(TravelBound.bound(merged))
                }
            }
        }
        let ordered = halves.ordered
        if !ordered.isEmpty {
            result.append(
                (
                    CantingPass(stepIndex: key.stepIndex, stepName: key.stepName, tool: tool, strokes: ordered),
                    halves.bound
                ))
        }
        if !brush.isEmpty {
            let region = try placeBrush(brush, by: placements, area: area)
            if !region.isEmpty {
                let kuas =
                    CantingTool.library["kuas"]
                    ?? CantingTool(name: "kuas", spoutDiameter: 10, use: .block, gloss: "brush")
                result.append(
                    (
                        CantingPass(
                            stepIndex: key.stepIndex, stepName: key.stepName, tool: kuas, strokes: [],
                            brushAreas: region),
                        TravelBound(length: 0, isExact: true)
                    ))
            }
        }
        return result
    }

    /// A pass's order and bound, worked out side by side.
    final class OrderAndBound: @unchecked Sendable {
        private let lock = NSLock()
        private var orderedStrokes: [CantingStroke] = []
        private var travelBound = TravelBound(length: 0, isExact: true)

        func setOrdered(_ s: [CantingStroke]) {
            lock.lock()
            orderedStrokes = s
            lock.unlock()
        }

        func setBound(_ b: TravelBound) {
            lock.lock()
            travelBound = b
            lock.unlock()
        }

        var ordered: [CantingStroke] {
            lock.lock()
            defer { lock.unlock() }
            return orderedStrokes
        }

        var bound: TravelBound {
            lock.lock()
            defer { lock.unlock() }
            return travelBound
        }
    }

    /// Results of the passes planned in parallel, one slot each.
    final class Slots: @unchecked Sendable {
        private var results: [Result<[(CantingPass, TravelBound)], CantingPlanError>?]
        private let lock = NSLock()

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ i: Int, _ r: Result<[(CantingPass, TravelBound)], CantingPlanError>) {
            lock.lock()
            results[i] = r
            lock.unlock()
        }

        func get(_ i: Int) throws(CantingPlanError) -> [(CantingPass, TravelBound)] {
            lock.lock()
            let r = results[i]!
            lock.unlock()
            return try r.get()
        }
    }

    struct PassKey: Hashable {
        var stepIndex: Int
        var stepName: String
        var tool: String
    }

    /// The brush areas of every placed tile, cut to the cloth and united.
    static func placeBrush(_ polygons: [Polygon], by placements: [BatikGeometry.AffineTransform], area: Rect)
        throws(CantingPlanError) -> Region
    {
        do {
            let cloth = Region(rect: area)
            var placed: [Region] = []
            for t in placements {
                let moved = Region(
                    polygons: polygons.map { p in
                        Polygon(exterior: p.exterior.map { t.apply($0) }, holes: p.holes.map { $0.map { t.apply($0) } })
                    })
                guard let b = moved.bounds, b.overlaps(area) else { continue }
                let inside = b.minX >= area.minX && b.maxX <= area.maxX && b.minY >= area.minY && b.maxY <= area.maxY
                placed.append(inside ? moved : try moved.intersection(cloth))
            }
            return try Region.union(placed)
        } catch {
            throw CantingPlanError("cannot place the areas left to the brush: \(error)")
        }
    }
}
