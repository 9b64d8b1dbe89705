import BatikGeometry

/// Point-in-region tests for many points against one region: every ring's box is computed once,
/// so a point is tested only against the rings whose boxes hold it (a region of ground with a
/// thousand cecek holes would otherwise cost a thousand rings per point).
struct PointLocator {
    private struct Ring {
        let points: [Point]
        let box: Rect
    }

    private let rings: [Ring]

    init(_ region: Region) {
        rings = region.polygons.flatMap { [$0.exterior] + $0.holes }.compactMap { ring in
            Rect(enclosing: ring).map { Ring(points: ring, box: $0) }
        }
    }

    /// Whether `p` lies inside the region (even-odd over all rings, as `Region.contains`).
    func contains(_ p: Point) -> Bool {
        var crossings = 0
        for ring in rings
        where ring.box.contains(p) || (p.y >= ring.box.minY && p.y <= ring.box.maxY && p.x < ring.box.minX) {
            var previous = ring.points[ring.points.count - 1]
            for q in ring.points {
                if (previous.y <= p.y) != (q.y <= p.y) {
                    let x = previous.x + (p.y - previous.y) / (q.y - previous.y) * (q.x - previous.x)
                    if x > p.x { crossings += 1 }
                }
                previous = q
            }
        }
        return crossings % 2 == 1
    }
}
