import BatikGeometry

extension TiledOrder {
    /// Strokes in one strip: enough tiles side by side that the seams between them are ordered by
    /// the search, few enough that the search stays quick.
    static let stripStrokes = 1500
    /// Most tiles in one strip.
    static let stripTiles = 8

    /// Several tiles side by side, one row step apart, ordered as one.
    struct Strip {
        let tiles: Int
        let bounds: Rect
        let forward: [CantingStroke]
        let backward: [CantingStroke]

        /// Nil when a strip would hold one tile, or when the placements are not plain translations
        /// with one step along every row (rotated or mirrored copies, uneven rows).
        init?(
            tile: [CantingStroke], placements: [BatikGeometry.AffineTransform], rows: [[Int]], most: Int,
            options: CantingPlanOptions
        ) {
            let tiles = min(most, TiledOrder.stripStrokes / max(tile.count, 1))
            guard tiles >= 2,
                placements.allSatisfy({ $0.xx == 1 && $0.yy == 1 && $0.xy == 0 && $0.yx == 0 })
            else { return nil }
            // The step: the gap between neighbours along a row, the same everywhere.
            var step: Double?
            for row in rows {
                let xs = row.map { placements[$0].x0 }.sorted()
                for (a, b) in zip(xs, xs.dropFirst()) {
                    let gap = b - a
                    if step == nil { step = gap }
                    guard let s = step, abs(gap - s) <= 1e-6 * max(1, abs(s)), gap > 0 else { return nil }
                }
            }
            guard let step else { return nil }
            let strokes = (0..<tiles).flatMap { j in
                tile.map { $0.transformed(by: .translation(x: step * Double(j), y: 0)) }
            }
            let merged = StrokeMerger.merge(strokes, tolerance: options.mergeTolerance)
            guard let bounds = Rect(enclosing: merged.lazy.flatMap(\.points)) else { return nil }
            self.tiles = tiles
            self.bounds = bounds
            forward = StrokeOrder.ordered(merged, from: Point(bounds.minX, bounds.minY), options: options)
            backward = forward.reversed().map { $0.reversed() }
        }

        /// The row's placements (sorted by x) cut into runs of `tiles` from the left; the last run
        /// of a row may be shorter, and is then drawn tile by tile.
        func chunks(of row: [Int]) -> [[Int]] {
            stride(from: 0, to: row.count, by: tiles).map { Array(row[$0..<min($0 + tiles, row.count)]) }
        }
    }
}
