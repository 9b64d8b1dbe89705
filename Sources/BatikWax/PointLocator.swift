import BatikGeometry

/// Point-in-region tests for many points against one region: the rings' edges are sorted once
/// into horizontal bands about one edge high, so a point is tested only against the edges of its
/// band (about as many as a horizontal line through it crosses). A ground with
/// a thousand cecek holes, or one traced line network with tens of thousands of vertices (the
/// medial axis tests every Delaunay triangle), would otherwise cost every edge per point.
struct PointLocator {
    /// An edge from (x0, y0) to (x1, y1).
    private struct Edge {
        var x0, y0, x1, y1: Double
    }

    /// Bands at most: 256 kB of empty arrays for a region the size of a whole cloth.
    static let maximumBands = 1 << 15

    private let minY: Double
    private let bandHeight: Double
    private let bands: [[Edge]]

    init(_ region: Region) {
        var edges: [Edge] = []
        for polygon in region.polygons {
            for ring in [polygon.exterior] + polygon.holes where ring.count >= 2 {
                var previous = ring[ring.count - 1]
                for p in ring {
                    // A horizontal edge is never crossed by the test's horizontal ray.
                    if previous.y != p.y { edges.append(Edge(x0: previous.x, y0: previous.y, x1: p.x, y1: p.y)) }
                    previous = p
                }
            }
        }
        let low = edges.map { min($0.y0, $0.y1) }.min() ?? 0
        let high = edges.map { max($0.y0, $0.y1) }.max() ?? 0
        // Bands about as high as an edge: a band then holds little more than the edges a
        // horizontal line crosses, and each edge is stored about twice.
        let meanRise = edges.isEmpty ? 1 : edges.reduce(0) { $0 + abs($1.y1 - $1.y0) } / Double(edges.count)
        let count = max(1, min(Self.maximumBands, Int(((high - low) / max(meanRise, 1e-9)).rounded(.up))))
        let height = high > low ? (high - low) / Double(count) : 1
        var bands = [[Edge]](repeating: [], count: count)
        for e in edges {
            let first = max(0, min(count - 1, Int((min(e.y0, e.y1) - low) / height)))
            let last = max(0, min(count - 1, Int((max(e.y0, e.y1) - low) / height)))
            for b in first...last { bands[b].append(e) }
        }
        self.minY = low
        self.bandHeight = height
        self.bands = bands
    }

    /// Whether `p` lies inside the region (even-odd over all rings, as `Region.contains`).
    func contains(_ p: Point) -> Bool {
        guard !bands.isEmpty, p.y >= minY else { return false }
        let b = Int((p.y - minY) / bandHeight)
        guard b < bands.count else { return false }
        var crossings = 0
        for e in bands[b] where (e.y0 <= p.y) != (e.y1 <= p.y) {
            let x = e.x0 + (p.y - e.y0) / (e.y1 - e.y0) * (e.x1 - e.x0)
            if x > p.x { crossings += 1 }
        }
        return crossings % 2 == 1
    }
}
