import BatikGeometry

/// cecek: dots on a square or hexagonal grid of pitch `spacing`, turned by `angle`, anchored at
/// the element's own origin so that every copy of a repeat gets the same dots.
extension IsenFill {
    func cecekMarks(_ area: IsenArea) throws(RegionError) -> [Mark] {
        let room = try area.inside(for: tool)
        let frame = gridFrame(area.placement)
        let reach = jitterReach(pitch: spacing, width: tool.lineWidth)
        var marks: [Mark] = []
        for (i, j, p) in gridPoints(covering: room, frame: frame, spacing: spacing, grid: grid, margin: reach) {
            let q = frame.apply(p) + jitterOffset(reach: reach, copy: area.placement.copy, i, j)
            if room.contains(q) { marks.append(dot(at: q, with: tool, order: area.placement.order)) }
        }
        return marks
    }
}
