internal import BatikGeometry
internal import BatikMotif
internal import Foundation

/// A short-sleeved batik shirt (kemeja lengan pendek), buttoned, laid flat and seen from the
/// front: body 60 × 75 cm (size L), set-in sleeves angled down, a pointed collar, a button
/// placket and a chest pocket. Cloth coordinates are the flat front (1000 × 800 mm, centre front
/// at x = 500); each sleeve takes the cloth beside its shoulder turned with the sleeve, as a sleeve
/// cut along the arm's grain is; collar, placket and pocket are separate pieces, so their motif
/// is offset from the body's as on a sewn shirt.
enum KemejaArt {
    static let clothWidth = 1000.0
    static let clothHeight = 800.0
    static let chestWidth = 600.0
    static let bodyLength = 750.0
    static let centre = 500.0

    static let sleeveAngle = 32.0 * Double.pi / 180
    static let sleeveLength = 240.0
    static let sleeveOpening = 190.0
    static let shoulder = Point(736, 62)
    static let armpit = Point(796, 292)
    static let hemY = 752.0
    static let placketHalf = 17.0
    static let thread = RGBColour(45, 35, 25)
    static let button = RGBColour(236, 228, 210)

    static func mirrored(_ p: Point) -> Point { Point(2 * centre - p.x, p.y) }

    static func make(rng: inout SplitMix64) -> ProductArt {
        var layers: [MockupLayer] = []
        let bodyFolds = FoldField(width: clothWidth, waves: [(240, 0.6), (130, 0.4)], rng: &rng)
        let creases = Creases(rng: &rng)
        let sleeveFolds = FoldField(width: 300, waves: [(110, 0.6), (60, 0.4)], rng: &rng)

        // Sleeves first: the body's armhole covers their inner ends.
        for side in [1.0, -1.0] { layers.append(contentsOf: sleeve(side: side, folds: sleeveFolds, creases: creases)) }

        let body = bodyOutline()
        layers.append(
            .cloth(
                DrapedPiece(
                    mask: body, sLines: DrapedPiece.lines(150, 850, step: 12),
                    tLines: DrapedPiece.lines(-10, hemY + 20, step: 16)
                ) { s, t in
                    let d = bodyFolds.drape(s, amplitude: 0.14 + 0.1 * t / hemY)
                    var shade = d.shade * creases.shade(at: Point(s, t))
                    // A flat-laid shirt rounds over its side seams: darker toward them.
                    shade *= 1 - 0.16 * MockupShapes.smoothstep(200, 298, abs(s - centre))
                    // The hem's double fold stands a little proud.
                    shade *= 1 - 0.08 * MockupShapes.smoothstep(hemY - 30, hemY, t)
                    return DrapeVertex(cloth: Point(s, t), position: Point(centre + d.x, t), shade: shade)
                }))

        // Seams of the shoulders and armholes, side seams, and the hem's stitching.
        for side in [1.0, -1.0] {
            func m(_ p: Point) -> Point { side > 0 ? p : mirrored(p) }
            layers.append(seam([Point(590, 12), shoulder].map(m)))
            layers.append(seam(MockupShapes.cubic(shoulder, Point(768, 130), Point(770, 240), armpit, count: 20).map(m)))
            layers.append(stitch((0...20).map { m(Point(centre + 300 * Double($0) / 20, hemY - 18 + 4 * pow(Double($0) / 20, 2))) }))
        }

        // Pocket on the wearer's left chest (the viewer's right).
        let pocketRect = Rect(x: 575, y: 215, width: 118, height: 132)
        let pocket = BezierPath.polygon([
            Point(pocketRect.minX, pocketRect.minY), Point(pocketRect.maxX, pocketRect.minY),
            Point(pocketRect.maxX, pocketRect.maxY - 12), Point(pocketRect.midX, pocketRect.maxY),
            Point(pocketRect.minX, pocketRect.maxY - 12),
        ])
        layers.append(contentsOf: MockupShapes.softShadow(pocket, offset: Vector(1.5, 2.5), alpha: 0.25, steps: 3))
        layers.append(flatPiece(pocket, clothOffset: Vector(9, 5), shade: 1.02))
        layers.append(edge(pocket))
        layers.append(stitch([
            Point(pocketRect.minX + 3, pocketRect.minY + 2), Point(pocketRect.minX + 3, pocketRect.maxY - 13),
            Point(pocketRect.midX, pocketRect.maxY - 3), Point(pocketRect.maxX - 3, pocketRect.maxY - 13),
            Point(pocketRect.maxX - 3, pocketRect.minY + 2),
        ]))
        layers.append(stitch([Point(pocketRect.minX, pocketRect.minY + 20), Point(pocketRect.maxX, pocketRect.minY + 20)]))

        // Button placket: the right front's folded edge over the left front.
        let placket = BezierPath.polygon([
            Point(centre - placketHalf, 70), Point(centre + placketHalf, 70),
            Point(centre + placketHalf, hemY + 1), Point(centre - placketHalf, hemY + 1),
        ])
        layers.append(contentsOf: MockupShapes.softShadow(placket, offset: Vector(2.5, 0), alpha: 0.22, steps: 3))
        layers.append(flatPiece(placket, clothOffset: Vector(13, 0), shade: 1.02))
        layers.append(edge(MockupShapes.polyline([Point(centre + placketHalf, 70), Point(centre + placketHalf, hemY)])))
        for x in [centre - placketHalf + 3, centre + placketHalf - 3] {
            layers.append(stitch([Point(x, 95), Point(x, hemY - 2)]))
        }

        // Collar: the inside of the back neck, then the collar round it, lifted off the body.
        let neck = BezierPath.ellipse(center: Point(centre, 42), radii: Vector(78, 46))
        layers.append(flatPiece(neck, clothOffset: Vector(211, 300), shade: 0.45, gradient: (0.35, 0.6)))
        let collar = collarOutline()
        layers.append(contentsOf: MockupShapes.softShadow(collar, offset: Vector(3, 6), alpha: 0.35, steps: 4))
        layers.append(flatPiece(collar, clothOffset: Vector(137, 211), shade: 1.04))
        layers.append(edge(collar))
        for side in [1.0, -1.0] {
            func m(_ p: Point) -> Point { side > 0 ? p : mirrored(p) }
            layers.append(
                stitch(
                    (MockupShapes.cubic(Point(centre, -3), Point(570, -4), Point(607, 2), Point(612, 16), count: 12)
                        + [Point(566, 124), Point(508, 88)]).map(m)))
        }

        // Buttons down the placket, the top one on the collar stand.
        for y in [84.0, 160, 250, 340, 430, 520, 610, 700] {
            layers.append(contentsOf: buttonLayers(at: Point(centre, y)))
        }
        return ProductArt(layers: layers, shadow: ShadowStyle(offset: Vector(0.008, 0.015), blur: 0.018, strength: 0.15))
    }

    /// Right half of the body from the neck round to the hem, and back up the left.
    static func bodyOutline() -> BezierPath {
        var right: [Point] = [Point(centre, 60), Point(590, 8), shoulder]
        right += MockupShapes.cubic(shoulder, Point(768, 130), Point(770, 240), armpit, count: 20).dropFirst()
        right += [Point(800, hemY - 10)]
        right += MockupShapes.cubic(Point(800, hemY - 10), Point(760, hemY + 2), Point(620, hemY), Point(centre, hemY), count: 16).dropFirst()
        let left = right.dropFirst().dropLast().reversed().map(mirrored)
        return .polygon(right + left)
    }

    /// Collar leaves and the band round the back of the neck, with the neck opening cut out.
    static func collarOutline() -> BezierPath {
        var right = MockupShapes.cubic(Point(centre, -8), Point(575, -10), Point(612, 0), Point(618, 18), count: 12)
        right += MockupShapes.cubic(Point(618, 18), Point(605, 60), Point(585, 100), Point(568, 134), count: 10).dropFirst()
        right += [Point(504, 96)]
        let left = right.dropFirst().reversed().map(mirrored)
        var path = BezierPath.polygon(right + left)
        // The neck opening between the leaves, where the inside of the back shows.
        var hole = MockupShapes.cubic(Point(centre, 12), Point(560, 10), Point(575, 40), Point(510, 88), count: 14)
        hole += hole.reversed().dropFirst().map(mirrored)
        path.append(.polygon(hole))
        return path
    }

    /// One sleeve (side 1: the viewer's right), turned down from the shoulder.
    static func sleeve(side: Double, folds: FoldField, creases: Creases) -> [MockupLayer] {
        let origin = side > 0 ? shoulder : mirrored(shoulder)
        let along = Vector(side * cos(sleeveAngle), sin(sleeveAngle))
        let across = Vector(-side * sin(sleeveAngle), cos(sleeveAngle))
        func place(_ s: Double, _ t: Double) -> Point {
            origin + Vector(along.dx * s + across.dx * t, along.dy * s + across.dy * t)
        }
        let outerTop = place(sleeveLength, 0)
        let outerBottom = place(sleeveLength - 30, sleeveOpening)
        let under = side > 0 ? armpit : mirrored(armpit)
        let inner = side > 0 ? Point(700, 300) : mirrored(Point(700, 300))
        let mask = BezierPath.polygon(
            [place(-15, 8), place(sleeveLength / 2, 0), outerTop, outerBottom, under, inner])
        var layers: [MockupLayer] = [
            .cloth(
                DrapedPiece(
                    mask: mask, sLines: DrapedPiece.lines(-120, sleeveLength + 20, step: 12),
                    tLines: DrapedPiece.lines(-30, sleeveOpening + 60, step: 12)
                ) { s, t in
                    let d = folds.drape(t + 40, amplitude: 0.12 + 0.1 * max(s, 0) / sleeveLength)
                    var shade = d.shade * creases.shade(at: place(s, t))
                    // Underarm in the body's shade; the top fold of the sleeve catches light.
                    shade *= 1 - 0.14 * MockupShapes.smoothstep(sleeveOpening * 0.6, sleeveOpening, t)
                    shade *= 1 + 0.05 * (1 - MockupShapes.smoothstep(0, 30, t))
                    return DrapeVertex(
                        cloth: Point(origin.x + side * s, origin.y + t), position: place(s, t), shade: shade)
                })
        ]
        // Sleeve hem: the opening folded up and stitched.
        layers.append(stitch([place(sleeveLength - 22, 4), place(sleeveLength - 22 - 30 * (sleeveOpening - 8) / sleeveOpening, sleeveOpening - 4)]))
        return layers
    }

    /// A separately cut piece lying flat over the body: the cloth offset, lit evenly.
    static func flatPiece(
        _ mask: BezierPath, clothOffset: Vector, shade: Double, gradient: (top: Double, bottom: Double)? = nil
    ) -> MockupLayer {
        let b = mask.bounds ?? Rect(x: 0, y: 0, width: 1, height: 1)
        return .cloth(
            DrapedPiece(
                mask: mask, sLines: DrapedPiece.lines(b.minX - 4, b.maxX + 4, step: 20),
                tLines: DrapedPiece.lines(b.minY - 4, b.maxY + 4, step: 20)
            ) { s, t in
                var k = shade
                if let gradient { k = gradient.top + (gradient.bottom - gradient.top) * (t - b.minY) / b.height }
                return DrapeVertex(cloth: Point(s, t) + clothOffset, position: Point(s, t), shade: k)
            })
    }

    static func buttonLayers(at p: Point) -> [MockupLayer] {
        let r = 5.5
        var layers = MockupShapes.softShadow(.circle(center: p, radius: r), offset: Vector(0.8, 1.4), alpha: 0.35, steps: 2)
        layers.append(
            .fill(
                .circle(center: p, radius: r),
                .linear(
                    from: p + Vector(-r, -r), to: p + Vector(r, r),
                    stops: [(0, button.lightened(0.4), 1), (1, button.darkened(0.8), 1)]), casts: false))
        layers.append(.line(.circle(center: p, radius: r - 0.9), width: 0.5, colour: button.darkened(0.6), alpha: 0.5))
        for dx in [-1.4, 1.4] {
            layers.append(.fill(.circle(center: p + Vector(dx, 0), radius: 0.65), .solid(RGBColour(70, 60, 50)), casts: false))
        }
        return layers
    }

    static func seam(_ points: [Point]) -> MockupLayer {
        .line(MockupShapes.polyline(points), width: 1.4, colour: .init(0, 0, 0), alpha: 0.22)
    }

    /// The edge of a piece lying over another: a fine dark line where the cloth turns under.
    static func edge(_ path: BezierPath) -> MockupLayer {
        .line(path, width: 1.1, colour: .init(0, 0, 0), alpha: 0.35)
    }

    static func stitch(_ points: [Point]) -> MockupLayer {
        .line(MockupShapes.polyline(points), width: 0.8, colour: thread, alpha: 0.4, dashes: [3, 2])
    }
}

