internal import BatikGeometry
internal import BatikMotif
internal import Foundation

/// Cloth hung over a wooden rod on a wall, folded in half over it: a kain panjang (kain-gantung)
/// or a selendang. Vertical folds deepen toward the hem (`FoldField`), so the hem waves; the other
/// half hangs behind, a little longer and offset, showing the cloth's reverse (tulis goes through,
/// mirrored).
enum HangingArt {
    /// Kain panjang 250 × 110 cm folded over the rod: 110 cm across, 125 cm down.
    static let kainWidth = 1100.0
    static let kainDrop = 1250.0
    /// Selendang 230 × 50 cm folded over the rod: 50 cm across, 115 cm down.
    static let selendangLength = 2300.0
    static let selendangWidth = 500.0

    static let rodRadius = 11.0
    static let wood = RGBColour(150, 103, 62)
    static let string = RGBColour(70, 62, 55)

    /// How the cloth of a hanging piece is found: (across, down) → cloth millimetres.
    typealias ClothMap = (Double, Double) -> Point

    static func kain(rng: inout SplitMix64) -> ProductArt {
        var layers = hanger(halfWidth: kainWidth / 2 + 60, nailHeight: 170)
        let backFolds = FoldField(width: kainWidth, waves: [(300, 0.5), (150, 0.35), (80, 0.15)], rng: &rng)
        let frontFolds = FoldField(width: kainWidth, waves: [(280, 0.55), (140, 0.3), (75, 0.15)], rng: &rng)
        layers.insert(
            hangingPiece(
                width: kainWidth, drop: kainDrop + 35, offset: 18, folds: backFolds, amplitude: (0.15, 0.7),
                shade: 0.62
            ) { s, t in Point(kainWidth - s, kainDrop + t) }, at: 1)
        layers.append(
            hangingPiece(width: kainWidth, drop: kainDrop, offset: 0, folds: frontFolds, amplitude: (0.12, 0.65)) {
                s, t in Point(s, t)
            })
        return ProductArt(
            layers: layers, shadow: ShadowStyle(offset: Vector(0.02, 0.025), blur: 0.03, strength: 0.13, contactStrength: 0))
    }

    static func selendang(rng: inout SplitMix64) -> ProductArt {
        let drop = selendangLength / 2
        var layers = hanger(halfWidth: selendangWidth / 2 + 150, nailHeight: 150)
        let backFolds = FoldField(width: selendangWidth, waves: [(170, 0.5), (90, 0.35), (50, 0.15)], rng: &rng)
        let frontFolds = FoldField(width: selendangWidth, waves: [(160, 0.55), (85, 0.3), (45, 0.15)], rng: &rng)
        // The selendang's length runs down the wall: cloth x is along its length from the middle.
        let back = hangingPiece(
            width: selendangWidth, drop: drop - 40, offset: 95, folds: backFolds, amplitude: (0.2, 0.85), shade: 0.6
        ) { s, t in Point(drop + t, selendangWidth - s) }
        let front = hangingPiece(
            width: selendangWidth, drop: drop, offset: -25, folds: frontFolds, amplitude: (0.18, 0.8)
        ) { s, t in Point(drop - t, s) }
        layers.insert(back, at: 1)
        layers.insert(fringe(width: selendangWidth, drop: drop - 40, offset: 95, folds: backFolds, amplitude: (0.2, 0.85), shade: 0.6) { s in Point(selendangLength - 2, selendangWidth - s) }, at: 1)
        layers.append(front)
        layers.append(fringe(width: selendangWidth, drop: drop, offset: -25, folds: frontFolds, amplitude: (0.18, 0.8), shade: 1) { s in Point(1, s) })
        return ProductArt(
            layers: layers, shadow: ShadowStyle(offset: Vector(0.02, 0.025), blur: 0.03, strength: 0.13, contactStrength: 0))
    }

    /// The rod (centred on x = 0, y = 0), then its string up to a nail: the cloth pieces go in
    /// after the rod (layer 1), so the cloth covers the rod and the string runs over neither.
    static func hanger(halfWidth: Double, nailHeight: Double) -> [MockupLayer] {
        let nail = Point(0, -nailHeight)
        let strings = MockupLayer.line(
            MockupShapes.polyline([Point(-halfWidth + 25, 0), nail, Point(halfWidth - 25, 0)]), width: 2.2,
            colour: string, alpha: 0.9)
        let rod = BezierPath.rectangle(
            Rect(x: -halfWidth, y: -rodRadius, width: 2 * halfWidth, height: 2 * rodRadius), cornerRadius: rodRadius * 0.8)
        let wooden = MockupLayer.fill(
            rod,
            .linear(
                from: Point(0, -rodRadius), to: Point(0, rodRadius),
                stops: [(0, wood.lightened(0.25), 1), (0.35, wood, 1), (1, wood.darkened(0.55), 1)]))
        let head = MockupLayer.fill(.circle(center: nail, radius: 4), .solid(RGBColour(90, 90, 95)))
        return [wooden, strings, head]
    }

    /// A piece hanging from the rod: `width` across, `drop` down from the top of the rod, centred
    /// on x = `offset`, folding more toward the hem.
    static func hangingPiece(
        width: Double, drop: Double, offset: Double, folds: FoldField, amplitude: (top: Double, hem: Double),
        shade base: Double = 1, cloth: @escaping ClothMap
    ) -> MockupLayer {
        let top = -rodRadius - 4
        let vertex = drapeVertex(width: width, drop: drop, offset: offset, top: top, folds: folds, amplitude: amplitude, base: base, cloth: cloth)
        let mask = MockupShapes.outline(Rect(x: 0, y: 0, width: width, height: drop)) { vertex($0, $1).position }
        return .cloth(
            DrapedPiece(
                mask: mask, sLines: DrapedPiece.lines(-6, width + 6, step: 8),
                tLines: DrapedPiece.lines(-6, drop + 6, step: 14, extra: [4, 10, 2 * rodRadius + 10])
            ) { s, t in vertex(s, t) })
    }

    static func drapeVertex(
        width: Double, drop: Double, offset: Double, top: Double, folds: FoldField,
        amplitude: (top: Double, hem: Double), base: Double, cloth: @escaping ClothMap
    ) -> (Double, Double) -> DrapeVertex {
        { s, t in
            let k = min(max(t / drop, 0), 1)
            let a = amplitude.top + (amplitude.hem - amplitude.top) * pow(k, 1.4)
            let d = folds.drape(s, amplitude: a)
            // Seen from a little above: cloth nearer the viewer sits a little lower.
            let y = top + t + 0.5 * d.z
            var shade = d.shade * base
            // Over the rod the cloth turns to face the light; just under the rod it is in its shadow.
            if t < 2 * rodRadius + 4 { shade *= 1.06 - 0.1 * MockupShapes.smoothstep(2, 2 * rodRadius + 4, t) }
            shade *= 1 - 0.08 * exp(-max(t - 2 * rodRadius - 4, 0) / 12) * (t > 2 * rodRadius + 4 ? 1 : 0)
            return DrapeVertex(cloth: cloth(s, t), position: Point(offset + d.x, y), shade: shade)
        }
    }

    /// Fringe (rumbai) below a selendang's hem: threads of the cloth's own colour, each following
    /// the hem's fold where it hangs.
    static func fringe(
        width: Double, drop: Double, offset: Double, folds: FoldField, amplitude: (top: Double, hem: Double),
        shade: Double, cloth: @escaping (Double) -> Point
    ) -> MockupLayer {
        let length = 45.0
        let pitch = 6.0
        let top = -rodRadius - 4
        let vertex = drapeVertex(
            width: width, drop: drop, offset: offset, top: top, folds: folds, amplitude: amplitude, base: shade
        ) { s, _ in cloth(s) }
        var mask = BezierPath()
        var s = pitch / 2
        while s < width {
            let p = vertex(s, drop - 1).position
            let sway = 1.5 * sin(s * 0.7)
            mask.append(
                MockupShapes.ribbon(
                    [p, Point(p.x + sway, p.y + length / 2), Point(p.x + 2 * sway, p.y + length)], width: 2.2))
            s += pitch
        }
        return .cloth(
            DrapedPiece(
                mask: mask, sLines: DrapedPiece.lines(-6, width + 6, step: 8),
                tLines: [drop - 8, drop + length + 12]
            ) { s, t in
                let hem = vertex(s, min(t, drop))
                return DrapeVertex(
                    cloth: hem.cloth, position: Point(hem.position.x, hem.position.y + max(t - drop, 0)),
                    shade: hem.shade * (t > drop ? 0.85 : 1))
            })
    }
}
