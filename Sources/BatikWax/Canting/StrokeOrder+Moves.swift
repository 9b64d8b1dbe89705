import BatikGeometry

/// The improvement moves: 2-opt, Or-opt and the segment exchange, each evaluated towards a
/// stroke's nearest neighbours and applied when it shortens the travel.
extension StrokeOrder {

    /// Tries 2-opt moves that give `a` one of its neighbours as a new tour neighbour; applies the
    /// best improving one and returns the strokes around it.
    mutating func twoOpt(_ a: Int) -> [Int]? {
        let i = Int(position[a])
        var best: (delta: Double, p: Int, q: Int) = (-Self.epsilon, 0, 0)
        // The path's two ends are free: reversing a whole head or tail joins `a` to the old
        // first or last stroke wherever that is, a move no neighbour list would suggest.
        func consider(_ p: Int, _ q: Int) {
            guard q > p && p >= -1 && q < n && p >= windowStart - 1 && q <= windowEnd && q - p <= maximumReversal
            else { return }
            budget -= 1
            let d = twoOptDelta(p, q)
            if d < best.delta { best = (d, p, q) }
        }
        consider(i, n - 1)
        consider(-1, i - 1)
        for m in 0..<Int(neighbourCount[a]) {
            let j = Int(position[Int(neighbours[a * k + m])])
            guard i != j else { continue }
            let lo = min(i, j), hi = max(i, j)
            consider(lo, hi)
            consider(lo - 1, hi - 1)
        }
        guard best.delta < -Self.epsilon else { return nil }
        let (p, q) = (best.p, best.q)
        var touched: [Int] = []
        for k in [p, p + 1, q, q + 1] where k >= 0 && k < n { touched.append(Int(order[k])) }
        reverse(from: p + 1, through: q)
        return touched
    }

    /// The change in travel from reversing positions p+1 ... q (p may be −1, q may be n−1).
    func twoOptDelta(_ p: Int, _ q: Int) -> Double {
        var d = 0.0
        if p >= 0 { d += X(p).gap(X(q)) - X(p).gap(E(p + 1)) }
        if q + 1 < n { d += E(p + 1).gap(E(q + 1)) - X(q).gap(E(q + 1)) }
        return d
    }

    mutating func reverse(from start: Int, through end: Int) {
        workBudget -= end - start + 1
        var i = start, j = end
        while i < j {
            order.swapAt(i, j)
            i += 1
            j -= 1
        }
        for k in start...end {
            let s = Int(order[k])
            position[s] = Int32(k)
            setFlipped(s, !flipped[s])
        }
    }

    /// Tries moving a run of one to three strokes that starts or ends at `a` next to one of a's
    /// neighbours, either way round; applies the best improving move.
    mutating func orOpt(_ a: Int) -> [Int]? {
        let i = Int(position[a])
        var best: (delta: Double, s: Int, e: Int, p: Int, reversed: Bool, vertex: Int) = (
            -Self.epsilon, 0, 0, 0, false, -1
        )
        for length in 1...3 {
            for side in 0..<(length == 1 ? 1 : 2) {
                // The run starts at a, or ends at a.
                let s = side == 0 ? i : i - length + 1, e = side == 0 ? i + length - 1 : i
                guard s >= 0 && e < n && s >= windowStart && e <= windowEnd else { continue }
                let removal = orRemovalDelta(s, e)
                func consider(_ p: Int) {
                    guard p >= -1 && p < n && (p < s - 1 || p > e) && p >= windowStart - 1 && p <= windowEnd else {
                        return
                    }
                    budget -= 1
                    if s == e && isLoop(a) {
                        // A loop moved alone may also change where it is entered. Its box gives a
                        // lower bound first, which rules out most places without a vertex scan.
                        let before = p >= 0 ? X(p) : nil, after = p + 1 < n ? E(p + 1) : nil
                        let old = before.flatMap { b in after.map { b.gap($0) } } ?? 0
                        let least = (before.map { boxes[a].gap($0) } ?? 0) + (after.map { boxes[a].gap($0) } ?? 0)
                        if removal + least - old >= best.delta { return }
                        let (delta, vertex) = loopInsertionDelta(a, p)
                        if removal + delta < best.delta { best = (removal + delta, s, e, p, false, vertex) }
                        return
                    }
                    let (forward, backward) = orInsertionDelta(s, e, p)
                    if removal + forward < best.delta { best = (removal + forward, s, e, p, false, -1) }
                    if removal + backward < best.delta { best = (removal + backward, s, e, p, true, -1) }
                }
                consider(-1)
                consider(n - 1)
                for m in 0..<Int(neighbourCount[a]) {
                    let j = Int(position[Int(neighbours[a * k + m])])
                    consider(j)
                    consider(j - 1)
                }
            }
        }
        guard best.delta < -Self.epsilon else { return nil }
        var touched: [Int] = []
        for k in [best.s - 1, best.s, best.e, best.e + 1, best.p, best.p + 1] where k >= 0 && k < n {
            touched.append(Int(order[k]))
        }
        move(best.s, best.e, after: best.p, reversed: best.reversed)
        if best.vertex >= 0 { setEntry(a, vertex: best.vertex) }
        return touched
    }

    /// The cost of putting loop `a` between positions p and p+1, entered at its best vertex there.
    mutating func loopInsertionDelta(_ a: Int, _ p: Int) -> (Double, Int) {
        let before = p >= 0 ? X(p) : nil, after = p + 1 < n ? E(p + 1) : nil
        let points = strokes[a].points
        func cost(_ v: Int) -> Double {
            (before.map { $0.gap(points[v]) } ?? 0) + (after.map { points[v].gap($0) } ?? 0)
        }
        // Every step-th vertex, then every vertex around the best of those.
        let step = max(1, points.count / Self.neighbourAnchors)
        var best = (Double.infinity, Int(entryVertex[a]))
        for v in Swift.stride(from: 0, to: points.count, by: step) {
            let c = cost(v)
            if c < best.0 { best = (c, v) }
        }
        let centre = best.1
        for k in (centre - step + 1)..<(centre + step) where k != centre {
            let v = (k + points.count) % points.count
            let c = cost(v)
            if c < best.0 { best = (c, v) }
        }
        workBudget -= points.count / step + 2 * step
        let old = before.flatMap { b in after.map { b.gap($0) } } ?? 0
        return (best.0 - old, best.1)
    }

    /// Tries the segment exchange that 2-opt cannot make on drawn strokes: joining a's exit to a
    /// neighbour's entry *without* reversing anything between them, by swapping two adjacent runs
    /// (the pure 3-opt move "or3opt": ... i | i+1 … j−1 | j … k | k+1 … becomes
    /// ... i | j … k | i+1 … j−1 | k+1 …). Reversing a run reverses its lines, so on drawn strokes
    /// this is often the only way to bring an entry next to an exit.
    mutating func segmentSwap(_ a: Int) -> [Int]? {
        let x = Int(position[a])
        var best: (delta: Double, i: Int, j: Int, k: Int) = (-Self.epsilon, 0, 0, 0)
        func consider(_ i: Int, _ j: Int, _ k: Int) {
            guard i >= 0 && i + 1 < j && j <= k && k < n && i >= windowStart - 1 && k <= windowEnd else { return }
            budget -= 1
            var d = X(i).gap(E(j)) + X(k).gap(E(i + 1)) - X(i).gap(E(i + 1)) - X(j - 1).gap(E(j))
            if k + 1 < n { d += X(j - 1).gap(E(k + 1)) - X(k).gap(E(k + 1)) }
            if d < best.delta { best = (d, i, j, k) }
        }
        for m in 0..<Int(neighbourCount[a]) {
            let c = Int(neighbours[a * k + m])
            let y = Int(position[c])
            // a's exit to c's entry when a comes first, c's exit to a's entry otherwise.
            let (i, j) = x < y ? (x, y) : (y, x)
            guard i + 1 < j, i >= 0, j < n else { continue }
            // Only worth it when the new link is shorter than a link it replaces there (the
            // gain criterion of S. Lin and B. W. Kernighan, Operations Research 21, 1973).
            guard X(i).gap(E(j)) < max(X(i).gap(E(i + 1)), X(j - 1).gap(E(j))) else { continue }
            let follower = Int(order[i + 1])
            consider(i, j, n - 1)
            for m2 in 0..<Int(neighbourCount[follower]) {
                let z = Int(position[Int(neighbours[follower * k + m2])])
                consider(i, j, z)
                consider(i, j, z - 1)
            }
        }
        guard best.delta < -Self.epsilon else { return nil }
        let (i, j, kk) = (best.i, best.j, best.k)
        var touched: [Int] = []
        for p in [i, i + 1, j - 1, j, kk, kk + 1] where p >= 0 && p < n { touched.append(Int(order[p])) }
        order.replaceSubrange((i + 1)...kk, with: Array(order[j...kk]) + Array(order[(i + 1)..<j]))
        workBudget -= kk - i
        for p in (i + 1)...kk { position[Int(order[p])] = Int32(p) }
        return touched
    }

    func orRemovalDelta(_ s: Int, _ e: Int) -> Double {
        var d = 0.0
        if s > 0 { d -= X(s - 1).gap(E(s)) }
        if e + 1 < n { d -= X(e).gap(E(e + 1)) }
        if s > 0 && e + 1 < n { d += X(s - 1).gap(E(e + 1)) }
        return d
    }

    func orInsertionDelta(_ s: Int, _ e: Int, _ p: Int) -> (Double, Double) {
        var forward = 0.0, backward = 0.0
        if p >= 0 {
            forward += X(p).gap(E(s))
            backward += X(p).gap(X(e))
        }
        if p + 1 < n {
            forward += X(e).gap(E(p + 1))
            backward += E(s).gap(E(p + 1))
        }
        if p >= 0 && p + 1 < n {
            let old = X(p).gap(E(p + 1))
            forward -= old
            backward -= old
        }
        return (forward, backward)
    }

    /// Moves positions s...e to sit between p and p+1 (original positions), reversed if asked.
    mutating func move(_ s: Int, _ e: Int, after p: Int, reversed: Bool) {
        var block = Array(order[s...e])
        if reversed {
            block.reverse()
            for t in block { setFlipped(Int(t), !flipped[Int(t)]) }
        }
        let lo: Int, hi: Int
        if p < s {
            // Shift p+1 ..< s right by the block's length.
            order.replaceSubrange((p + 1)...e, with: block + order[(p + 1)..<s])
            lo = p + 1
            hi = e
        } else {
            order.replaceSubrange(s...p, with: order[(e + 1)...p] + block)
            lo = s
            hi = p
        }
        workBudget -= hi - lo + 1
        for k in lo...hi { position[Int(order[k])] = Int32(k) }
    }
}
