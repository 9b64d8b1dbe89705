internal import BatikGeometry
internal import CCairo

/// A tile's levels rendered once to small images ("stamps") and copied to every placement, instead
/// of drawing every mark of every tile again: a kain of kawung is 1 700 tiles of 72 marks, and
/// Cairo spends far longer filling 120 000 small paths than copying 1 700 small images.
///
/// A stamp is exact for placements that share its orientation (the linear part of the transform)
/// and, to an eighth of a pixel, its sub-pixel phase: the ink box's corner falls at the same
/// fraction of a pixel, so copying at a whole-pixel offset reproduces the drawing within 1/16 of
/// a pixel. A lattice has few phases (at most 64 at this quantum), so most placements reuse a
/// stamp. Stamps are composited with OVER, which gives what drawing the marks one by one gives.
final class TileStamps {
    struct Stamp {
        let surface: CairoSurface
        /// Where the stamp's top-left pixel goes in full-image pixels.
        let x: Int
        let y: Int
        let width: Int
        let height: Int
    }

    private struct Key: Hashable {
        let level: Int
        let linear: [Int64]
        let phaseX: Int
        let phaseY: Int
    }

    /// Sub-pixel phases per pixel: positions are kept to 1/8 pixel.
    static let phases = 8
    /// Largest stamp, pixels: bigger tiles (a 300 DPI close-up) are drawn directly.
    static let maximumPixels = 1_500_000
    /// Stamps kept in all; beyond this, placements are drawn directly.
    static let maximumStamps = 512

    private let art: TileArt
    private var stamps: [Key: (surface: CairoSurface, width: Int, height: Int, offsetX: Int, offsetY: Int)] = [:]

    init(art: TileArt) { self.art = art }

    /// The stamp for level `level` placed by `transform` (tile millimetres → full-image pixels),
    /// or nil when that placement should be drawn directly.
    func stamp(level: Int, transform t: AffineTransform) throws -> Stamp? {
        let ink = art.levels[level].inkBounds
        let box = ink.transformed(by: t)
        guard box.width.isFinite, box.height.isFinite, box.width * box.height <= Double(Self.maximumPixels) else {
            return nil
        }
        let q = Double(Self.phases)
        // Whole pixel and phase of the ink box's corner.
        var baseX = box.minX.rounded(.down)
        var baseY = box.minY.rounded(.down)
        var phaseX = Int(((box.minX - baseX) * q).rounded())
        var phaseY = Int(((box.minY - baseY) * q).rounded())
        if phaseX == Self.phases {
            phaseX = 0
            baseX += 1
        }
        if phaseY == Self.phases {
            phaseY = 0
            baseY += 1
        }
        let linear = [t.xx, t.yx, t.xy, t.yy].map { Int64(($0 * 1e9).rounded()) }
        let key = Key(level: level, linear: linear, phaseX: phaseX, phaseY: phaseY)
        let made: (surface: CairoSurface, width: Int, height: Int, offsetX: Int, offsetY: Int)
        if let cached = stamps[key] {
            made = cached
        } else {
            guard stamps.count < Self.maximumStamps else { return nil }
            made = try render(level: level, transform: t, box: box, phase: (Double(phaseX) / q, Double(phaseY) / q))
            stamps[key] = made
        }
        return Stamp(
            surface: made.surface, x: Int(baseX) + made.offsetX, y: Int(baseY) + made.offsetY, width: made.width,
            height: made.height)
    }

    /// Draws the level with `t`'s orientation so that its ink box's corner lands at `phase`
    /// (plus a pixel of room for antialiasing).
    private func render(level: Int, transform t: AffineTransform, box: Rect, phase: (Double, Double)) throws
        -> (surface: CairoSurface, width: Int, height: Int, offsetX: Int, offsetY: Int)
    {
        let pad = 2
        let width = Int(box.width.rounded(.up)) + 2 * pad + 1
        let height = Int(box.height.rounded(.up)) + 2 * pad + 1
        let surface = try CairoSurface.image(width: width, height: height)
        let context = try CairoContext(surface: surface)
        context.setAntialias(.good)
        context.setFillRule(.winding)
        context.setRoundLineEnds()
        let shift = AffineTransform.translation(
            x: -box.minX + phase.0 + Double(pad), y: -box.minY + phase.1 + Double(pad))
        context.setTransform(t.then(shift))
        for mark in art.levels[level].marks { context.draw(mark) }
        try context.check()
        try surface.flush()
        return (surface, width, height, -pad, -pad)
    }
}
