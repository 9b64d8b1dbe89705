/// The pattern of remukan veins: how much of a pixel a crack covers, from 0 to 1.
///
/// Cracks in a sheet of brittle wax form a network of roughly polygonal plates a few millimetres
/// across, with finer cracks branching inside some plates where the cloth was crumpled harder. The
/// edges of a jittered Voronoi diagram (Worley, "A cellular texture basis function", SIGGRAPH
/// 1996) give exactly such a network; the domain is warped by smooth noise so the veins wander
/// rather than run straight, and their strength varies along them so some cracks fade out, as
/// half-open cracks do. A second, finer network appears only where a low-frequency noise says the
/// wax was crumpled more, which reads as branching.
///
/// Veins are drawn with their true width and box-filtered over the pixel, so a vein thinner than a
/// pixel becomes fainter instead of breaking up into dots (no aliasing at low DPI).
struct CrackleVeins {
    /// Mean size of the wax plates between cracks, millimetres.
    let spacing: Double
    /// Width of a vein on the cloth, millimetres.
    let veinWidth: Double
    /// Pixels per millimetre.
    let scale: Double
    let noise: LookNoise
    let stream: UInt64

    /// Fraction of the finer network's cell size to the main one.
    static let branchScale = 0.38

    /// The vein coverage at (x, y) millimetres on the cloth, 0…1.
    @inline(__always)
    func coverage(_ x: Double, _ y: Double) -> Double {
        // Warp: cracks meander over about a plate's width.
        let wx = x + 0.22 * spacing * noise(x / (spacing * 0.9) + 71.3, y / (spacing * 0.9) + 12.9)
        let wy = y + 0.22 * spacing * noise(x / (spacing * 0.9) + 5.1, y / (spacing * 0.9) + 143.7)
        // Open cracks here and there, faint or closed elsewhere.
        let open = min(max(0.55 + 1.1 * noise(x / (spacing * 0.8) + 201.5, y / (spacing * 0.8) + 33.3), 0), 1)
        var c = 0.0
        if open > 0.02 {
            let d = Self.edgeDistance(wx / spacing, wy / spacing, stream) * spacing
            c = open * pixelCover(distance: d, width: veinWidth)
        }
        // Branches where the cloth was crumpled harder.
        let crumple = noise(x / (spacing * 2.5) + 97.7, y / (spacing * 2.5) + 61.1)
        if crumple > 0.08 {
            let fine = spacing * Self.branchScale
            let d = Self.edgeDistance(wx / fine, wy / fine, stream &+ 1) * fine
            let strength = min((crumple - 0.08) * 3, 0.8) * open
            c = max(c, strength * pixelCover(distance: d, width: veinWidth * 0.75))
        }
        return c
    }

    /// The part of a pixel covered by a line `width` wide whose centre is `distance` mm away: a box
    /// filter one pixel wide.
    @inline(__always)
    private func pixelCover(distance: Double, width: Double) -> Double {
        let half = width * scale / 2
        let d = distance * scale
        return min(max(half + 0.5 - d, 0), min(1, 2 * half))
    }

    /// Distance from (x, y), in cell units, to the nearest edge of the Voronoi diagram of one
    /// jittered point per unit cell: the distance to the bisector of the two nearest points.
    @inline(__always)
    static func edgeDistance(_ x: Double, _ y: Double, _ stream: UInt64) -> Double {
        let ci = Int(x.rounded(.down))
        let cj = Int(y.rounded(.down))
        var d1 = Double.infinity, d2 = Double.infinity
        var p1 = (0.0, 0.0), p2 = (0.0, 0.0)
        for j in (cj - 1)...(cj + 1) {
            for i in (ci - 1)...(ci + 1) {
                let px = Double(i) + 0.1 + 0.8 * LookNoise.hash(i, j, stream)
                let py = Double(j) + 0.1 + 0.8 * LookNoise.hash(i, j, stream &+ 0x5151)
                let dx = px - x, dy = py - y
                let d = dx * dx + dy * dy
                if d < d1 {
                    d2 = d1
                    p2 = p1
                    d1 = d
                    p1 = (px, py)
                } else if d < d2 {
                    d2 = d
                    p2 = (px, py)
                }
            }
        }
        let ex = p2.0 - p1.0, ey = p2.1 - p1.1
        let length = (ex * ex + ey * ey).squareRoot()
        guard length > 1e-9 else { return 0 }
        // Signed distance past the midpoint along p1→p2; p is on p1's side, so it is ≤ 0.
        let mx = (p1.0 + p2.0) / 2, my = (p1.1 + p2.1) / 2
        return abs(((x - mx) * ex + (y - my) * ey) / length)
    }
}
