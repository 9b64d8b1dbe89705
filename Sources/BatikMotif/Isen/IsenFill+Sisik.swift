import BatikGeometry
import Foundation

/// sisik (fish scales): rows of open semicircular arcs of radius `size`, hanging like roof tiles
/// (the round side down in the fill's frame, turned by `angle`). Arcs in a row touch end to end;
/// rows are `size` apart and each is shifted by half an arc, so the bottom of every arc meets the
/// ends of the two below it. Arcs are clipped to the room inside the outline.
///
/// gringsing adds a dot in every scale, drawn with `dotTool`. A scale is the cell between an arc
/// and the two arcs above it; on the arc's axis, a point `u` below the arc's centre is `r − u`
/// from the arc and `√(r² + (u + r)²) − r` from the arcs above, which are equal at `u = r/3`:
/// the dot sits there, `2r/3` from every side of its scale.
extension IsenFill {
    func sisikMarks(_ area: IsenArea, dots: Bool) throws(RegionError) -> [Mark] {
        guard size > 0 else { return [] }
        let room = try area.inside(for: tool)
        let frame = gridFrame(area.placement)
        let r = size, reach = jitterReach(pitch: size, width: tool.lineWidth)
        // Chords within the flattening tolerance of the arc: a chord of angle θ is r(1 − cos θ/2) from it.
        let steps = max(8, Int((Double.pi / (2 * acos(max(-1, 1 - Tolerance.flattening / r)))).rounded(.up)))
        // Grid points at pitch r on a square grid: column i and row j carry an arc when i + j is
        // even, so arcs in a row are 2r apart and neighbouring rows are shifted by r.
        var arcs: [Polyline] = []
        var dotPlaces: [Point] = []
        for (i, j, p) in gridPoints(covering: room, frame: frame, spacing: r, grid: .square, margin: 2 * r + reach)
        where (i + j) & 1 == 0 {
            let centre = p + jitterOffset(reach: reach, copy: area.placement.copy, i, j)
            let points = (0...steps).map { k in
                let t = Double.pi * Double(k) / Double(steps)
                return frame.apply(centre + Vector(r * cos(t), r * sin(t)))
            }
            arcs.append(Polyline(points, isClosed: false))
            if dots { dotPlaces.append(frame.apply(centre + Vector(0, r / 3))) }
        }
        let order = area.placement.order
        var marks = try room.clip(arcs).joined()
            .filter { Self.isLine($0, drawnWith: tool) }
            .map { line($0.path, with: tool, order: order) }
        if dots {
            let dotRoom = try area.inside(for: dotTool)
            marks += dotPlaces.filter(dotRoom.contains).map { dot(at: $0, with: dotTool, order: order) }
        }
        return marks
    }
}
