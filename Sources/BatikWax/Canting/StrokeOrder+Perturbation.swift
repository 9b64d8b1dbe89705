import BatikGeometry

/// Iterated local search confined to windows of the order.
extension StrokeOrder {

    /// Positions a perturbation reshuffles and then repairs.
    static let perturbationWindow = 40

    /// Iterated local search (H. R. Lourenço, O. C. Martin and T. Stützle, "Iterated local search",
    /// Handbook of Metaheuristics, 2003) kept local: cut a window of the order into four runs and
    /// swap the middle two (a "double bridge", the kick 2-opt and Or-opt cannot undo by
    /// themselves), repair the window with 2-opt, Or-opt and loop entry confined to it, and keep
    /// the result only if the window's travel went down. Windows are drawn from a fixed-seed
    /// generator and the work is counted, so the result is the same on every run.
    mutating func perturb(evaluations: Int) {
        let w = Self.perturbationWindow
        guard n >= w + 2, evaluations > 0 else { return }
        var random = SplitMix64(seed: UInt64(n))
        budget = evaluations
        workBudget = evaluations * 4
        var queue = Queue(count: n)
        while budget > 0 && workBudget > 0 {
            let start = Int(random.next() % UInt64(n - w + 1))
            let end = start + w - 1
            windowStart = start
            windowEnd = end
            let before = windowTravel()
            let saved = Array(order[start...end])
            let savedFlip = saved.map { flipped[Int($0)] }
            let savedEntry = saved.map { entryVertex[Int($0)] }
            let savedIn = saved.map { entryPoint[Int($0)] }
            let savedOut = saved.map { exitPoint[Int($0)] }
            // Three cuts inside the window, then swap the two middle runs.
            var cuts = [Int](repeating: 0, count: 3)
            for k in 0..<3 { cuts[k] = start + 1 + Int(random.next() % UInt64(w - 1)) }
            cuts.sort()
            let (a, b, c) = (cuts[0], cuts[1], cuts[2])
            if a == b || b == c { continue }
            let shuffled = Array(order[start..<a]) + Array(order[b..<c]) + Array(order[a..<b]) + Array(order[c...end])
            order.replaceSubrange(start...end, with: shuffled)
            for k in start...end { position[Int(order[k])] = Int32(k) }
            workBudget -= w
            // Only the strokes at the cuts have new neighbours ("don't-look bits" reset there).
            for k in [start, a - 1, a, b - 1, b, c - 1, c, end] { queue.push(Int(order[k])) }
            while budget > 0, let s = queue.pop() {
                if let touched = twoOpt(s) ?? orOpt(s) ?? segmentSwap(s) {
                    for t in touched { queue.push(t) }
                    queue.push(s)
                }
            }
            _ = enterLoopsBest(from: start, through: end)
            if windowTravel() >= before - Self.epsilon {
                order.replaceSubrange(start...end, with: saved)
                for (k, t) in saved.enumerated() {
                    let s = Int(t)
                    position[s] = Int32(start + k)
                    flipped[s] = savedFlip[k]
                    entryVertex[s] = savedEntry[k]
                    entryPoint[s] = savedIn[k]
                    exitPoint[s] = savedOut[k]
                }
            }
        }
        windowStart = 0
        windowEnd = Int.max
    }

    /// The travel into, within and out of the current window.
    func windowTravel() -> Double {
        var total = 0.0
        for i in max(1, windowStart)...min(n - 1, windowEnd + 1) { total += X(i - 1).gap(E(i)) }
        return total
    }

}
