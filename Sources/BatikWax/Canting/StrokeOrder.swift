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
    var order: [Int32] = []
    var position: [Int32]
    var flipped: [Bool]
    var entryVertex: [Int32]
    var entryPoint: [Point]
    var exitPoint: [Point]
    /// The k nearest strokes of stroke s are `neighbours[s * k ..< s * k + neighbourCount[s]]`.
    var neighbours: [Int32] = []
    var neighbourCount: [UInt8] = []
    var k = 0
    /// Each loop's bounding box (for the cheap lower bound on moving it).
    var boxes: [Rect] = []
    /// Moves may only rearrange positions windowStart...windowEnd (the whole order, except while
    /// a perturbation is being repaired).
    var windowStart = 0
    var windowEnd = Int.max
    /// The longest run of positions a 2-opt move may reverse. On an open path the complement of a
    /// long reversal is not an equivalent move, so an unbounded reversal costs O(n) per move: on a
    /// whole cloth (hundreds of thousands of dabs) that, not the search, dominated the time.
    var maximumReversal = Int.max
    /// Move evaluations left.
    var budget: Int
    /// Array positions that reversals and moves may still shift.
    var workBudget: Int
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
        budget = (n <= options.smallPassStrokes ? options.smallPassEvaluationsPerStroke : options.improvementEvaluationsPerStroke) * n
        workBudget = options.improvementWorkPerStroke * n
        maximumReversal = options.maximumReversal
    }

    func isLoop(_ s: Int) -> Bool { strokes[s].isClosed }
    func isOpenLine(_ s: Int) -> Bool { !strokes[s].isClosed && strokes[s].points.count > 1 }

    mutating func setFlipped(_ s: Int, _ value: Bool) {
        guard isOpenLine(s), flipped[s] != value else { return }
        flipped[s] = value
        swap(&entryPoint[s], &exitPoint[s])
    }

    mutating func setEntry(_ s: Int, vertex v: Int) {
        entryVertex[s] = Int32(v)
        entryPoint[s] = strokes[s].points[v]
        exitPoint[s] = strokes[s].points[v]
    }

    /// Points a stroke can be entered at: both ends of a line, spread vertices of a loop, a dab's
    /// point; as (stroke, vertex) pairs where vertex 1 of an open line means its end.
    func anchors(limit: Int) -> (points: [Point], stroke: [Int32], vertex: [Int32]) {
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

    mutating func buildNeighbours(count k: Int) {
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

    var n: Int { order.count }
    func X(_ i: Int) -> Point { exitPoint[Int(order[i])] }
    func E(_ i: Int) -> Point { entryPoint[Int(order[i])] }

    /// The travel of the current order, in millimetres.
    var travel: Double {
        var total = 0.0
        for i in 1..<max(1, n) { total += X(i - 1).gap(E(i)) }
        return total
    }

    mutating func improve(options: CantingPlanOptions) {
        buildNeighbours(count: n <= options.smallPassStrokes ? options.smallPassNeighbourCount : options.neighbourCount)
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

    /// Starts every loop at the vertex closest to the way in and out; returns the strokes changed.
    mutating func enterLoopsBest(from first: Int = 0, through last: Int = Int.max) -> [Int] {
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
        var items: [Int32] = []
        var head = 0
        var queued: [Bool]

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
