import BatikGeometry

/// galaran: parallel lines `spacing` apart, slanting at `angle` (45° by default) in the element's
/// frame, clipped to the room inside the outline. crosshatch draws two sets (`set` 0 and 1, each
/// with its own jitter), at `angle` and at `angle + 90°`.
extension IsenFill {
    func galaranMarks(_ area: IsenArea, angle: Angle, set: Int = 0) throws(RegionError) -> [Mark] {
        let room = try area.inside(for: tool)
        let frame = gridFrame(area.placement, angle: angle)
        guard spacing > 0, let box = Self.bounds(of: room, in: frame) else { return [] }
        let reach = jitterReach(pitch: spacing, width: tool.lineWidth)
        // Each line is a chord across the room's box in the lines' own frame (x along the lines).
        let first = Int(((box.minY - reach) / spacing).rounded(.down))
        let last = Int(((box.maxY + reach) / spacing).rounded(.up))
        let chords = (first...last).map { k in
            let y = Double(k) * spacing + reach * jitterAmount(copy: area.placement.copy, set, k)
            return Polyline(
                [frame.apply(Point(box.minX - 1, y)), frame.apply(Point(box.maxX + 1, y))], isClosed: false)
        }
        return try room.clip(chords).joined()
            .filter { Self.isLine($0, drawnWith: tool) }
            .map { line($0.path, with: tool, order: area.placement.order) }
    }
}
