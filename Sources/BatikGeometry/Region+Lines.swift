internal import CGEOS

/// Cutting lines with a region: which parts of a canting line lie inside an area (through `clip`,
/// Region+Clipping.swift), and which lie outside it (GEOS's difference of a LineString with the
/// nearby polygons, then `GEOSLineMerge_r` so a closed line cut once comes back as one piece).
extension Region {
    /// The parts of `lines` inside the region (on its boundary counts as inside), each input
    /// polyline cut on its own so pieces of different lines are never joined.
    public func clipping(_ lines: [Polyline]) throws(RegionError) -> [Polyline] {
        try clip(lines).flatMap { $0 }
    }

    /// The parts of `lines` outside the region.
    public func cutting(_ lines: [Polyline]) throws(RegionError) -> [Polyline] {
        try cut(lines)
    }

    private func cut(_ lines: [Polyline]) throws(RegionError) -> [Polyline] {
        let boxes = polygons.map { Rect(enclosing: $0.exterior) }
        var result: [Polyline] = []
        var context: GEOSContext?
        for line in lines where line.points.count >= 2 {
            guard let lineBox = Rect(enclosing: line.points) else { continue }
            // Only the polygons whose boxes meet the line's box can cut it.
            let near = polygons.indices.filter { boxes[$0].map { $0.intersects(lineBox) } ?? false }
            if near.isEmpty {
                result.append(line)
                continue
            }
            if context == nil { context = try GEOSContext() }
            let c = context!
            let g = try c.lineOrPoint(line)
            let area = try c.multiPolygon(near.map { polygons[$0] })
            let pieces = try c.own(GEOSDifference_r(c.handle, g.pointer, area.pointer), "cut a line with a region")
            let merged = try c.own(GEOSLineMerge_r(c.handle, pieces.pointer), "join the pieces of a line")
            result += try c.polylines(in: merged.pointer)
        }
        return result
    }
}
