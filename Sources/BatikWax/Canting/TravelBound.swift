import BatikGeometry

/// A lower bound on the pen-up travel of any order of a pass's strokes, so the figures can show how
/// far an order is from the best possible.
///
/// **What is bounded.** Contract each stroke to one node, and weigh the pair (u, v) by the shortest
/// distance between a point where the pen can leave u and a point where it can enter v: the two
/// ends of a line, a dab's point, any vertex of a loop (the planner enters loops at vertices). Any
/// order jumps from stroke to stroke n − 1 times, each jump at least the weight of its pair, and
/// those jumps form a path through all n nodes — a spanning tree. So every order's travel is at
/// least the weight of a minimum spanning tree (MST) of this graph.
///
/// **How it is computed.** Kruskal's algorithm (J. B. Kruskal, Proc. AMS 7, 1956) over the stroke
/// pairs whose bounding boxes lie within a search radius R, evaluated lazily: a pair enters the
/// queue keyed by the distance between the boxes (never more than its true weight) and its exact
/// weight, the closest pair of points, is computed only when it reaches the front; since the keys
/// are lower bounds, pairs still leave the queue in order of true weight, and most far pairs are
/// never measured. Pairs not examined are more than R apart, so if k components remain, joining
/// them costs at least (k − 1)·R: the bound is the forest's weight plus (k − 1)·R. When the pairs
/// within R connect every stroke (`isExact`), this is the MST itself; otherwise it is still a lower
/// bound, just a looser one. R starts at 1.5 typical spacings of strokes, √(area / n) (or length / n for strokes along a line),
/// and doubles up to twice while the forest is not connected.
public struct TravelBound: Hashable, Sendable {
    /// The bound in millimetres.
    public var length: Double
    /// True when it is the exact MST weight of the contracted graph.
    public var isExact: Bool

    public init(length: Double, isExact: Bool) {
        self.length = length
        self.isExact = isExact
    }

    /// R in typical stroke spacings at first; it doubles (at most `maximumDoublings` times) while
    /// the pairs within it leave the strokes in more than one piece.
    static let radiusInSpacings = 1.5
    static let maximumDoublings = 2

    /// The bound for `strokes`.
    public static func of(_ strokes: [CantingStroke]) -> TravelBound {
        let n = strokes.count
        guard n > 1 else { return TravelBound(length: 0, isExact: true) }
        // Where the pen can leave or enter each stroke, and the box around those points.
        var points: [[Point]] = []
        var boxes: [Rect] = []
        points.reserveCapacity(n)
        boxes.reserveCapacity(n)
        for st in strokes {
            let p = st.isClosed ? st.points : (st.points.count > 1 ? [st.start, st.end] : [st.start])
            points.append(p)
            boxes.append(Rect.box(p))
        }
        let all = boxes.dropFirst().reduce(boxes[0]) { $0.union($1) }
        // Strokes along a line (a row of dabs) have no area to share: then the row's length does.
        let spacing = max((all.width * all.height / Double(n)).squareRoot(), max(all.width, all.height) / Double(n), 1e-3)
        var radius = max(spacing * radiusInSpacings, 1e-3)
        var doublings = 0
        let centres = boxes.map(\.center)
        let reach = boxes.reduce(0.0) { max($0, $1.width, $1.height) }
        while true {
            // Candidate pairs: box centres in a grid, searched out to the radius plus the largest box.
            let grid = PointGrid(points: centres, tags: (0..<n).map { Int32($0) }, cell: max(radius, reach))
            var pairs: [Pair] = []
            for u in 0..<n {
                let b = boxes[u]
                grid.forEach(near: centres[u], radius: radius + reach) { e in
                    let v = Int(e.tag)
                    guard v > u else { return }
                    let c = boxes[v]
                    let dx = max(0, max(c.minX - b.maxX, b.minX - c.maxX))
                    let dy = max(0, max(c.minY - b.maxY, b.minY - c.maxY))
                    let d = (dx * dx + dy * dy).squareRoot()
                    if d <= radius { pairs.append(Pair(key: d, u: Int32(u), v: Int32(v), exact: false)) }
                }
            }
            var heap = PairHeap(pairs)
            var sets = DisjointSets(count: n)
            var total = 0.0
            var components = n
            while components > 1, let pair = heap.pop() {
                let u = Int(pair.u), v = Int(pair.v)
                if sets.find(u) == sets.find(v) { continue }
                if pair.exact {
                    _ = sets.union(u, v)
                    total += pair.key
                    components -= 1
                } else {
                    let d = closest(points[u], points[v])
                    if d <= radius { heap.push(Pair(key: d, u: pair.u, v: pair.v, exact: true)) }
                }
            }
            if components == 1 { return TravelBound(length: total, isExact: true) }
            if doublings == maximumDoublings {
                return TravelBound(length: total + Double(components - 1) * radius, isExact: false)
            }
            radius *= 2
            doublings += 1
        }
    }

    /// The smallest distance between a point of `a` and a point of `b`.
    static func closest(_ a: [Point], _ b: [Point]) -> Double {
        var best = Double.infinity
        for p in a {
            for q in b {
                let d = p.gapSquared(q)
                if d < best { best = d }
            }
        }
        return best.squareRoot()
    }

    struct Pair {
        var key: Double
        var u: Int32
        var v: Int32
        var exact: Bool

        func isBefore(_ other: Pair) -> Bool {
            if key != other.key { return key < other.key }
            if exact != other.exact { return exact }
            return (u, v) < (other.u, other.v)
        }
    }

    /// A binary min-heap of pairs.
    struct PairHeap {
        private var items: [Pair]

        /// Heapifies in linear time (Floyd's construction).
        init(_ pairs: [Pair]) {
            items = pairs
            var i = items.count / 2 - 1
            while i >= 0 {
                siftDown(i)
                i -= 1
            }
        }

        private mutating func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count && items[l].isBefore(items[m]) { m = l }
                if r < items.count && items[r].isBefore(items[m]) { m = r }
                if m == i { return }
                items.swapAt(i, m)
                i = m
            }
        }

        mutating func push(_ p: Pair) {
            items.append(p)
            var i = items.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard items[i].isBefore(items[parent]) else { break }
                items.swapAt(i, parent)
                i = parent
            }
        }

        mutating func pop() -> Pair? {
            guard let top = items.first else { return nil }
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                siftDown(0)
            }
            return top
        }
    }
}

/// Union–find with path halving and union by size (R. E. Tarjan, "Efficiency of a good but not
/// linear set union algorithm", J. ACM 22(2), 1975).
struct DisjointSets {
    private var parent: [Int32]
    private var size: [Int32]

    init(count: Int) {
        parent = (0..<count).map { Int32($0) }
        size = [Int32](repeating: 1, count: count)
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while Int(parent[x]) != x {
            parent[x] = parent[Int(parent[x])]
            x = Int(parent[x])
        }
        return x
    }

    /// Joins the sets of a and b; false when they were already one.
    mutating func union(_ a: Int, _ b: Int) -> Bool {
        var ra = find(a), rb = find(b)
        if ra == rb { return false }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = Int32(ra)
        size[ra] += size[rb]
        return true
    }
}
