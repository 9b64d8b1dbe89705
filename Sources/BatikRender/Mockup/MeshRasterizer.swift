/// Draws a draped piece's triangles into the canvas, seam-free.
///
/// Why by hand and not with Cairo: Cairo can texture a triangle (a surface pattern with a
/// per-triangle matrix, clipped to the triangle), but antialiased triangles leave faint seams
/// where two meet (each edge pixel is composited twice at partial coverage) and unantialiased
/// ones still leave one-pixel cracks or doubles where Cairo's edge rounding and its clip disagree,
/// and each triangle costs a clip and a pattern set-up. Here every triangle is scan-converted with
/// integer edge functions in 1/256-pixel fixed point and the top-left fill rule, so the pixel
/// centres of a mesh are partitioned exactly: each pixel belongs to one triangle, never none, never
/// two. The swatch is sampled bilinearly at the cloth position interpolated from the vertices (an
/// affine map per triangle), shaded and composited once with the piece's antialiased mask coverage
/// (drawn by Cairo), so the only soft edge is the silhouette.
struct MeshRasterizer {
    /// Fixed-point subpixel steps per pixel.
    static let subpixels: Int64 = 256

    /// Vertices of the grid: pixel position, swatch pixel position, shade.
    struct Vertex {
        var x: Int64
        var y: Int64
        var u: Double
        var v: Double
        var shade: Double
    }

    var swatch: PreparedSwatch
    /// Shade multiplier from the overall light: light0 + lightX·x + lightY·y (x, y in pixels).
    var light0: Double
    var lightX: Double
    var lightY: Double

    /// Fills triangle (a, b, c) of a mesh.
    /// - Parameters:
    ///   - canvas: opaque ARGB32 pixels (`stride` in pixels).
    ///   - coverage: the mask's coverage, `maskWidth × maskHeight` bytes at (`maskX`, `maskY`).
    func fill(
        _ a: Vertex, _ b0: Vertex, _ c0: Vertex, canvas: UnsafeMutablePointer<UInt32>, stride: Int,
        coverage: UnsafePointer<UInt8>, maskX: Int, maskY: Int, maskWidth: Int, maskHeight: Int
    ) {
        var b = b0
        var c = c0
        var area = Self.edge(a.x, a.y, b.x, b.y, c.x, c.y)
        if area == 0 { return }
        if area < 0 {
            swap(&b, &c)
            area = -area
        }
        let n = Self.subpixels
        // Pixel bounds of the triangle, inside the mask.
        let minX = max(Int(Self.floorDiv(min(a.x, b.x, c.x), n)), maskX)
        let maxX = min(Int(Self.floorDiv(max(a.x, b.x, c.x), n)), maskX + maskWidth - 1)
        let minY = max(Int(Self.floorDiv(min(a.y, b.y, c.y), n)), maskY)
        let maxY = min(Int(Self.floorDiv(max(a.y, b.y, c.y), n)), maskY + maskHeight - 1)
        if minX > maxX || minY > maxY { return }

        // Top-left rule: a pixel centre exactly on an edge belongs to the triangle for which that
        // edge is a "top" or "left" edge; the neighbour across it sees the edge reversed and
        // leaves the pixel alone.
        let bias0: Int64 = Self.isTopLeft(b, c) ? 0 : -1
        let bias1: Int64 = Self.isTopLeft(c, a) ? 0 : -1
        let bias2: Int64 = Self.isTopLeft(a, b) ? 0 : -1
        let inverseArea = 1 / Double(area)
        let half = n / 2

        for y in minY...maxY {
            let py = Int64(y) * n + half
            let px0 = Int64(minX) * n + half
            var w0 = Self.edge(b.x, b.y, c.x, c.y, px0, py)
            var w1 = Self.edge(c.x, c.y, a.x, a.y, px0, py)
            var w2 = Self.edge(a.x, a.y, b.x, b.y, px0, py)
            // Stepping x by one pixel changes edge (p, q) by -(q.y - p.y)·n.
            let step0 = -(c.y - b.y) * n
            let step1 = -(a.y - c.y) * n
            let step2 = -(b.y - a.y) * n
            let row = canvas + y * stride
            let maskRow = coverage + (y - maskY) * maskWidth - maskX
            for x in minX...maxX {
                if w0 + bias0 >= 0 && w1 + bias1 >= 0 && w2 + bias2 >= 0 {
                    let cover = Int(maskRow[x])
                    if cover > 0 {
                        let l0 = Double(w0) * inverseArea
                        let l1 = Double(w1) * inverseArea
                        let l2 = 1 - l0 - l1
                        let u = l0 * a.u + l1 * b.u + l2 * c.u
                        let v = l0 * a.v + l1 * b.v + l2 * c.v
                        let shade = (l0 * a.shade + l1 * b.shade + l2 * c.shade)
                            * (light0 + lightX * Double(x) + lightY * Double(y))
                        let colour = swatch.sample(u, v)
                        row[x] = Self.composite(
                            row[x], Self.shaded(colour.0, shade), Self.shaded(colour.1, shade),
                            Self.shaded(colour.2, shade), cover: cover)
                    }
                }
                w0 += step0
                w1 += step1
                w2 += step2
            }
        }
    }

    /// Twice the signed area of (a, b, p): positive when p is to the right of a → b in y-down space.
    @inline(__always)
    static func edge(_ ax: Int64, _ ay: Int64, _ bx: Int64, _ by: Int64, _ px: Int64, _ py: Int64) -> Int64 {
        (bx - ax) * (py - ay) - (by - ay) * (px - ax)
    }

    @inline(__always)
    static func isTopLeft(_ p: Vertex, _ q: Vertex) -> Bool {
        let dy = q.y - p.y
        return dy < 0 || (dy == 0 && q.x > p.x)
    }

    static func floorDiv(_ a: Int64, _ n: Int64) -> Int64 {
        a >= 0 ? a / n : -((-a + n - 1) / n)
    }

    /// A channel (0…255) under a shade: below 1 it multiplies (shadow), above 1 it screens toward
    /// white (highlight), so highlights never clip colours to a flat white.
    @inline(__always)
    static func shaded(_ c: Double, _ s: Double) -> Double {
        s <= 1 ? c * max(s, 0) : c + (255 - c) * min(s - 1, 1)
    }

    /// `r, g, b` (0…255) over the opaque pixel `under` with coverage `cover` (1…255).
    @inline(__always)
    static func composite(_ under: UInt32, _ r: Double, _ g: Double, _ b: Double, cover: Int) -> UInt32 {
        let ri = Int(min(max(r, 0), 255) + 0.5)
        let gi = Int(min(max(g, 0), 255) + 0.5)
        let bi = Int(min(max(b, 0), 255) + 0.5)
        if cover >= 255 { return 0xFF00_0000 | UInt32(ri) << 16 | UInt32(gi) << 8 | UInt32(bi) }
        let k = 255 - cover
        let ur = Int(under >> 16 & 0xFF), ug = Int(under >> 8 & 0xFF), ub = Int(under & 0xFF)
        let outR = (ri * cover + ur * k + 127) / 255
        let outG = (gi * cover + ug * k + 127) / 255
        let outB = (bi * cover + ub * k + 127) / 255
        return 0xFF00_0000 | UInt32(outR) << 16 | UInt32(outG) << 8 | UInt32(outB)
    }
}
