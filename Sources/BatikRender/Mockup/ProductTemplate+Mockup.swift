public import BatikGeometry
internal import BatikMotif

extension ProductTemplate {
    /// Photo sizes accepted, in pixels a side.
    public static let sizeRange: ClosedRange<Int> = 64...8000
    /// Fractions of the frame the product may fill.
    public static let fillRange: ClosedRange<Double> = 0.3...0.95

    /// A square `size` × `size` product photo: the product made of `swatch`'s cloth, at true
    /// scale, lit softly from the top left, with a soft shadow, on a plain `background` (exactly
    /// that colour beyond the shadow: marketplace covers want pure white). The product's bounding
    /// box fills `fill` of the frame along its larger side and is centred (`productBounds`).
    /// `seed` varies the folds; the same inputs always give the same pixels.
    public func mockup(
        swatch: ClothSwatch, size: Int = 1200, background: (UInt8, UInt8, UInt8) = (255, 255, 255),
        fill: Double = 0.75, seed: UInt64 = 1
    ) throws -> RGBImage {
        try Self.check(size: size, fill: fill)
        guard swatch.image.width > 0, swatch.image.height > 0, swatch.pixelsPerMillimetre > 0 else {
            throw MockupError(message: "the cloth swatch is empty")
        }
        let art = makeArt(seed: seed)
        let frame = Self.frame(of: art.bounds, size: size, fill: fill)
        let canvas = try MockupCanvas(size: size, background: background, transform: frame.transform)
        try canvas.drawShadow(art)
        let prepared = PreparedSwatch(swatch, photoPixelsPerMillimetre: frame.pixelsPerMillimetre)
        // Light: the shade multiplier falls linearly from the product's top-left to bottom-right.
        let box = frame.bounds
        let k = art.lightFalloff / 2
        let lightX = -k / box.width
        let lightY = -k / box.height
        let light0 = 1 + art.lightFalloff / 2 - lightX * box.minX - lightY * box.minY
        for layer in art.layers {
            try canvas.draw(layer, swatch: prepared, light: (light0, lightX, lightY))
        }
        return try canvas.image()
    }

    /// Where the product lies in a `size` × `size` mockup, in pixels: its bounding box scaled to
    /// `fill` of the frame along its larger side, centred. The shadow falls a little outside.
    public func productBounds(size: Int = 1200, fill: Double = 0.75) -> Rect {
        Self.frame(of: makeArt(seed: 1).bounds, size: size, fill: fill).bounds
    }

    /// Photo pixels per millimetre of the product in a `size` × `size` mockup: a 24 mm repeat is
    /// 24 × this many pixels on the flat parts of the product.
    public func photoPixelsPerMillimetre(size: Int = 1200, fill: Double = 0.75) -> Double {
        Self.frame(of: makeArt(seed: 1).bounds, size: size, fill: fill).pixelsPerMillimetre
    }

    /// A good resolution for the swatch of a `size` mockup: twice the photo's pixels per
    /// millimetre (finer only costs time), and at least 1 pixel per millimetre.
    public func swatchPixelsPerMillimetre(size: Int = 1200, fill: Double = 0.75) -> Double {
        max(1, 2 * photoPixelsPerMillimetre(size: size, fill: fill))
    }

    static func check(size: Int, fill: Double) throws(MockupError) {
        guard sizeRange.contains(size) else {
            throw MockupError(
                message: "a mockup of \(size) px is out of range: use \(sizeRange.lowerBound) to \(sizeRange.upperBound) px a side")
        }
        guard fill.isFinite, fillRange.contains(fill) else {
            throw MockupError(
                message: "the product cannot fill \(fill) of the frame: use \(fillRange.lowerBound) to \(fillRange.upperBound) (0.75 for marketplace covers)")
        }
    }

    /// The product's bounds (millimetres) placed in the frame.
    static func frame(of bounds: Rect, size: Int, fill: Double)
        -> (transform: AffineTransform, bounds: Rect, pixelsPerMillimetre: Double)
    {
        let side = Double(size)
        let scale = fill * side / max(bounds.width, bounds.height)
        let width = bounds.width * scale
        let height = bounds.height * scale
        let placed = Rect(x: (side - width) / 2, y: (side - height) / 2, width: width, height: height)
        let transform = AffineTransform.translation(x: -bounds.minX, y: -bounds.minY)
            .thenScaled(by: scale)
            .thenTranslated(by: Vector(placed.minX, placed.minY))
        return (transform, placed, scale)
    }

    /// The product's drawing for this seed.
    func makeArt(seed: UInt64) -> ProductArt {
        var rng = SplitMix64(seed: seed ^ 0x6261_7469_6B00)
        switch kind {
        case .kainStack: return KainStackArt.make(rng: &rng)
        case .hangingKain: return HangingArt.kain(rng: &rng)
        case .selendang: return HangingArt.selendang(rng: &rng)
        case .kemeja: return KemejaArt.make(rng: &rng)
        case .tote: return ToteArt.make(rng: &rng)
        case .masker: return MaskerArt.make(rng: &rng)
        }
    }
}
