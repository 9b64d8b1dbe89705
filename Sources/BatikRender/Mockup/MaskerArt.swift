internal import BatikGeometry
internal import BatikMotif
internal import Foundation

/// A pleated cloth face mask (masker) lying flat with its ear loops: three pleats fold cloth
/// under (the mesh rows at a pleat's two edges land on the same line, so the hidden band simply
/// vanishes and the motif jumps there as on a sewn mask); a soft shadow under each pleat's edge.
/// The sides are gathered into their hems, so the mask narrows toward the loops.
enum MaskerArt {
    static let width = 180.0
    /// Cloth before pleating, and the front once pleated.
    static let clothHeight = 140.0
    static let pleatDepth = 15.0
    static let pleats = [38.0, 68.0, 98.0]
    static var frontHeight: Double { clothHeight - Double(pleats.count) * pleatDepth }
    static let elastic = RGBColour(244, 242, 236)

    static func make(rng: inout SplitMix64) -> ProductArt {
        let middle = width / 2
        let tilt = rng.uniform(-0.01...0.01)
        /// Visible height above cloth row t, pleats folded away.
        func folded(_ t: Double) -> Double {
            t - pleats.reduce(0) { $0 + min(max(t - $1, 0), pleatDepth) }
        }
        let half = frontHeight / 2
        func place(_ s: Double, _ t: Double) -> Point {
            let e = pow((s - middle) / middle, 2)
            let y = folded(t) - half
            // Gathered at the sides; the middle rises over the nose and falls under the chin.
            let gathered = y * (1 - 0.2 * e)
            let arch = 7 * (1 - e) * (y / half)
            let theta = 0.9 * (s - middle) / width
            return Point(middle + sin(theta) * width / 0.9, half + gathered + arch + tilt * (s - middle))
        }
        func shade(_ s: Double, _ t: Double) -> Double {
            var k = FoldField.shade(tilt: -0.9 * (s - middle) / width)
            for p in pleats {
                // The fold's rounded edge catches the light; the cloth under it is in its shadow.
                if t <= p {
                    let edgeLight = 0.1 * MockupShapes.smoothstep(p - 5, p - 1, t)
                    let edgeDark = 0.16 * MockupShapes.smoothstep(p - 1.2, p, t)
                    k *= 1 + edgeLight - edgeDark
                }
                if t >= p + pleatDepth { k *= 1 - 0.38 * exp(-(t - p - pleatDepth) / 3.5) }
            }
            return k
        }
        var layers: [MockupLayer] = []
        // Ear loops behind the mask's sides.
        for side in [-1.0, 1.0] {
            let x = side < 0 ? 4.0 : width - 4
            let top = place(x, 4), bottom = place(x, clothHeight - 4)
            let out = side * 62
            let loop = MockupShapes.cubic(
                top, Point(top.x + out, top.y - 22), Point(bottom.x + out, bottom.y + 22), bottom, count: 40)
            layers.append(.fill(MockupShapes.ribbon(loop, width: 3.6), .solid(elastic.darkened(0.8))))
            layers.append(.fill(MockupShapes.ribbon(loop, width: 2.6), .solid(elastic), casts: false))
        }
        let offsets: [Double] = [-5, -1.2, 0, pleatDepth, pleatDepth + 1.5, pleatDepth + 4, pleatDepth + 9]
        var extra: [Double] = []
        for p in pleats { for o in offsets { extra.append(p + o) } }
        let rect = Rect(x: 0, y: 0, width: width, height: clothHeight)
        layers.append(
            .cloth(
                DrapedPiece(
                    mask: MockupShapes.outline(rect, step: 2) { place($0, $1) },
                    sLines: DrapedPiece.lines(-4, width + 4, step: 4),
                    tLines: DrapedPiece.lines(-4, clothHeight + 4, step: 3, extra: extra)
                ) { s, t in DrapeVertex(cloth: Point(s, t), position: place(s, t), shade: shade(s, t)) }))
        // Bound edges and side hems, stitched.
        let stitch = RGBColour(40, 30, 20)
        for t in [3.0, clothHeight - 3] {
            layers.append(
                .line(MockupShapes.polyline((0...36).map { place(3 + (width - 6) * Double($0) / 36, t) }), width: 0.5,
                      colour: stitch, alpha: 0.45, dashes: [1.6, 1.0]))
        }
        for s in [9.0, width - 9] {
            layers.append(
                .line(MockupShapes.polyline((0...24).map { place(s, 3 + (clothHeight - 6) * Double($0) / 24) }), width: 0.5,
                      colour: stitch, alpha: 0.45, dashes: [1.6, 1.0]))
            layers.append(
                .line(MockupShapes.polyline((0...24).map { place(s - 0.6, 3 + (clothHeight - 6) * Double($0) / 24) }), width: 1.4,
                      colour: .init(0, 0, 0), alpha: 0.08))
        }
        return ProductArt(layers: layers, shadow: ShadowStyle(offset: Vector(0.01, 0.018), blur: 0.02, strength: 0.15))
    }
}
