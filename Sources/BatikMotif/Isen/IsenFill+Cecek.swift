import BatikGeometry

/// cecek: dots on a square or hexagonal grid of pitch `spacing`, turned by `angle`, anchored at
/// the element's own origin so that every copy of a repeat gets the same dots; or one row of dots
/// along the edge of the room inside the outline (`grid: edge`).
extension IsenFill {
    func cecekMarks(_ area: IsenArea) throws(RegionError) -> [Mark] {
        if grid == .edge { return try cecekEdgeMarks(area) }
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

extension IsenFill {
    /// How far inside the room's edge the edge row runs, so that its dots lie in the room, not on
    /// its border.
    static let edgeInset = 0.01

    /// Dots along every ring of the room (its outer edge and any holes), spread evenly at about
    /// `spacing`: n = round(length / spacing) dots on a ring of that length, the first at the ring
    /// point farthest along the fill's frame turned by `angle` (a shape's tip for angle 0 on a
    /// shape lying along x), so that copies of a repeat get the same row. Where the ring turns
    /// sharply (the tip of a blade), dots that would come within a dot's width and the wax gap of
    /// one already placed are left out, as are dots too near what is drawn over the shape. Jitter
    /// moves dots along the ring.
    func cecekEdgeMarks(_ area: IsenArea) throws(RegionError) -> [Mark] {
        // The row follows the outline; what is drawn over the shape only takes dots away.
        let room = try area.inside(for: tool)
        let edge = try area.withinOutline(for: tool).inset(by: Self.edgeInset)
        let frame = gridFrame(area.placement)
        let ahead = frame.apply(Vector(1, 0))
        let reach = jitterReach(pitch: spacing, width: tool.lineWidth)
        let apart = tool.lineWidth + Self.waxGap
        var placed: [Point] = []
        var ringIndex = 0
        for polygon in edge.polygons {
            for ring in [polygon.exterior] + polygon.holes {
                defer { ringIndex += 1 }
                let start = ring.indices.max { ring[$0].vector.dot(ahead) < ring[$1].vector.dot(ahead) }!
                let points = Array(ring[start...] + ring[..<start])
                let walk = Polyline(points, isClosed: true)
                let length = walk.length
                let n = max(1, Int((length / spacing).rounded()))
                for k in 0..<n {
                    let shift = reach * jitterAmount(copy: area.placement.copy, ringIndex, k)
                    let p = walk.point(
                        atDistance: (Double(k) * length / Double(n) + shift + length).truncatingRemainder(
                            dividingBy: length))
                    if room.contains(p), placed.allSatisfy({ $0.distance(to: p) >= apart }) { placed.append(p) }
                }
            }
        }
        return placed.map { dot(at: $0, with: tool, order: area.placement.order) }
    }
}

extension Polyline {
    /// The point `distance` along the polyline from its first point (the closing segment counts
    /// for a closed one); clamped to its ends.
    func point(atDistance distance: Double) -> Point {
        var left = max(0, distance)
        for (a, b) in segments {
            let d = a.distance(to: b)
            if d > 0, left <= d { return a.lerp(to: b, left / d) }
            left -= d
        }
        return isClosed ? points[0] : points[points.count - 1]
    }
}
