import BatikGeometry

/// A Delaunay triangulation of a point set, by the Bowyer–Watson algorithm (A. Bowyer, "Computing
/// Dirichlet tessellations", and D. F. Watson, "Computing the n-dimensional Delaunay tessellation…",
/// both The Computer Journal 24(2), 1981), inserting points in order of x and retiring triangles
/// whose circumcircle lies wholly to the left of the sweep (P. Bourke's "Triangulate", 1989), which
/// makes it about O(n^1.5) on boundary samples.
///
/// Used for the medial axis of thin areas (`MedialAxis`), with a few hundred to a few thousand
/// points. Callers break exact cocircularity (regular samples on a circle) with a tiny jitter.
struct Delaunay {
    struct Triangle {
        var a: Int32
        var b: Int32
        var c: Int32
        var centre: Point
        var radiusSquared: Double
    }

    /// Triangles over indices into the input points.
    private(set) var triangles: [Triangle] = []

    init(points: [Point]) {
        let n = points.count
        guard n >= 3, let bounds = Rect(enclosing: points) else { return }
        // A super-triangle far outside every point; triangles touching it are dropped at the end.
        let span = max(bounds.width, bounds.height, 1) * 20
        let c = bounds.center
        var all = points
        all.append(Point(c.x - span, c.y - span))
        all.append(Point(c.x + span, c.y - span))
        all.append(Point(c.x, c.y + span))
        let order = (0..<n).sorted {
            points[$0].x != points[$1].x ? points[$0].x < points[$1].x : points[$0].y < points[$1].y
        }

        var open: [Triangle] = [Self.triangle(Int32(n), Int32(n + 1), Int32(n + 2), all)]
        var done: [Triangle] = []
        var edges: [(Int32, Int32)] = []
        for index in order {
            let p = all[index]
            edges.removeAll(keepingCapacity: true)
            var k = 0
            while k < open.count {
                let t = open[k]
                let dx = p.x - t.centre.x
                // Sorted by x: once the sweep has passed a circumcircle, no later point is inside it.
                if dx > 0, dx * dx > t.radiusSquared {
                    done.append(t)
                    open.swapAt(k, open.count - 1)
                    open.removeLast()
                    continue
                }
                let dy = p.y - t.centre.y
                if dx * dx + dy * dy < t.radiusSquared {
                    edges.append((t.a, t.b))
                    edges.append((t.b, t.c))
                    edges.append((t.c, t.a))
                    open.swapAt(k, open.count - 1)
                    open.removeLast()
                    continue
                }
                k += 1
            }
            // The cavity's boundary: edges of removed triangles that only one of them had.
            var keep = [Bool](repeating: true, count: edges.count)
            for i in 0..<edges.count where keep[i] {
                for j in (i + 1)..<edges.count where keep[j] {
                    if (edges[i].0 == edges[j].1 && edges[i].1 == edges[j].0)
                        || (edges[i].0 == edges[j].0 && edges[i].1 == edges[j].1)
                    {
                        keep[i] = false
                        keep[j] = false
                        break
                    }
                }
            }
            for i in 0..<edges.count where keep[i] {
                open.append(Self.triangle(edges[i].0, edges[i].1, Int32(index), all))
            }
        }
        done.append(contentsOf: open)
        triangles = done.filter { $0.a < n && $0.b < n && $0.c < n }
    }

    private static func triangle(_ a: Int32, _ b: Int32, _ c: Int32, _ points: [Point]) -> Triangle {
        let pa = points[Int(a)], pb = points[Int(b)], pc = points[Int(c)]
        let bx = pb.x - pa.x, by = pb.y - pa.y, cx = pc.x - pa.x, cy = pc.y - pa.y
        let d = 2 * (bx * cy - by * cx)
        if abs(d) < 1e-300 {
            // Collinear: an infinitely large circle; keep it open until the end.
            return Triangle(a: a, b: b, c: c, centre: Point(pa.x, pa.y), radiusSquared: .infinity)
        }
        let b2 = bx * bx + by * by, c2 = cx * cx + cy * cy
        let ux = (cy * b2 - by * c2) / d, uy = (bx * c2 - cx * b2) / d
        return Triangle(a: a, b: b, c: c, centre: Point(pa.x + ux, pa.y + uy), radiusSquared: ux * ux + uy * uy)
    }
}
