extension WallpaperGroup {
    /// Every copy of the base tile (size `tile`, tile-local coordinates centred on the origin) whose
    /// bounds meet `area`, in a deterministic order.
    public func placements(tile: Size, covering area: Rect) -> [AffineTransform] {
        // Implemented on the geometry branch (issue 2, item 3); only p1 is defined here.
        precondition(self == .p1, "wallpaper group \(rawValue) lands with the geometry branch")
        let half = Rect(x: -tile.width / 2, y: -tile.height / 2, width: tile.width, height: tile.height)
        return Lattice(kind: .rectangular, tile: tile).placements(covering: area, tileBounds: half)
    }
}
