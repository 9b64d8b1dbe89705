internal import BatikGeometry
internal import BatikMotif
internal import BatikWax
internal import CCairo

/// Where the cloth can show remukan (crackle) veins, and in which colour, from the resist plan.
///
/// Thick blocking wax (tembok, biron) cracks when the cloth is handled in the bath, and the dye of
/// that bath seeps into the cracks as thin dark veins (DOMAIN.md, "Wax"). So an area shows veins
/// when it was blocked in a **nembok** or **mbironi** step and then went, still under wax, through
/// a bath that darkens it visibly. Lines (klowong, isen) are left alone: their wax is thin and the
/// veins would be wider than the line. The vein colour is the area's final colour with the baths
/// that reached it through the cracks (the colour model's product), so nila through biron wax on
/// coklat gives the near-black of wedel, and tingi through tembok on putih gives a tan vein.
///
/// The map is one byte a pixel: 0 where there are no veins, else 1 + the index of the vein colour.
struct CrackleMap {
    /// A vein must be at least this much darker (relative luminance in linear light) than the
    /// area, or it would not show and is left out: a light bath through the cracks is invisible.
    static let visibleDarkening = 0.85

    let width: Int
    let height: Int
    /// `width × height` bytes; see above.
    let groups: [UInt8]
    /// Vein colours, 8-bit sRGB, index 0 for group 1.
    let veinColours: [(UInt8, UInt8, UInt8)]

    var isEmpty: Bool { veinColours.isEmpty }

    /// No veins anywhere.
    init(empty width: Int, _ height: Int) {
        self.width = width
        self.height = height
        groups = []
        veinColours = []
    }

    /// The crackle map of `plan` on `area` (the layout's cloth area, millimetres) at `scale` pixels
    /// per millimetre, `width × height` pixels.
    init(plan: ResistPlan, motif: Motif, area: Rect, scale: Double, width: Int, height: Int) throws {
        self.width = width
        self.height = height
        var dyes: [String: RGBColour] = [:]
        for dye in motif.dyes { dyes[dye.name] = dye.colour }

        // Region index → the baths it went through under blocking wax.
        var blockedFrom: [Int: Int] = [:]
        for (s, step) in plan.steps.enumerated() where step.kind == .nembok || step.kind == .mbironi {
            for r in step.added where plan.regions[r].source.isArea && blockedFrom[r] == nil { blockedFrom[r] = s }
        }
        var byColour: [String: (colour: RGBColour, regions: [Int])] = [:]
        var order: [String] = []
        for r in blockedFrom.keys.sorted() {
            let first = blockedFrom[r]!
            // Colet dyes are brushed inside their own outlines, not over wax, so they reach no crack.
            let baths = plan.steps[(first + 1)...].filter {
                $0.kind.isBath && $0.kind != .nyolet && $0.waxed.contains(r)
            }.compactMap { $0.bath.flatMap { dyes[$0] } }
            let recipe = plan.regions[r].recipe
            guard !baths.isEmpty, let area = plan.finalColours[recipe] else { continue }
            let vein = ColourModel.colour(cloth: area, baths: baths)
            guard LinearRGB(vein).luminance < Self.visibleDarkening * LinearRGB(area).luminance else { continue }
            let key = vein.hex
            if byColour[key] == nil {
                byColour[key] = (vein, [])
                order.append(key)
            }
            byColour[key]!.regions.append(r)
        }
        guard !order.isEmpty, width > 0, height > 0, order.count < 255 else {
            groups = []
            veinColours = []
            return
        }

        let surface = try CairoSurface.image(width: width, height: height)
        let context = try CairoContext(surface: surface)
        // Hard edges: the byte is a label, not a colour to blend.
        context.setAntialias(.none)
        context.setFillRule(.evenOdd)
        let clothToImage = AffineTransform.translation(-area.origin.vector).then(.scale(scale))
        var colours: [(UInt8, UInt8, UInt8)] = []
        for (index, key) in order.enumerated() {
            let group = byColour[key]!
            let path = CairoPath(group.regions.reduce(into: BezierPath()) { $0.append(plan.regions[$1].region.path) })
            context.setSource(RGBColour(red: Double(index + 1) / 255, green: 0, blue: 0))
            for placement in plan.placements {
                context.setTransform(placement.then(clothToImage))
                context.newPath()
                context.append(path)
                context.fill()
            }
            colours.append(Self.bytes(group.colour))
        }
        try context.check()
        try surface.flush()
        var labels = [UInt8](repeating: 0, count: width * height)
        surface.withImageData { data in
            let stride = surface.imageStride
            for y in 0..<height {
                for x in 0..<width {
                    let pixel = data.loadUnaligned(fromByteOffset: y * stride + x * 4, as: UInt32.self)
                    labels[y * width + x] = UInt8(truncatingIfNeeded: pixel >> 16)
                }
            }
        }
        groups = labels
        veinColours = colours
    }

    static func bytes(_ c: RGBColour) -> (UInt8, UInt8, UInt8) {
        func b(_ v: Double) -> UInt8 { UInt8((min(max(v, 0), 1) * 255).rounded()) }
        return (b(c.red), b(c.green), b(c.blue))
    }
}
