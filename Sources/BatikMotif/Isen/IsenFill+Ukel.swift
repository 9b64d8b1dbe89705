import BatikGeometry

/// ukel: small curls (Archimedean spirals of radius `size` and `turns` turns, as the `spiral`
/// shape draws them) on a square or hexagonal grid of pitch `spacing`. A curl is drawn whole or
/// not at all: a curl cut by the outline is no curl. Jitter moves each curl and turns it by up to
/// `jitter × 180°`.
extension IsenFill {
    func ukelMarks(_ area: IsenArea) throws(RegionError) -> [Mark] {
        guard size > 0, turns > 0 else { return [] }
        let room = try area.inside(for: tool)
        let frame = gridFrame(area.placement)
        let curl = BezierPath.spiral(outerRadius: size, turns: turns)
        let reach = jitterReach(pitch: spacing, width: 2 * size + tool.lineWidth)
        var placed: [BezierPath] = []
        for (i, j, p) in gridPoints(covering: room, frame: frame, spacing: spacing, grid: grid, margin: reach + size) {
            let turn = Angle.degrees(180 * jitter * jitterAmount(copy: area.placement.copy, i, j, 1))
            let offset = jitterOffset(reach: reach, copy: area.placement.copy, i, j)
            let t = AffineTransform.rotation(turn).then(.translation(p.vector)).then(frame).then(.translation(offset))
            placed.append(curl.transformed(by: t))
        }
        let lines = placed.map { $0.flattened(tolerance: Tolerance.flattening).first! }
        let clipped = try room.clip(lines)
        var marks: [Mark] = []
        for (k, pieces) in clipped.enumerated() {
            // Whole: one piece as long as the curl (GEOS may add or drop a vertex, not length).
            guard pieces.count == 1, pieces[0].length >= lines[k].length * (1 - 1e-9) else { continue }
            marks.append(line(placed[k], with: tool, order: area.placement.order))
        }
        return marks
    }
}
