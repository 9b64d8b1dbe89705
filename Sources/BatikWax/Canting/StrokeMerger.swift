import BatikGeometry

/// Joins open lines whose ends meet (within `tolerance`) into longer lines, so that lines cut at
/// tile edges or drawn in pieces are drawn in one go. A chain whose two ends meet becomes a loop.
///
/// Greedy and deterministic: lines are taken in order, and each chain grows at its tail and then
/// at its head by the nearest unused line end (lowest index on a tie), like vpype's `linemerge`.
enum StrokeMerger {
    static func merge(_ strokes: [CantingStroke], tolerance: Double) -> [CantingStroke] {
        let open = strokes.indices.filter { strokes[$0].kind == .line && !strokes[$0].isClosed }
        guard open.count > 1, tolerance > 0 else { return strokes }
        var points: [Point] = []
        var tags: [Int32] = []
        points.reserveCapacity(open.count * 2)
        for i in open {
            points.append(strokes[i].start)
            tags.append(Int32(i) * 2)
            points.append(strokes[i].end)
            tags.append(Int32(i) * 2 + 1)
        }
        let grid = PointGrid(points: points, tags: tags, cell: max(tolerance * 4, 1e-6))
        var used = [Bool](repeating: false, count: strokes.count)

        /// The nearest unused line end within tolerance of `p`: (stroke, whether it is the start).
        func partner(of p: Point) -> (Int, Bool)? {
            var best: (tag: Int32, d: Double)?
            grid.forEach(near: p, radius: tolerance) { e in
                let s = Int(e.tag / 2)
                guard !used[s] else { return }
                let d = e.point.gap(p)
                if d <= tolerance, best == nil || d < best!.d || (d == best!.d && e.tag < best!.tag) {
                    best = (e.tag, d)
                }
            }
            return best.map { (Int($0.tag / 2), $0.tag % 2 == 0) }
        }

        var result: [CantingStroke] = []
        result.reserveCapacity(strokes.count)
        for i in strokes.indices where !used[i] {
            used[i] = true
            let s = strokes[i]
            guard s.kind == .line, !s.isClosed else {
                result.append(s)
                continue
            }
            var chain = s.points
            // Grow at the tail, then at the head.
            while let (j, atStart) = partner(of: chain[chain.count - 1]) {
                used[j] = true
                let next = atStart ? strokes[j].points : strokes[j].points.reversed()
                chain += next.dropFirst()
            }
            while let (j, atStart) = partner(of: chain[0]) {
                used[j] = true
                let previous = atStart ? strokes[j].points.reversed() : strokes[j].points
                chain = Array(previous.dropLast()) + chain
            }
            var merged = CantingStroke(kind: .line, points: chain, isClosed: false)
            if chain.count > 3, chain[0].gap(chain[chain.count - 1]) <= tolerance {
                merged.points.removeLast()
                merged.isClosed = true
            }
            result.append(merged)
        }
        return result
    }
}
