import BatikGeometry

/// A uniform bucket grid over points, each carrying an integer tag: the spatial index behind
/// nearest-neighbour ordering, neighbour lists, merging and the travel bound. Buckets are stored
/// contiguously (compressed rows), so building is two passes over the points and a query reads
/// memory in order.
struct PointGrid {
    let minX: Double
    let minY: Double
    let cell: Double
    let columns: Int
    let rows: Int
    /// Bucket `b` holds `entries[bucketStart[b] ..< bucketStart[b] + bucketCount[b]]`.
    var bucketStart: [Int32]
    var bucketCount: [Int32]
    var entries: [Entry]

    struct Entry {
        var point: Point
        var tag: Int32
    }

    /// A grid whose cells hold about `perCell` points on average (at least `minimumCell` wide),
    /// capped at `maximumBuckets` buckets.
    init(
        points: [Point], tags: [Int32], perCell: Double = 4, minimumCell: Double = 1e-3, maximumBuckets: Int = 4_000_000
    ) {
        precondition(points.count == tags.count)
        let bounds = points.isEmpty ? Rect(x: 0, y: 0, width: 1, height: 1) : Rect.box(points)
        let area = max(bounds.width, minimumCell) * max(bounds.height, minimumCell)
        var cell = max(minimumCell, (area * perCell / Double(max(points.count, 1))).squareRoot())
        while (bounds.width / cell + 1) * (bounds.height / cell + 1) > Double(maximumBuckets) { cell *= 1.5 }
        self.init(points: points, tags: tags, bounds: bounds, cell: cell)
    }

    /// A grid with the given cell size.
    init(points: [Point], tags: [Int32], cell: Double) {
        let bounds = points.isEmpty ? Rect(x: 0, y: 0, width: 1, height: 1) : Rect.box(points)
        var cell = cell
        while (bounds.width / cell + 1) * (bounds.height / cell + 1) > 4_000_000 { cell *= 1.5 }
        self.init(points: points, tags: tags, bounds: bounds, cell: cell)
    }

    private init(points: [Point], tags: [Int32], bounds: Rect, cell: Double) {
        minX = bounds.minX
        minY = bounds.minY
        self.cell = cell
        columns = Int(bounds.width / cell) + 1
        rows = Int(bounds.height / cell) + 1
        var counts = [Int32](repeating: 0, count: columns * rows)
        var bucketOf = [Int32](repeating: 0, count: points.count)
        for (i, p) in points.enumerated() {
            let b = Int32(Self.bucket(p, minX: minX, minY: minY, cell: cell, columns: columns, rows: rows))
            bucketOf[i] = b
            counts[Int(b)] += 1
        }
        var starts = [Int32](repeating: 0, count: columns * rows)
        var running: Int32 = 0
        for b in 0..<counts.count {
            starts[b] = running
            running += counts[b]
        }
        var fill = starts
        var entries = [Entry](repeating: Entry(point: .zero, tag: 0), count: points.count)
        for i in 0..<points.count {
            let b = Int(bucketOf[i])
            entries[Int(fill[b])] = Entry(point: points[i], tag: tags[i])
            fill[b] += 1
        }
        bucketStart = starts
        bucketCount = counts
        self.entries = entries
    }

    private static func bucket(_ p: Point, minX: Double, minY: Double, cell: Double, columns: Int, rows: Int) -> Int {
        let cx = min(columns - 1, max(0, Int((p.x - minX) / cell)))
        let cy = min(rows - 1, max(0, Int((p.y - minY) / cell)))
        return cy * columns + cx
    }

    func column(_ x: Double) -> Int { min(columns - 1, max(0, Int((x - minX) / cell))) }
    func row(_ y: Double) -> Int { min(rows - 1, max(0, Int((y - minY) / cell))) }

    /// Calls `body` with every entry in the cells within `radius` of `p` (a superset of the entries
    /// within `radius`).
    func forEach(near p: Point, radius: Double, _ body: (Entry) -> Void) {
        let c0 = column(p.x - radius), c1 = column(p.x + radius)
        let r0 = row(p.y - radius), r1 = row(p.y + radius)
        for r in r0...r1 {
            for c in c0...c1 {
                let b = r * columns + c
                let start = Int(bucketStart[b])
                for k in start..<(start + Int(bucketCount[b])) { body(entries[k]) }
            }
        }
    }

    /// The live entries of bucket (`c`, `r`), letting `body` remove the one it is given by returning
    /// true (it is swapped out of the bucket's live range, so later scans skip it for free).
    mutating func scan(column c: Int, row r: Int, _ body: (Entry) -> Bool) {
        let b = r * columns + c
        let start = Int(bucketStart[b])
        var k = start
        var end = start + Int(bucketCount[b])
        while k < end {
            if body(entries[k]) {
                end -= 1
                entries.swapAt(k, end)
            } else {
                k += 1
            }
        }
        bucketCount[b] = Int32(end - start)
    }
}
