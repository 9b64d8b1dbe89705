import BatikGeometry
import Foundation

/// The middle line of a thin area, where a single canting stroke covers it: an approximation of
/// its medial axis from the Voronoi diagram of points sampled densely along its boundary.
///
/// The Voronoi vertices of boundary samples that fall inside the shape converge to the medial axis
/// as the sampling gets denser (J. W. Brandt and V. R. Algazi, "Continuous skeleton computation by
/// Voronoi diagram", CVGIP: Image Understanding 55(3), 1992). Each Voronoi edge separates two
/// samples; it is kept only when the boundary between them is at least `residual` long (the
/// "potential residual" of R. L. Ogniewicz and O. Kübler, "Hierarchic Voronoi skeletons", Pattern
/// Recognition 28(3), 1995), which drops the spurs that every small bump and flattening vertex
/// would otherwise grow. With the residual set to the wax line's width, a branch reaches to within
/// about half a line width of a tip, where the round end of the wax line covers the rest.
package enum MedialAxis {
    /// Boundary samples per wax line width: 8 puts the Voronoi vertices within a few hundredths of
    /// a millimetre of the axis for the widths in the canting library.
    package static let samplesPerLineWidth = 8.0

    /// Voronoi vertices farther apart than this are not joined when they describe the same point
    /// (a regular polygon's centre): mm.
    static let coincidence = 1e-9

    /// The centrelines of `polygon` for a wax line `lineWidth` wide, simplified within `tolerance`;
    /// a shape whose axis is shorter than half a line collapses to a single point (one dab).
    package static func centrelines(of polygon: Polygon, lineWidth: Double, tolerance: Double = Tolerance.shape) -> [Polyline] {
        let spacing = lineWidth / samplesPerLineWidth
        let residual = max(lineWidth, 4 * spacing)

        // Samples along every ring, with the ring and arc position of each.
        var points: [Point] = []
        var ring: [Int32] = []
        var position: [Double] = []
        var perimeters: [Double] = []
        for (r, rng) in ([polygon.exterior] + polygon.holes).enumerated() {
            var s = 0.0
            for i in 0..<rng.count {
                let p = rng[i], q = rng[(i + 1) % rng.count]
                let length = p.distance(to: q)
                let steps = max(1, Int((length / spacing).rounded(.up)))
                for k in 0..<steps {
                    let t = Double(k) / Double(steps)
                    points.append(p.lerp(to: q, t))
                    ring.append(Int32(r))
                    position.append(s + length * t)
                }
                s += length
            }
            perimeters.append(s)
        }
        // Break exact cocircularity (circles sampled evenly) with a tiny deterministic jitter.
        let jitter = spacing * 1e-4
        for i in points.indices {
            var h = UInt64(i) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            h = h &* 0xBF58_476D_1CE4_E5B9
            let ux = Double(h & 0xFFFF) / 65535 - 0.5, uy = Double((h >> 16) & 0xFFFF) / 65535 - 0.5
            points[i] = Point(points[i].x + ux * jitter, points[i].y + uy * jitter)
        }

        let triangulation = Delaunay(points: points)
        let region = Region(polygons: [polygon])
        let locator = PointLocator(region)
        let triangles = triangulation.triangles
        var inside = [Bool](repeating: false, count: triangles.count)
        for (t, tri) in triangles.enumerated() { inside[t] = locator.contains(tri.centre) }

        // Voronoi edges = Delaunay edges shared by two triangles; key each Delaunay edge.
        var firstTriangle: [UInt64: Int32] = [:]
        var adjacency = [[Int32]](repeating: [], count: triangles.count)
        func boundaryDistance(_ a: Int32, _ b: Int32) -> Double {
            let i = Int(a), j = Int(b)
            guard ring[i] == ring[j] else { return .infinity }
            let d = abs(position[i] - position[j])
            return min(d, perimeters[Int(ring[i])] - d)
        }
        for (t, tri) in triangles.enumerated() {
            for (u, v) in [(tri.a, tri.b), (tri.b, tri.c), (tri.c, tri.a)] {
                let key = UInt64(UInt32(min(u, v))) << 32 | UInt64(UInt32(max(u, v)))
                if let other = firstTriangle[key] {
                    if inside[t], inside[Int(other)], boundaryDistance(u, v) >= residual {
                        adjacency[t].append(other)
                        adjacency[Int(other)].append(Int32(t))
                    }
                } else {
                    firstTriangle[key] = Int32(t)
                }
            }
        }
        let chains = Self.chains(adjacency: adjacency, centres: triangles.map(\.centre))
        let pruned = Self.pruneSpurs(chains, adjacency: adjacency, shorterThan: lineWidth / 2)
        let lines = pruned.map {
            Polyline(Self.simplify($0.points, closed: $0.isClosed, tolerance: tolerance), isClosed: $0.isClosed)
        }
        .filter { !$0.points.isEmpty }
        let extent =
            Rect(enclosing: lines.flatMap(\.points)).map { ($0.width * $0.width + $0.height * $0.height).squareRoot() }
            ?? 0
        if lines.isEmpty || extent < lineWidth / 2 {
            return [Polyline([Self.innerPoint(of: polygon, near: lines.first?.points.first)], isClosed: false)]
        }
        return lines
    }

    struct Chain {
        var nodes: [Int32]
        var points: [Point]
        var isClosed: Bool
    }

    /// Walks the graph into chains between nodes of degree other than two, then the cycles left.
    static func chains(adjacency: [[Int32]], centres: [Point]) -> [Chain] {
        var usedEdges = Set<UInt64>()
        func key(_ a: Int32, _ b: Int32) -> UInt64 { UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b))) }
        var result: [Chain] = []
        func walk(from start: Int32, via next: Int32) -> Chain {
            var nodes = [start]
            var previous = start, current = next
            usedEdges.insert(key(start, next))
            while true {
                nodes.append(current)
                let neighbours = adjacency[Int(current)]
                if neighbours.count != 2 || current == start { break }
                let following = neighbours[0] == previous ? neighbours[1] : neighbours[0]
                if usedEdges.contains(key(current, following)) { break }
                usedEdges.insert(key(current, following))
                previous = current
                current = following
            }
            let closed = nodes.count > 2 && nodes.first == nodes.last
            if closed { nodes.removeLast() }
            return Chain(nodes: nodes, points: nodes.map { centres[Int($0)] }, isClosed: closed)
        }
        for n in adjacency.indices where !adjacency[n].isEmpty && adjacency[n].count != 2 {
            for m in adjacency[n] where !usedEdges.contains(key(Int32(n), m)) {
                result.append(walk(from: Int32(n), via: m))
            }
        }
        for n in adjacency.indices where adjacency[n].count == 2 {
            for m in adjacency[n] where !usedEdges.contains(key(Int32(n), m)) {
                result.append(walk(from: Int32(n), via: m))
            }
        }
        // Consecutive Voronoi vertices of a regular shape coincide; drop the repeats.
        return result.map { chain in
            var c = chain
            var pts: [Point] = []
            for p in chain.points where pts.last.map({ $0.distance(to: p) > coincidence }) ?? true { pts.append(p) }
            c.points = pts
            if c.isClosed, pts.count < 3 { c.isClosed = false }
            return c
        }
    }

    /// Drops branches that run from a junction to a free end and are shorter than `length`: the
    /// stubs a rectangle's corners leave.
    static func pruneSpurs(_ chains: [Chain], adjacency: [[Int32]], shorterThan length: Double) -> [Chain] {
        chains.filter { chain in
            guard !chain.isClosed, let first = chain.nodes.first, let last = chain.nodes.last else { return true }
            let d0 = adjacency[Int(first)].count, d1 = adjacency[Int(last)].count
            let isSpur = (d0 == 1 && d1 >= 3) || (d1 == 1 && d0 >= 3)
            return !isSpur || Polyline(chain.points, isClosed: false).length >= length
        }
    }

    /// Douglas–Peucker simplification (D. Douglas and T. Peucker, The Canadian Cartographer 10(2),
    /// 1973); a closed chain is split at its first point and the point farthest from it.
    package static func simplify(_ points: [Point], closed: Bool, tolerance: Double) -> [Point] {
        guard points.count > 2 else { return points }
        if closed {
            let far = points.indices.max { points[0].distance(to: points[$0]) < points[0].distance(to: points[$1]) }!
            let a = simplify(Array(points[0...far]), closed: false, tolerance: tolerance)
            let b = simplify(Array(points[far...]) + [points[0]], closed: false, tolerance: tolerance)
            return Array(a + b.dropFirst().dropLast())
        }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (i, j) = stack.popLast() {
            guard j > i + 1 else { continue }
            let a = points[i], b = points[j]
            let ab = b - a
            let len = ab.length
            var worst = -1.0, index = i
            for k in (i + 1)..<j {
                let ap = points[k] - a
                let d = len > 0 ? abs(ab.cross(ap)) / len : ap.length
                if d > worst {
                    worst = d
                    index = k
                }
            }
            if worst > tolerance {
                keep[index] = true
                stack.append((i, index))
                stack.append((index, j))
            }
        }
        return points.indices.filter { keep[$0] }.map { points[$0] }
    }

    /// A point inside the polygon for a single dab: `hint` when it is inside, else the centroid of
    /// the exterior when that is inside, else the middle of the widest span of the horizontal line
    /// through the centroid.
    static func innerPoint(of polygon: Polygon, near hint: Point?) -> Point {
        let region = Region(polygons: [polygon])
        if let hint, region.contains(hint) { return hint }
        let ring = polygon.exterior
        var cx = 0.0, cy = 0.0, a2 = 0.0
        for i in ring.indices {
            let p = ring[i], q = ring[(i + 1) % ring.count]
            let c = p.x * q.y - q.x * p.y
            a2 += c
            cx += (p.x + q.x) * c
            cy += (p.y + q.y) * c
        }
        let centroid = a2 != 0 ? Point(cx / (3 * a2), cy / (3 * a2)) : ring[0]
        if region.contains(centroid) { return centroid }
        var xs: [Double] = []
        for r in [polygon.exterior] + polygon.holes {
            for i in r.indices {
                let p = r[i], q = r[(i + 1) % r.count]
                if (p.y <= centroid.y) != (q.y <= centroid.y) {
                    xs.append(p.x + (centroid.y - p.y) / (q.y - p.y) * (q.x - p.x))
                }
            }
        }
        xs.sort()
        var best = (width: -1.0, x: ring[0].x)
        var k = 0
        while k + 1 < xs.count {
            if xs[k + 1] - xs[k] > best.width { best = (xs[k + 1] - xs[k], (xs[k] + xs[k + 1]) / 2) }
            k += 2
        }
        return best.width >= 0 ? Point(best.x, centroid.y) : ring[0]
    }
}
