import BatikGeometry

/// cecek pitu ("seven dots"): clusters of a centre dot and six around it at `size`, on a
/// hexagonal grid of pitch `spacing` turned by `angle`. A cluster is drawn whole or not at all:
/// a cluster cut by the outline no longer reads as seven.
extension IsenFill {
    func cecekPituMarks(_ area: IsenArea) throws(RegionError) -> [Mark] {
        let room = try area.inside(for: tool)
        let frame = gridFrame(area.placement)
        let ring = (0..<6).map { k in frame.apply(Vector(angle: .degrees(60 * Double(k) - 90), length: size)) }
        let reach = jitterReach(pitch: spacing, width: 2 * size + tool.lineWidth)
        var marks: [Mark] = []
        for (i, j, p) in gridPoints(covering: room, frame: frame, spacing: spacing, grid: .hex, margin: reach + size) {
            let centre = frame.apply(p) + jitterOffset(reach: reach, copy: area.placement.copy, i, j)
            let cluster = [centre] + ring.map { centre + $0 }
            guard cluster.allSatisfy(room.contains) else { continue }
            marks += cluster.map { dot(at: $0, with: tool, order: area.placement.order) }
        }
        return marks
    }
}
