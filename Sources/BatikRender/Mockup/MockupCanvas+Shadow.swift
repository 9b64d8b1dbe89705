internal import BatikGeometry
internal import CCairo

extension MockupCanvas {
    /// Pixels of the photo per pixel of the shadow grid: shadows are soft, so a quarter of the
    /// resolution is enough and blurs sixteen times faster.
    static let shadowGrid = 4

    /// Darkens the background where the product's shadow falls: a soft drop shadow, offset away
    /// from the light, and a tight contact shadow where it touches the surface. Both are the
    /// silhouette blurred with three box passes (close to a Gaussian, and exactly zero beyond the
    /// blur's reach), so the background further out keeps its exact colour (pure white).
    func drawShadow(_ art: ProductArt) throws(CairoError) {
        let silhouette = art.layers.filter(\.castsShadow).compactMap { layer -> BezierPath? in
            switch layer {
            case .cloth(let piece): return piece.mask
            case .fill(let path, _, _): return path
            case .line: return nil
            }
        }
        guard !silhouette.isEmpty else { return }
        let grid = (size + Self.shadowGrid - 1) / Self.shadowGrid
        let productPixels = max(art.bounds.width, art.bounds.height) * transform.meanScale / Double(Self.shadowGrid)
        let style = art.shadow
        let soft = try blurredSilhouette(
            silhouette, grid: grid,
            offset: Vector(style.offset.dx * productPixels, style.offset.dy * productPixels),
            radius: style.blur * productPixels)
        let contact = try blurredSilhouette(
            silhouette, grid: grid, offset: Vector(0, 0.002 * productPixels), radius: style.contactBlur * productPixels)
        var darkness = [Double](repeating: 0, count: grid * grid)
        for i in 0..<darkness.count {
            darkness[i] = 1 - (1 - style.strength * soft[i]) * (1 - style.contactStrength * contact[i])
        }
        let scale = 1 / Double(Self.shadowGrid)
        try withPixels { pixels, stride in
            for y in 0..<size {
                let gy = (Double(y) + 0.5) * scale - 0.5
                let y0 = min(max(Int(gy.rounded(.down)), 0), grid - 1), y1 = min(y0 + 1, grid - 1)
                let ty = min(max(gy - Double(y0), 0), 1)
                for x in 0..<size {
                    let gx = (Double(x) + 0.5) * scale - 0.5
                    let x0 = min(max(Int(gx.rounded(.down)), 0), grid - 1), x1 = min(x0 + 1, grid - 1)
                    let tx = min(max(gx - Double(x0), 0), 1)
                    let d =
                        (darkness[y0 * grid + x0] * (1 - tx) + darkness[y0 * grid + x1] * tx) * (1 - ty)
                        + (darkness[y1 * grid + x0] * (1 - tx) + darkness[y1 * grid + x1] * tx) * ty
                    if d <= 0 { continue }
                    func darken(_ c: UInt8) -> UInt32 { UInt32(Int(c) - Int((Double(c) * d).rounded())) }
                    pixels[y * stride + x] =
                        0xFF00_0000 | darken(background.0) << 16 | darken(background.1) << 8 | darken(background.2)
                }
            }
        }
    }

    /// The silhouette's coverage on the shadow grid, moved by `offset` and blurred (0…1).
    private func blurredSilhouette(_ paths: [BezierPath], grid: Int, offset: Vector, radius: Double)
        throws(CairoError) -> [Double]
    {
        let toGrid = transform.thenScaled(by: 1 / Double(Self.shadowGrid)).thenTranslated(by: offset)
        let coverage = try Coverage(paths: paths, transform: toGrid, x: 0, y: 0, width: grid, height: grid)
        var values = coverage.bytes.map { Double($0) / 255 }
        // Three box passes of radius r approximate a Gaussian of σ ≈ r.
        let r = max(1, Int(radius.rounded()))
        for _ in 0..<3 {
            values = Self.boxBlur(values, width: grid, height: grid, radius: r, horizontal: true)
            values = Self.boxBlur(values, width: grid, height: grid, radius: r, horizontal: false)
        }
        return values
    }

    /// A running-sum box blur along rows or columns, zero outside the grid.
    static func boxBlur(_ values: [Double], width: Int, height: Int, radius: Int, horizontal: Bool) -> [Double] {
        var out = [Double](repeating: 0, count: values.count)
        let lines = horizontal ? height : width
        let length = horizontal ? width : height
        let norm = 1 / Double(2 * radius + 1)
        for line in 0..<lines {
            func index(_ k: Int) -> Int { horizontal ? line * width + k : k * width + line }
            var sum = 0.0
            for k in 0...min(radius, length - 1) { sum += values[index(k)] }
            for k in 0..<length {
                out[index(k)] = sum * norm
                let add = k + radius + 1
                let remove = k - radius
                if add < length { sum += values[index(add)] }
                if remove >= 0 { sum -= values[index(remove)] }
                if sum < 1e-12 { sum = 0 }
            }
        }
        return out
    }
}
