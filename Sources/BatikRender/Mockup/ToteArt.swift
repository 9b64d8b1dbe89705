internal import BatikGeometry
internal import BatikMotif
internal import Foundation

/// A tote bag (tas jinjing) lying flat, front panel of batik, natural cotton webbing handles: the
/// front panel is the cloth as cut, bulging a little so its sides turn away and darken; above its
/// dipped mouth the inside of the back panel shows, darker.
enum ToteArt {
    /// Front panel, millimetres.
    static let width = 380.0
    static let height = 420.0
    /// How far the middle of the mouth dips below the corners.
    static let mouthDip = 12.0
    /// Depth of the folded top hem, stitched.
    static let hem = 30.0
    static let strapWidth = 28.0
    static let webbing = RGBColour(228, 217, 193)
    static let stitch = RGBColour(60, 45, 30)

    /// Total tilt from one side of the panel to the other: the bulge of a filled bag, radians.
    static let bulge = 0.8

    static func make(rng: inout SplitMix64) -> ProductArt {
        var layers: [MockupLayer] = []
        let middle = width / 2
        let curvature = bulge / width
        let lean = rng.uniform(-6...6)

        // Back handle, behind everything, in the bag's shadow.
        let back = strap(from: middle - 80 - 22, to: middle + 80 - 22, top: -200 + lean, endY: 0)
        layers.append(.fill(MockupShapes.ribbon(back, width: strapWidth), .solid(webbing.darkened(0.86))))

        // Inside of the back panel above the dipped mouth.
        let inside = BezierPath.polygon([
            Point(1, 0), Point(width - 1, 0), Point(width - 1, mouthDip + 4), Point(1, mouthDip + 4),
        ])
        layers.append(
            .cloth(
                DrapedPiece(
                    mask: inside, sLines: DrapedPiece.lines(-10, width + 10, step: 40),
                    tLines: DrapedPiece.lines(-10, 40, step: 25)
                ) { s, t in
                    // The reverse of the back panel: mirrored, in the bag's shade.
                    DrapeVertex(cloth: Point(width - s, t), position: Point(s, t), shade: 0.42 + 0.1 * t / 40)
                }))

        // The front panel: a cylinder-like bulge across, true scale in the middle.
        func place(_ s: Double, _ t: Double) -> Point {
            let w = s - middle
            let theta = curvature * w
            return Point(middle + sin(theta) / curvature, t)
        }
        var front = BezierPath()
        let mouth = MockupShapes.cubic(
            place(0, 0), place(width / 3, mouthDip * 1.3), place(2 * width / 3, mouthDip * 1.3), place(width, 0))
        front.move(to: mouth[0])
        for p in mouth.dropFirst() { front.line(to: p) }
        let r = 10.0
        front.line(to: place(width, height - r))
        front.cubic(place(width, height - r / 2), place(width - r / 2, height), to: place(width - r, height))
        front.line(to: place(r, height))
        front.cubic(place(r / 2, height), place(0, height - r / 2), to: place(0, height - r))
        front.close()
        layers.append(
            .cloth(
                DrapedPiece(
                    mask: front, sLines: DrapedPiece.lines(-8, width + 8, step: 10),
                    tLines: DrapedPiece.lines(-8, height + 8, step: 12, extra: [hem - 1, hem + 1, hem + 6])
                ) { s, t in
                    // Bulging toward the viewer, the right side turns away from the light.
                    let theta = -curvature * (s - middle)
                    var shade = FoldField.shade(tilt: theta)
                    // The folded hem stands a little proud; just under it a soft line of shadow.
                    if t < hem { shade *= 1.03 } else { shade *= 1 - 0.1 * exp(-(t - hem) / 4) }
                    // The bottom rounds away from the light.
                    shade *= 1 - 0.12 * MockupShapes.smoothstep(height - 60, height, t)
                    return DrapeVertex(cloth: Point(s, t), position: place(s, t), shade: shade)
                }))

        // Hem stitching and side seams.
        for y in [4.0, hem - 3] {
            layers.append(stitchLine((0...40).map { place(width * Double($0) / 40, y + mouthDip * 1.0 * sin(Double.pi * Double($0) / 40) * (y < 10 ? 1 : 0.3)) }))
        }

        // Front handle, sewn on over the hem with a box-and-cross stitch at each end.
        let frontStrap = strap(from: middle - 80, to: middle + 80, top: -225 + lean, endY: hem + 22)
        layers.append(contentsOf: MockupShapes.softShadow(
            MockupShapes.ribbon(frontStrap.filter { $0.y > 0 }, width: strapWidth), offset: Vector(2, 4), alpha: 0.22))
        let ribbon = MockupShapes.ribbon(frontStrap, width: strapWidth)
        layers.append(
            .fill(
                ribbon,
                .linear(
                    from: Point(0, -225), to: Point(0, hem + 22),
                    stops: [(0, webbing.lightened(0.08), 1), (0.8, webbing, 1), (1, webbing.darkened(0.93), 1)])))
        for side in [-1.0, 1.0] {
            let edge = frontStrap.map { p -> Point in
                let i = frontStrap.firstIndex(of: p)!
                let a = frontStrap[max(i - 1, 0)], b = frontStrap[min(i + 1, frontStrap.count - 1)]
                let d = b - a
                let l = max(d.length, 1e-9)
                return p + Vector(-d.dy / l * side * (strapWidth / 2 - 3), d.dx / l * side * (strapWidth / 2 - 3))
            }
            layers.append(stitchLine(edge, alpha: 0.35))
        }
        for x in [middle - 80, middle + 80] {
            let box = [
                Point(x - 11, hem - 2), Point(x + 11, hem - 2), Point(x + 11, hem + 18), Point(x - 11, hem + 18),
                Point(x - 11, hem - 2), Point(x + 11, hem + 18), Point(x + 11, hem - 2), Point(x - 11, hem + 18),
            ]
            layers.append(stitchLine(box, alpha: 0.45))
        }
        return ProductArt(
            layers: layers, shadow: ShadowStyle(offset: Vector(0.01, 0.015), blur: 0.02, strength: 0.14))
    }

    /// The centre line of a handle: up from one end over an arch and down to the other.
    static func strap(from x0: Double, to x1: Double, top: Double, endY: Double) -> [Point] {
        let rise = top * 4 / 3
        var points = (0...6).map { Point(x0, endY - (endY) * Double($0) / 6) }
        points += MockupShapes.cubic(Point(x0, 0), Point(x0 - 12, rise), Point(x1 + 12, rise), Point(x1, 0), count: 48)
            .dropFirst()
        points += (1...6).map { Point(x1, endY * Double($0) / 6) }
        return points
    }

    static func stitchLine(_ points: [Point], alpha: Double = 0.4) -> MockupLayer {
        .line(MockupShapes.polyline(points), width: 0.9, colour: stitch, alpha: alpha, dashes: [3, 2])
    }
}

extension RGBColour {
    /// Each channel times `k` (below 1 darker).
    func darkened(_ k: Double) -> RGBColour { RGBColour(red: red * k, green: green * k, blue: blue * k) }
    /// Each channel moved `k` of the way to white.
    func lightened(_ k: Double) -> RGBColour {
        RGBColour(red: red + (1 - red) * k, green: green + (1 - green) * k, blue: blue + (1 - blue) * k)
    }
}
