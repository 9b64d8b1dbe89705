extension CairoContext {
    /// Draws one prepared mark: its fill, then its outline at the canting's true width. Shared by
    /// the preview and the stage layers so a mark looks the same in both.
    func draw(_ mark: TileArt.PreparedMark) {
        newPath()
        append(mark.path)
        if let fill = mark.fill {
            setSource(fill)
            if mark.outline == nil { self.fill() } else { fillPreservingPath() }
        }
        if let outline = mark.outline {
            setSource(outline.colour)
            setLineWidth(outline.width)
            stroke()
        }
    }
}
