import BatikGeometry

/// The order of a whole cloth of repeats, built from the order of one repeat.
///
/// A cloth is one tile many times over, so its canting order is too: the tile's strokes are ordered
/// once (`StrokeOrder`, with all its moves), and the tiles are visited row by row, left to right
/// then right to left (boustrophedon, as a plotter hatches), each row walking the tile's order
/// backwards so every row ends near where the next begins. Within a tile the travel is the tile's
/// optimised travel; between tiles it is one short hop. The cost grows linearly with the number of
/// tiles, which is what lets a kain panjang of several hundred thousand strokes plan in seconds;
/// pieces small enough for the global search (`CantingPlanOptions.tiledOrderingStrokes`) keep it.
///
/// Where the tiles are placed by plain translations along even rows (square and brick lattices),
/// a strip of several tiles side by side (`Strip`) is ordered as one instead, and the rows are
/// walked strip by strip: the seams inside a strip are optimised like the rest, and there are
/// fewer hops between orders that were planned apart.
enum TiledOrder {
    static func ordered(
        _ tileStrokes: [CantingStroke], placements: [BatikGeometry.AffineTransform], area: Rect,
        options: CantingPlanOptions, stripTiles: Int = TiledOrder.stripTiles
    ) -> [CantingStroke] {
        let tile = StrokeMerger.merge(tileStrokes, tolerance: options.mergeTolerance)
        guard let bounds = Rect(enclosing: tile.lazy.flatMap(\.points)) else { return [] }
        let forward = StrokeOrder.ordered(tile, from: Point(bounds.minX, bounds.minY), options: options)
        let backward = forward.reversed().map { $0.reversed() }

        // Rows of tiles: the tile's height apart (taller rows for lattices whose rows interleave,
        // such as half-drop, merely group two rows into one band, still visited in x order).
        let rowHeight = max(bounds.height, 1e-6)
        let anchors = placements.map { Point($0.x0, $0.y0) }
        let top = anchors.map(\.y).min() ?? 0
        let rows = Dictionary(grouping: placements.indices) { Int(((anchors[$0].y - top) / rowHeight).rounded(.down)) }
        let strip = Strip(tile: tile, placements: placements, rows: rows.values.map { $0 }, most: stripTiles, options: options)
        var result: [CantingStroke] = []
        result.reserveCapacity(tile.count * placements.count)
        for (k, row) in rows.keys.sorted().enumerated() {
            let leftToRight = k % 2 == 0
            let byX = rows[row]!.sorted { (anchors[$0].x, anchors[$0].y) < (anchors[$1].x, anchors[$1].y) }
            var chunks = strip.map { $0.chunks(of: byX) } ?? byX.map { [$0] }
            if !leftToRight { chunks.reverse() }
            for chunk in chunks {
                if let strip, chunk.count == strip.tiles {
                    result += StrokePlacement.place(
                        leftToRight ? strip.forward : strip.backward, within: strip.bounds,
                        by: [placements[chunk[0]]], clippedTo: area)
                } else {
                    for i in leftToRight ? chunk : chunk.reversed() {
                        result += StrokePlacement.place(
                            leftToRight ? forward : backward, within: bounds, by: [placements[i]], clippedTo: area)
                    }
                }
            }
        }
        return joinConsecutive(result, tolerance: options.mergeTolerance)
    }

    /// Joins each line to the next where one ends where the next begins (a continuous rail across
    /// tiles), keeping the order.
    static func joinConsecutive(_ strokes: [CantingStroke], tolerance: Double) -> [CantingStroke] {
        var result: [CantingStroke] = []
        result.reserveCapacity(strokes.count)
        for s in strokes {
            if let last = result.last, last.kind == .line, s.kind == .line, !last.isClosed, !s.isClosed,
                last.end.distance(to: s.start) <= tolerance
            {
                result[result.count - 1] = CantingStroke(
                    kind: .line, points: last.points + s.points.dropFirst(), isClosed: false, heading: last.heading)
            } else {
                result.append(s)
            }
        }
        return result
    }
}
