import BatikGeometry

/// Orders one pass's strokes to cut pen-up travel: where the pen goes next, which way it draws each
/// line, and where it enters each loop.
///
/// 1. **Nearest neighbour** from the start point, over a bucket grid of stroke ends and loop
///    vertices with removal as strokes are used, so each step looks only at nearby buckets.
/// 2. **2-opt** (G. A. Croes, "A method for solving traveling-salesman problems", Operations Research
///    6, 1958) and **Or-opt** (I. Or, PhD thesis, Northwestern University, 1976: moving a run of one
///    to three strokes elsewhere, either way round), on an open path where reversing a run also
///    reverses every line in it. Moves are tried only towards each stroke's nearest neighbours,
///    with a queue of strokes whose surroundings changed ("don't-look bits", J. L. Bentley, "Fast
///    algorithms for geometric traveling salesman problems", ORSA J. Computing 4(4), 1992).
/// 3. **Loop entry**: each closed loop is started at the vertex that makes the way in and out
///    shortest; then 2-opt and Or-opt run again on the new entry points.
///
/// The work is bounded by a count of move evaluations per stroke, not by time, so the same input
/// always gives the same order. Every accepted move shortens the travel, so the result is never
/// longer than the nearest-neighbour order.
struct StrokeOrder {
    /// Loop vertices considered as entry points during nearest neighbour: at most this many per
    /// loop, evenly spread (the entry pass then considers every vertex).
    static let loopAnchors = 32
    /// Loop vertices used to find a loop's neighbours.
    static let neighbourAnchors = 6
    /// Rounds of improvement and loop entry.
    static let rounds = 4
    /// Improvements smaller than this (mm) are not worth a move; keeps floating-point noise from
    /// cycling.
    static let epsilon = 1e-9

    let strokes: [CantingStroke]
    private(set) var order: [Int32] = []
    private var position: [Int32]
    private var flipped: [Bool]
    private var entryVertex: [Int32]
    private var entryPoint: [Point]
    private var exitPoint: [Point]
    /// The k nearest strokes of stroke s are `neighbours[s * k ..< s * k + neighbourCount[s]]`.
    private var neighbours: [Int32] = []
    private var neighbourCount: [UInt8] = []
    private var k = 0
    /// Each loop's bounding box (for the cheap lower bound on moving it).
    private var boxes: [Rect] = []
    /// Moves may only rearrange positions windowStart...windowEnd (the whole order, except while
    /// a perturbation is being repaired).
    private var windowStart = 0
    private var windowEnd = Int.max
    /// Move evaluations left.
    private var budget: Int
    /// Array positions that reversals and moves may still shift.
    private var workBudget: Int
    var remainingBudget: (evaluations: Int, work: Int) { (budget, workBudget) }

    /// Plans the order of `strokes` starting from `start`.
    static func ordered(_ strokes: [CantingStroke], from start: Point, options: CantingPlanOptions) -> [CantingStroke] {
        guard strokes.count > 1, options.ordering != .input else { return strokes }
        var o = StrokeOrder(strokes: strokes, options: options)
        o.nearestNeighbour(from: start)
        if options.ordering == .best { o.improve(options: options) }
        return o.result()
    }

    /// The nearest-neighbour order alone (for comparison in tests and benchmarks).
    static func nearestNeighbourOrder(_ strokes: [CantingStroke], from start: Point) -> [CantingStroke] {
        guard strokes.count > 1 else { return strokes }
        var o = StrokeOrder(strokes: strokes, options: CantingPlanOptions())
        o.nearestNeighbour(from: start)
        return o.result()
    }

    init(strokes: [CantingStroke], options: CantingPlanOptions) {
        self.strokes = strokes
        let n = strokes.count
        position = [Int32](repeating: 0, count: n)
        flipped = [Bool](repeating: false, count: n)
        entryVertex = [Int32](repeating: 0, count: n)
        entryPoint = strokes.map(\.start)
        boxes = strokes.map { Rect.box($0.points) }
        exitPoint = strokes.map(\.end)
        budget = options.improvementEvaluationsPerStroke * n
        workBudget = options.improvementWorkPerStroke * n
    }

    private func isLoop(_ s: Int) -> Bool { strokes[s].isClosed }
    private func isOpenLine(_ s: Int) -> Bool { !strokes[s].isClosed && strokes[s].points.count > 1 }

    private mutating func setFlipped(_ s: Int, _ value: Bool) {
        guard isOpenLine(s), flipped[s] != value else { return }
        flipped[s] = value
        swap(&entryPoint[s], &exitPoint[s])
    }

    private mutating func setEntry(_ s: Int, vertex v: Int) {
        entryVertex[s] = Int32(v)
        entryPoint[s] = strokes[s].points[v]
        exitPoint[s] = strokes[s].points[v]
    }

    /// Points a stroke can be entered at: both ends of a line, spread vertices of a loop, a dab's
    /// point; as (stroke, vertex) pairs where vertex 1 of an open line means its end.
    private func anchors(limit: Int) -> (points: [Point], stroke: [Int32], vertex: [Int32]) {
        var points: [Point] = [], stroke: [Int32] = [], vertex: [Int32] = []
        for (s, st) in strokes.enumerated() {
            if st.isClosed {
                let count = st.points.count
                let step = max(1, (count + limit - 1) / limit)
                for v in Swift.stride(from: 0, to: count, by: step) {
                    points.append(st.points[v]); stroke.append(Int32(s)); vertex.append(Int32(v))
                }
            } else {
                points.append(st.start); stroke.append(Int32(s)); vertex.append(0)
                if st.points.count > 1 {
                    points.append(st.end); stroke.append(Int32(s)); vertex.append(1)
                }
            }
        }
        return (points, stroke, vertex)
    }

    // MARK: Nearest neighbour

    mutating func nearestNeighbour(from start: Point) {
        let n = strokes.count
        let a = anchors(limit: Self.loopAnchors)
        var grid = PointGrid(points: a.points, tags: (0..<a.points.count).map { Int32($0) })
        var used = [Bool](repeating: false, count: n)
        order.removeAll(keepingCapacity: true)
        order.reserveCapacity(n)
        var current = start
        let span = max(grid.columns, grid.rows)
        for _ in 0..<n {
            var best: (anchor: Int, d: Double) = (-1, .infinity)
            let cx = grid.column(current.x), cy = grid.row(current.y)
            var r = 0
            while r <= span {
                let c0 = cx - r, c1 = cx + r, r0 = cy - r, r1 = cy + r
                func visit(_ col: Int, _ row: Int) {
                    grid.scan(column: col, row: row) { e in
                        let k = Int(e.tag)
                        if used[Int(a.stroke[k])] { return true }
                        let d = e.point.gap(current)
                        if d < best.d || (d == best.d && k < best.anchor) { best = (k, d) }
                        return false
                    }
                }
                // The cells at Chebyshev distance r from the current cell.
                for row in max(0, r0)...min(grid.rows - 1, r1) {
                    if row == r0 || row == r1 {
                        for col in max(0, c0)...min(grid.columns - 1, c1) { visit(col, row) }
                    } else {
                        if c0 >= 0 { visit(c0, row) }
                        if c1 < grid.columns && c1 != c0 { visit(c1, row) }
                    }
                }
                if best.anchor >= 0 && best.d <= Double(r) * grid.cell { break }
                r += 1
            }
            let s = Int(a.stroke[best.anchor])
            used[s] = true
            if isLoop(s) {
                setEntry(s, vertex: Int(a.vertex[best.anchor]))
            } else {
                setFlipped(s, a.vertex[best.anchor] == 1)
            }
            position[s] = Int32(order.count)
            order.append(Int32(s))
            current = exitPoint[s]
        }
    }

    // MARK: Neighbour lists

    private mutating func buildNeighbours(count k: Int) {
        let a = anchors(limit: Self.neighbourAnchors)
        // Cells about one stroke spacing wide, so a first search of one cell around each anchor
        // usually finds the k nearest strokes.
        let bounds = a.points.isEmpty ? Rect(x: 0, y: 0, width: 1, height: 1) : Rect.box(a.points)
        let spacing = max((max(bounds.width * bounds.height, 1e-6) / Double(strokes.count)).squareRoot(), 1e-3)
        let grid = PointGrid(points: a.points, tags: (0..<a.points.count).map { Int32($0) }, cell: spacing)
        var firstAnchor = [Int](repeating: 0, count: strokes.count + 1)
        for s in a.stroke { firstAnchor[Int(s) + 1] += 1 }
        for s in 0..<strokes.count { firstAnchor[s + 1] += firstAnchor[s] }
        self.k = k
        neighbours = [Int32](repeating: 0, count: strokes.count * k)
        neighbourCount = [UInt8](repeating: 0, count: strokes.count)
        var found: [(Int32, Double)] = []
        // found[slot[t]] holds stroke t while seenBy[t] is the current search.
        var seenBy = [Int32](repeating: -1, count: strokes.count)
        var slot = [Int32](repeating: 0, count: strokes.count)
        var search: Int32 = 0
        let widest = grid.cell * Double(max(grid.columns, grid.rows))
        for s in 0..<strokes.count {
            var radius = grid.cell
            // Widen the search until k neighbours are certain or the whole grid is covered.
            while true {
                found.removeAll(keepingCapacity: true)
                search += 1
                let r2 = radius * radius
                for i in firstAnchor[s]..<firstAnchor[s + 1] {
                    let p = a.points[i]
                    grid.forEach(near: p, radius: radius) { e in
                        let t = a.stroke[Int(e.tag)]
                        guard Int(t) != s else { return }
                        let d = e.point.gapSquared(p)
                        guard d <= r2 else { return }
                        if seenBy[Int(t)] == search {
                            let j = Int(slot[Int(t)])
                            if d < found[j].1 { found[j].1 = d }
                        } else {
                            seenBy[Int(t)] = search
                            slot[Int(t)] = Int32(found.count)
                            found.append((t, d))
                        }
                    }
                }
                if found.count >= k || radius > widest { break }
                radius *= 2
            }
            found.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            let count = min(k, found.count)
            for j in 0..<count { neighbours[s * k + j] = found[j].0 }
            neighbourCount[s] = UInt8(count)
        }
    }

    // MARK: Improvement

    private var n: Int { order.count }
    private func X(_ i: Int) -> Point { exitPoint[Int(order[i])] }
    private func E(_ i: Int) -> Point { entryPoint[Int(order[i])] }

    /// The travel of the current order, in millimetres.
    var travel: Double {
        var total = 0.0
        for i in 1..<max(1, n) { total += X(i - 1).gap(E(i)) }
        return total
    }

    mutating func improve(options: CantingPlanOptions) {
        buildNeighbours(count: options.neighbourCount)
        var queue = Queue(count: n)
        for i in 0..<n { queue.push(Int(order[i])) }
        for round in 0..<Self.rounds {
            while budget > 0, workBudget > 0, let a = queue.pop() {
                if let touched = twoOpt(a) ?? orOpt(a) ?? segmentSwap(a) {
                    for s in touched { queue.push(s) }
                    queue.push(a)
                }
            }
            if budget <= 0 || workBudget <= 0 || round == Self.rounds - 1 { break }
            let changed = enterLoopsBest()
            if changed.isEmpty { break }
            for s in changed { queue.push(s) }
        }
        if n <= options.perturbationMaximumStrokes {
            perturb(evaluations: min(options.perturbationEvaluations, options.perturbationEvaluationsPerStroke * n))
        }
    }

    // MARK: Perturbation

    /// Positions a perturbation reshuffles and then repairs.
    static let perturbationWindow = 40

    /// Iterated local search (H. R. Lourenço, O. C. Martin and T. Stützle, "Iterated local search",
    /// Handbook of Metaheuristics, 2003) kept local: cut a window of the order into four runs and
    /// swap the middle two (a "double bridge", the kick 2-opt and Or-opt cannot undo by
    /// themselves), repair the window with 2-opt, Or-opt and loop entry confined to it, and keep
    /// the result only if the window's travel went down. Windows are drawn from a fixed-seed
    /// generator and the work is counted, so the result is the same on every run.
    private mutating func perturb(evaluations: Int) {
        let w = Self.perturbationWindow
        guard n >= w + 2, evaluations > 0 else { return }
        var random = SplitMix(seed: UInt64(n))
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
    private func windowTravel() -> Double {
        var total = 0.0
        for i in max(1, windowStart)...min(n - 1, windowEnd + 1) { total += X(i - 1).gap(E(i)) }
        return total
    }

    /// SplitMix64 (Steele, Lea and Flood, OOPSLA 2014): the perturbation's fixed-seed generator.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Tries 2-opt moves that give `a` one of its neighbours as a new tour neighbour; applies the
    /// best improving one and returns the strokes around it.
    private mutating func twoOpt(_ a: Int) -> [Int]? {
        let i = Int(position[a])
        var best: (delta: Double, p: Int, q: Int) = (-Self.epsilon, 0, 0)
        // The path's two ends are free: reversing a whole head or tail joins `a` to the old
        // first or last stroke wherever that is, a move no neighbour list would suggest.
        func consider(_ p: Int, _ q: Int) {
            guard q > p && p >= -1 && q < n && p >= windowStart - 1 && q <= windowEnd else { return }
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
    private func twoOptDelta(_ p: Int, _ q: Int) -> Double {
        var d = 0.0
        if p >= 0 { d += X(p).gap(X(q)) - X(p).gap(E(p + 1)) }
        if q + 1 < n { d += E(p + 1).gap(E(q + 1)) - X(q).gap(E(q + 1)) }
        return d
    }

    private mutating func reverse(from start: Int, through end: Int) {
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
    private mutating func orOpt(_ a: Int) -> [Int]? {
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
    private mutating func loopInsertionDelta(_ a: Int, _ p: Int) -> (Double, Int) {
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
    private mutating func segmentSwap(_ a: Int) -> [Int]? {
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

    private func orRemovalDelta(_ s: Int, _ e: Int) -> Double {
        var d = 0.0
        if s > 0 { d -= X(s - 1).gap(E(s)) }
        if e + 1 < n { d -= X(e).gap(E(e + 1)) }
        if s > 0 && e + 1 < n { d += X(s - 1).gap(E(e + 1)) }
        return d
    }

    private func orInsertionDelta(_ s: Int, _ e: Int, _ p: Int) -> (Double, Double) {
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
    private mutating func move(_ s: Int, _ e: Int, after p: Int, reversed: Bool) {
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

    /// Starts every loop at the vertex closest to the way in and out; returns the strokes changed.
    private mutating func enterLoopsBest(from first: Int = 0, through last: Int = Int.max) -> [Int] {
        var changed: [Int] = []
        for i in first...min(last, n - 1) {
            let s = Int(order[i])
            guard isLoop(s) else { continue }
            let before = i > 0 ? X(i - 1) : nil, after = i + 1 < n ? E(i + 1) : nil
            guard before != nil || after != nil else { continue }
            let points = strokes[s].points
            func cost(_ v: Int) -> Double {
                (before.map { $0.gap(points[v]) } ?? 0) + (after.map { points[v].gap($0) } ?? 0)
            }
            workBudget -= points.count
            let current = Int(entryVertex[s])
            var best = (current, cost(current))
            for v in points.indices {
                let c = cost(v)
                if c < best.1 - Self.epsilon { best = (v, c) }
            }
            if best.0 != current {
                setEntry(s, vertex: best.0)
                changed.append(s)
            }
        }
        return changed
    }

    /// The strokes in order, each turned and started as planned.
    func result() -> [CantingStroke] {
        order.map { t in
            let s = Int(t)
            let stroke = strokes[s]
            if stroke.isClosed { return stroke.rotated(toStartAt: Int(entryVertex[s])) }
            return flipped[s] ? stroke.reversed() : stroke
        }
    }

    /// A first-in, first-out queue of strokes with membership flags.
    struct Queue {
        private var items: [Int32] = []
        private var head = 0
        private var queued: [Bool]

        init(count: Int) { queued = [Bool](repeating: false, count: count) }

        mutating func push(_ s: Int) {
            guard !queued[s] else { return }
            queued[s] = true
            items.append(Int32(s))
        }

        mutating func pop() -> Int? {
            guard head < items.count else { return nil }
            let s = Int(items[head])
            head += 1
            queued[s] = false
            if head > 4096 && head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            return s
        }
    }
}
