import BatikGeometry

/// A third lower bound on pen-up travel, from the two jumps at every stroke.
///
/// **Why it is a bound.** Every stroke in the middle of an order is entered by one jump and left by
/// another, and the two jumps come from and go to two *different* strokes (each is visited once).
/// A loop is left where it was entered; a line is entered at one end and left at the other; a dab
/// is entered and left at its point. So for a middle stroke v the two jumps together are at least
///
///     g(v) = min over the ways to draw v of  d(entry, nearest stroke) + d(exit, nearest other stroke),
///
/// with "other" meaning a stroke different from the first one. Summing both jumps over all strokes
/// counts each jump twice, and the first and last strokes have one jump each, so any order travels
/// at least ½ (Σ g(v) − the two largest g(v)).
///
/// **Why it exists.** The MST and nearest-entry bounds let a stroke be entered from one neighbour
/// and left towards the same neighbour for free. Outlines that touch their neighbours at a point
/// (kawung petals, parang blades) then look almost free to visit, though the pen must come back to
/// where it entered a loop before it jumps on: this bound charges for it. On a regular grid of
/// dabs or of parallel hatch lines it equals the MST. Like `nearestEntry` it visits each point's
/// neighbourhood in a uniform grid once, O(points), so it is cheap on a whole cloth.
extension TravelBound {
    /// ½ (Σ g(v) − the two largest g(v)) (see the notes above). Never exact.
    public static func twoNeighbours(_ strokes: [CantingStroke]) -> TravelBound {
        let n = strokes.count
        guard n > 2 else { return TravelBound(length: 0, isExact: n < 2) }
        var points: [Point] = []
        var tags: [Int32] = []
        var firstPoint: [Int] = []
        firstPoint.reserveCapacity(n + 1)
        for (index, st) in strokes.enumerated() {
            firstPoint.append(points.count)
            let p = st.isClosed ? st.points : (st.points.count > 1 ? [st.start, st.end] : [st.start])
            points.append(contentsOf: p)
            tags.append(contentsOf: repeatElement(Int32(index), count: p.count))
        }
        firstPoint.append(points.count)
        let grid = PointGrid(points: points, tags: tags)
        var costs: [Double] = []
        costs.reserveCapacity(n)
        for v in 0..<n {
            let range = firstPoint[v]..<firstPoint[v + 1]
            let nearest = range.map { nearestTwo(to: points[$0], apartFrom: Int32(v), in: grid) }
            if strokes[v].isClosed || nearest.count == 1 {
                // Left where it was entered: both jumps meet at the same point.
                costs.append(nearest.map { $0.first.distance + $0.second.distance }.min() ?? 0)
            } else {
                // Entered at one end, left at the other, towards two different strokes.
                let a = nearest[0], b = nearest[1]
                costs.append(
                    a.first.stroke != b.first.stroke
                        ? a.first.distance + b.first.distance
                        : min(a.first.distance + b.second.distance, a.second.distance + b.first.distance))
            }
        }
        costs.sort()
        let total = costs.dropLast(2).reduce(0, +) / 2
        return TravelBound(length: total, isExact: false)
    }

    /// A stroke and how far it is from a point.
    struct Neighbour {
        var stroke: Int32
        var distance: Double
    }

    /// The nearest stroke to `p` other than `own`, and the nearest one other than `own` and that
    /// (the grid holds at least three strokes).
    static func nearestTwo(to p: Point, apartFrom own: Int32, in grid: PointGrid) -> (first: Neighbour, second: Neighbour) {
        var radius = grid.cell
        while true {
            var first = Neighbour(stroke: -1, distance: .infinity)
            var second = Neighbour(stroke: -1, distance: .infinity)
            grid.forEach(near: p, radius: radius) { e in
                guard e.tag != own else { return }
                let d = p.gapSquared(e.point)
                if e.tag == first.stroke {
                    if d < first.distance { first.distance = d }
                } else if d < first.distance {
                    second = first
                    first = Neighbour(stroke: e.tag, distance: d)
                } else if d < second.distance {
                    second = Neighbour(stroke: e.tag, distance: d)
                }
            }
            // Hits within `radius` are the nearest; ones beyond it may not be, so widen.
            if second.distance <= radius * radius {
                first.distance = first.distance.squareRoot()
                second.distance = second.distance.squareRoot()
                return (first, second)
            }
            radius *= 2
        }
    }
}
