/// Where the product is in a photo: a coverage value per pixel, 1 on the product, 0 on the
/// background, in between only along the product's edge (1–2 px of feathering).
struct ProductMask: Sendable {
    var width: Int
    var height: Int
    /// Row-major, `width × height` values in 0…1.
    var coverage: [Float]
    /// The pixel box (inclusive) of pixels at least half product; nil when there are none.
    var bounds: (minX: Int, minY: Int, maxX: Int, maxY: Int)?

    init(width: Int, height: Int, coverage: [Float]) {
        self.width = width
        self.height = height
        self.coverage = coverage
        var minX = Int.max, minY = Int.max, maxX = -1, maxY = -1
        for y in 0..<height {
            for x in 0..<width where coverage[y * width + x] >= 0.5 {
                minX = min(minX, x)
                maxX = max(maxX, x)
                minY = min(minY, y)
                maxY = max(maxY, y)
            }
        }
        bounds = maxX >= 0 ? (minX, minY, maxX, maxY) : nil
    }

    /// A supplied mask: its grey level is the coverage (white = product), antialiasing kept.
    init(maskImage: RGBImage) {
        var coverage = [Float](repeating: 0, count: maskImage.width * maskImage.height)
        maskImage.pixels.withUnsafeBufferPointer { p in
            for i in coverage.indices {
                let sum = Int(p[3 * i]) + Int(p[3 * i + 1]) + Int(p[3 * i + 2])
                coverage[i] = Float(sum) / 765
            }
        }
        self.init(width: maskImage.width, height: maskImage.height, coverage: coverage)
    }
}

extension ProductMask {
    /// Pixels per side of the border ring sampled for the background colour.
    static let borderRing = 2
    /// The background's own noise and unevenness is measured on the border; the threshold is at
    /// least this many times its median distance from the background colour.
    static let noiseFactor: Double = 4
    /// How much being darker than the backdrop counts, against being lighter: shadows on the
    /// backdrop stay background, a white product is lighter.
    static let shadowWeight: Double = 0.35
    /// A threshold never above this: beyond it a white product's shadows would join the background.
    static let largestThreshold: Double = 0.35
    /// Product pieces smaller than this fraction of the photo are specks (dust, noise, a stray
    /// thread on the backdrop) and are dropped.
    static let speckFraction: Double = 0.0005

    /// Derives the mask of a product photographed on a plain background: the background colour is
    /// the median of the border pixels; the background is every pixel reachable from the border
    /// (4-connected flood fill) through pixels within the colour threshold of it; everything else
    /// is product — so a white product whose lit or shaded inside comes close to the background
    /// colour stays product as long as its outline separates it from the border. Holes are thus
    /// filled by construction; pieces smaller than `speckFraction` are dropped; the edge is then
    /// feathered inward (a 3 × 3 box blur applied twice, kept inside the hard mask), so pixels
    /// outside the product stay exactly as photographed.
    ///
    /// - Parameter tolerance: the least colour distance from the background that counts as
    ///   product, as a fraction of the black-to-white distance in sRGB.
    static func derived(from photo: RGBImage, tolerance: Double) -> ProductMask {
        let w = photo.width, h = photo.height
        let n = w * h
        let p = photo.pixels
        // Border ring, for the background colour and its spread.
        var border: [Int] = []
        let ring = min(borderRing, max(1, min(w, h) / 2))
        for y in 0..<h {
            for x in 0..<w where x < ring || y < ring || x >= w - ring || y >= h - ring { border.append(y * w + x) }
        }
        func median(_ values: [Double]) -> Double {
            let s = values.sorted()
            return s.isEmpty ? 0 : s[s.count / 2]
        }
        let background = (0..<3).map { c in median(border.map { Double(p[3 * $0 + c]) }) }
        let scale = 1 / (255 * 3.0.squareRoot())
        let backgroundLevel = (background[0] + background[1] + background[2]) / 3
        let backgroundChroma = background.map { $0 - backgroundLevel }
        // Colour distance from the background, split into brightness and colour: a shadow the
        // product casts on the backdrop is the backdrop's colour, darker, so a pixel darker than
        // the backdrop counts its brightness difference at `shadowWeight`, and its colour after
        // scaling it to the backdrop's brightness.
        func distance(_ i: Int) -> Double {
            let r = Double(p[3 * i]), g = Double(p[3 * i + 1]), b = Double(p[3 * i + 2])
            let level = (r + g + b) / 3
            let toBackground = level > 1 ? backgroundLevel / level : 1
            let dc0 = (r - level) * toBackground - backgroundChroma[0]
            let dc1 = (g - level) * toBackground - backgroundChroma[1]
            let dc2 = (b - level) * toBackground - backgroundChroma[2]
            var dl = level - backgroundLevel
            if dl < 0 { dl *= shadowWeight }
            // Brightness counts for all three channels, as in the plain RGB distance.
            return (dc0 * dc0 + dc1 * dc1 + dc2 * dc2 + 3 * dl * dl).squareRoot() * scale
        }
        let spread = median(border.map(distance))
        let threshold = min(max(tolerance, noiseFactor * spread), largestThreshold)

        // Flood fill the background from the border.
        var isBackground = [Bool](repeating: false, count: n)
        var near = [Bool](repeating: false, count: n)
        for i in 0..<n { near[i] = distance(i) < threshold }
        var stack: [Int] = []
        for i in border where near[i] && !isBackground[i] {
            isBackground[i] = true
            stack.append(i)
        }
        while let i = stack.popLast() {
            let x = i % w, y = i / w
            for (nx, ny) in [(x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)] where nx >= 0 && ny >= 0 && nx < w && ny < h {
                let j = ny * w + nx
                if near[j] && !isBackground[j] {
                    isBackground[j] = true
                    stack.append(j)
                }
            }
        }

        // Drop specks: product components smaller than speckFraction of the photo.
        var product = isBackground.map { !$0 }
        let minimum = max(16, Int(Double(n) * speckFraction))
        var seen = [Bool](repeating: false, count: n)
        for start in 0..<n where product[start] && !seen[start] {
            var component = [start]
            seen[start] = true
            var k = 0
            while k < component.count {
                let i = component[k]
                k += 1
                let x = i % w, y = i / w
                for (nx, ny) in [(x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)]
                where nx >= 0 && ny >= 0 && nx < w && ny < h {
                    let j = ny * w + nx
                    if product[j] && !seen[j] {
                        seen[j] = true
                        component.append(j)
                    }
                }
            }
            if component.count < minimum { for i in component { product[i] = false } }
        }

        // Feather inward.
        var coverage = product.map { $0 ? Float(1) : 0 }
        for _ in 0..<2 { coverage = boxBlur(coverage, width: w, height: h, radius: 1) }
        for i in 0..<n where !product[i] { coverage[i] = 0 }
        return ProductMask(width: w, height: h, coverage: coverage)
    }

    /// A separable box blur with edge clamping.
    static func boxBlur(_ values: [Float], width w: Int, height h: Int, radius r: Int) -> [Float] {
        guard r > 0, w > 0, h > 0 else { return values }
        let norm = 1 / Float(2 * r + 1)
        var horizontal = [Float](repeating: 0, count: values.count)
        for y in 0..<h {
            let row = y * w
            for x in 0..<w {
                var sum: Float = 0
                for k in -r...r { sum += values[row + min(max(x + k, 0), w - 1)] }
                horizontal[row + x] = sum * norm
            }
        }
        var out = [Float](repeating: 0, count: values.count)
        for y in 0..<h {
            for x in 0..<w {
                var sum: Float = 0
                for k in -r...r { sum += horizontal[min(max(y + k, 0), h - 1) * w + x] }
                out[y * w + x] = sum * norm
            }
        }
        return out
    }

    /// Coverage at a continuous position (pixel centres at whole numbers), 0 outside the photo.
    func bilinear(_ x: Double, _ y: Double) -> Float {
        guard x > -1, y > -1, x < Double(width), y < Double(height) else { return 0 }
        let fx = x.rounded(.down), fy = y.rounded(.down)
        let tx = Float(x - fx), ty = Float(y - fy)
        let x0 = Int(fx), y0 = Int(fy)
        func at(_ x: Int, _ y: Int) -> Float {
            x < 0 || y < 0 || x >= width || y >= height ? 0 : coverage[y * width + x]
        }
        let top = at(x0, y0) * (1 - tx) + at(x0 + 1, y0) * tx
        let bottom = at(x0, y0 + 1) * (1 - tx) + at(x0 + 1, y0 + 1) * tx
        return top * (1 - ty) + bottom * ty
    }
}
