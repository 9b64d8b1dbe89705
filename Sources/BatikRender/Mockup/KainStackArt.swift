internal import BatikGeometry
internal import BatikMotif
internal import Foundation

/// Three kain panjang folded for sale and stacked, seen from the front and above (45°): each
/// shows its rounded front fold, where the cloth of the top face turns down and under, and the top
/// one its whole top face. Every face takes its own piece of the cloth: the fold continues the
/// top face's cloth around the edge. The stack is a little uneven, as a real one is.
enum KainStackArt {
    /// A kain panjang 250 × 110 cm folded in three across and eight along.
    static let faceWidth = 1100.0 / 3
    static let faceDepth = 2500.0 / 8
    /// Thickness of one folded kain (eight layers of cloth with some loft).
    static let thickness = 22.0
    /// Cloth around the rounded front fold: half a circle of the thickness.
    static var foldLength: Double { Double.pi * thickness / 2 }
    /// Each kain in the stack shows another part of the cloth: offsets kept inside the swatch.
    static let clothStep = Vector(41, 73)
    static var clothWidth: Double { faceWidth + 2 * clothStep.dx }
    static var clothHeight: Double { faceDepth + foldLength + 2 * clothStep.dy }
    /// Foreshortening of the top face and of the front, viewed from 45° above.
    static let depthScale = 0.62
    static let frontScale = 0.8

    static func make(rng: inout SplitMix64) -> ProductArt {
        var layers: [MockupLayer] = []
        let front = thickness * frontScale
        for level in 0..<3 {
            let dx = level == 0 ? 0 : rng.uniform(-16...16)
            let skew = rng.uniform(-7...7)
            let bottom = -Double(level) * front
            let cloth = Vector(Double(level) * clothStep.dx, Double(level) * clothStep.dy)
            layers.append(contentsOf: kain(dx: dx, skew: skew, bottom: bottom, cloth: cloth))
        }
        return ProductArt(
            layers: layers, shadow: ShadowStyle(offset: Vector(0.012, 0.025), blur: 0.025, strength: 0.16), lightFalloff: 0.08)
    }

    /// One folded kain: its front fold's lowest line at y = `bottom`, left edge at x = `dx`.
    static func kain(dx: Double, skew: Double, bottom: Double, cloth: Vector) -> [MockupLayer] {
        let front = thickness * frontScale
        let nearY = bottom - front
        let farY = nearY - faceDepth * depthScale
        // Perspective: the far edge is a little narrower.
        let inset = 10.0
        func place(_ s: Double, _ t: Double) -> Point {
            if t <= faceDepth {
                let k = t / faceDepth
                let left = dx + skew + inset + (dx - dx - skew - inset) * k
                let right = dx + skew + faceWidth - inset + (dx + faceWidth - (dx + skew + faceWidth - inset)) * k
                // A folded kain is soft: the top face sags a touch in the middle.
                let sag = 2.5 * sin(Double.pi * s / faceWidth) * sin(Double.pi * k)
                return Point(left + (right - left) * s / faceWidth, farY + (nearY - farY) * k + sag)
            }
            let phase = (t - faceDepth) / foldLength
            // Beyond the fold (the mesh's margin) keep going down, never back over the fold.
            let y = phase <= 1 ? nearY + front * (1 - cos(Double.pi * phase)) / 2 : bottom + (phase - 1) * foldLength * 0.3
            // The rounded fold bulges toward the viewer at mid-height.
            let bulge = 1.8 * sin(Double.pi * min(phase, 1))
            let centre = dx + faceWidth / 2
            return Point(centre + (s - faceWidth / 2) * (1 + bulge / faceWidth), y)
        }
        func shade(_ s: Double, _ t: Double) -> Double {
            if t <= faceDepth {
                // Softly lit top, a little brighter toward the fold that faces the light; its
                // sides and back round down over the layers beneath, so they darken.
                let sides = min(s, faceWidth - s)
                return (1 + 0.05 * MockupShapes.smoothstep(faceDepth * 0.6, faceDepth, t))
                    * (1 - 0.22 * (1 - MockupShapes.smoothstep(0, 14, sides)))
                    * (1 - 0.2 * (1 - MockupShapes.smoothstep(0, 22, t)))
            }
            let phase = min((t - faceDepth) / foldLength, 1)
            // Round fold: bright where it turns toward the light, dark underneath.
            let sides = min(s, faceWidth - s)
            return (1.12 - 0.15 * phase - 0.5 * pow(phase, 3)) * (1 - 0.22 * (1 - MockupShapes.smoothstep(0, 14, sides)))
        }
        let rect = Rect(x: 0, y: 0, width: faceWidth, height: faceDepth + foldLength)
        // Lower kains are drawn whole: the one above covers all but their fold and, where the
        // stack is uneven, a sliver of their top face.
        let mask = MockupShapes.outline(rect, step: 3) { place($0, $1) }
        let extra = [4, 10, 22, faceDepth - 6, faceDepth, faceDepth + foldLength / 4, faceDepth + foldLength / 2, faceDepth + 3 * foldLength / 4]
        var layers: [MockupLayer] = [
            .cloth(
                DrapedPiece(
                    mask: mask, sLines: DrapedPiece.lines(-4, faceWidth + 4, step: 10, extra: [3, 7, 14, faceWidth - 14, faceWidth - 7, faceWidth - 3]),
                    tLines: DrapedPiece.lines(-4, faceDepth + foldLength + 4, step: 10, extra: extra)
                ) { s, t in
                    DrapeVertex(cloth: Point(s + cloth.dx, t + cloth.dy), position: place(s, t), shade: shade(s, t))
                })
        ]
        // The layers of the fold show at its two ends as fine lines.
        for s in [0.8, faceWidth - 0.8] {
            let points = (0...8).map { place(s, faceDepth + foldLength * Double($0) / 8) }
            layers.append(.line(MockupShapes.polyline(points), width: 1.2, colour: .init(0, 0, 0), alpha: 0.18))
        }
        return layers
    }
}
