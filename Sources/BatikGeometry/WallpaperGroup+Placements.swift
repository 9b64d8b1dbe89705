extension WallpaperGroup {
    /// Every copy of the base tile (size `tile`, tile-local coordinates centred on the origin) whose
    /// transformed bounds overlap `area` (a copy that only touches its edge adds nothing and is
    /// left out): the group's cell repeated on its lattice, row by row (lattice
    /// rows top to bottom, left to right along a row, the cell's copies in `cell(tile:)` order), so
    /// the same input always gives the same list. Empty for a tile without area.
    public func placements(tile: Size, covering area: Rect) -> [AffineTransform] {
        guard tile.width > 0, tile.height > 0, tile.width.isFinite, tile.height.isFinite else { return [] }
        let cell = cell(tile: tile)
        let lattice = lattice(tile: tile)
        let tileCorners = Rect(x: -tile.width / 2, y: -tile.height / 2, width: tile.width, height: tile.height).corners
        // How far any copy in a cell reaches from the cell's lattice point.
        let reach = cell.flatMap { t in tileCorners.map { t.apply($0).vector.length } }.max() ?? 0
        guard let (iRange, jRange) = lattice.indexRanges(covering: area.outsetBy(reach)) else { return [] }
        var result: [AffineTransform] = []
        for j in jRange {
            for i in iRange {
                let offset = lattice.a * Double(i) + lattice.b * Double(j)
                for copy in cell {
                    let t = copy.thenTranslated(by: offset)
                    if Rect(enclosing: tileCorners.map(t.apply))!.overlaps(area) { result.append(t) }
                }
            }
        }
        return result
    }

    /// The smallest axis-aligned rectangle that repeats the pattern (what a renderer can tile as an
    /// image): the lattice's horizontal period by its vertical one.
    public func cellSize(tile: Size) -> Size {
        let lattice = lattice(tile: tile)
        // Every lattice here has a horizontal first vector; the second is either vertical or sits
        // halfway along the first, in which case two rows make the vertical period.
        let halfway = abs(lattice.b.dx) > abs(lattice.a.dx) * 1e-9
        return Size(lattice.a.dx, halfway ? 2 * lattice.b.dy : lattice.b.dy)
    }
}
