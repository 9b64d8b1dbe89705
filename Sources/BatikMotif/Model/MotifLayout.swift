import BatikGeometry

/// A motif laid out over an area of cloth: the tile's marks once, and the placements that carry
/// them onto the cloth. Planning and rendering work per tile and place the result, so cost grows
/// with the number of tiles, not with geometry copied into every one.
public struct MotifLayout: Sendable {
    /// The cloth area in millimetres, origin at the cloth's top-left corner.
    public var area: Rect
    /// Marks in tile-local coordinates, sorted by draw order.
    public var tileMarks: [Mark]
    /// Tile-to-cloth transforms, each a tile whose marks meet `area`.
    public var placements: [AffineTransform]

    public init(area: Rect, tileMarks: [Mark], placements: [AffineTransform]) {
        self.area = area
        self.tileMarks = tileMarks
        self.placements = placements
    }

    /// Every mark on the cloth (tile marks × placements), in draw order: all marks of the lowest
    /// order across all tiles first, so a tile never covers its neighbour's higher marks.
    public func clothMarks() -> [Mark] {
        var result: [Mark] = []
        result.reserveCapacity(tileMarks.count * placements.count)
        var start = 0
        while start < tileMarks.count {
            let order = tileMarks[start].order
            var end = start
            while end < tileMarks.count && tileMarks[end].order == order { end += 1 }
            for t in placements {
                for m in tileMarks[start..<end] { result.append(m.transformed(by: t)) }
            }
            start = end
        }
        return result
    }
}

extension Motif {
    /// Lays the motif out over `area` (millimetres, cloth coordinates).
    public func layout(on area: Rect) -> MotifLayout {
        let bounds = tileInkBounds
        // The lattice is anchored at the centre of the area, so the pattern sits symmetrically on
        // the cloth and the cut at the left edge mirrors the cut at the right.
        let centre = area.center.vector
        let local = Rect(origin: area.origin - centre, size: area.size)
        let placements: [AffineTransform]
        switch tile.repeat {
        case .lattice(let kind, let angle):
            placements = Lattice(kind: kind, tile: tile.size, angle: angle).placements(covering: local, tileBounds: bounds)
        case .wallpaper(let group):
            placements = group.placements(tile: tile.size, covering: local)
        }
        return MotifLayout(area: area, tileMarks: tileMarks, placements: placements.map { $0.thenTranslated(by: centre) })
    }
}
