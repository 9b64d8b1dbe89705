public import BatikMotif
public import BatikWax

/// A preview that looks like a photograph of real batik tulis rather than a vector drawing: the
/// cotton weave, the slight irregularity of hand-drawn wax lines, dye bleeding at the edges of
/// colours, remukan (crackle) veins where blocking wax cracked in a later dark bath, a slight
/// unevenness of dyeing, and the reverse side. docs/cloth-look.md describes each effect.
///
/// Everything comes from `seed`: the same inputs give byte-identical pixels, another seed gives
/// another hand. The irregularity is a field over the whole cloth, not per repeat, so repeats of
/// the motif are never identical — one of the things a buyer checks to tell tulis from print.
///
/// The look keeps the colourway: every effect is zero-mean or confined to edges and veins, so a
/// large area still averages to its recipe's colour from the colour model.
public struct ClothLook: Sendable {
    /// The largest front made at once, in pixels. The look works on whole images in memory (about
    /// 13 bytes a pixel while it runs): 40 megapixels is a 53 × 53 cm piece at 300 DPI and about
    /// 520 MB. Bigger renders are refused rather than made in bands (docs/cloth-look.md).
    public static let maxPixelCount = 40_000_000

    public var seed: UInt64
    /// Draw remukan veins where the plan blocked areas before a later dark bath.
    public var crackle: Bool

    /// Distance between neighbouring threads, millimetres. Mori primissima has about 35–40
    /// threads a centimetre; 0.3 mm is a middle value that still shows at 300 DPI.
    public var threadPitch = 0.3
    /// Strength of the weave relief, as a fraction of the colour's brightness.
    public var weaveContrast = 0.07
    /// Strength of the weave on dark cloth, where a fraction of a dark colour would not show:
    /// the sheen of thread crowns, 0…1 of full white.
    public var weaveSheen = 0.02
    /// Typical displacement of a wax edge from the drawn line, millimetres (peaks reach about
    /// twice this). A canting line wanders by a fraction of its own width.
    public var wobble = 0.15
    /// Distance over which the wobble changes, millimetres: a hand's slow drift along a line.
    public var wobbleWavelength = 3.5
    /// How far dark dye creeps under the wax into a light area, millimetres: from the first to the
    /// second value, varying along the edge.
    public var bleedWidth: ClosedRange<Double> = 0.1...0.3
    /// How much of the neighbouring dark dye reaches the light side right at the edge, 0…1.
    public var bleedStrength = 0.45
    /// Mean size of the plates between crackle veins, millimetres.
    public var crackleSpacing = 6.0
    /// Width of a crackle vein, millimetres.
    public var veinWidth = 0.11
    /// How much of the bath's colour a vein takes, 0…1 (a crack lets less dye in than open cloth).
    public var veinStrength = 0.65
    /// Unevenness of dyeing: dye density varies by up to this fraction over the cloth.
    public var mottling = 0.08
    /// Size of the patches of uneven dyeing, millimetres.
    public var mottleWavelength = 45.0
    /// The fraction of the front's dye density that shows on the back.
    public var reverseDepth = 0.72
    /// How much less saturated the back is than the front, 0…1.
    public var reverseDesaturation = 0.18
    /// Blur radius of colour edges on the back, pixels.
    public var reverseSoftening = 2

    public init(seed: UInt64 = 1, crackle: Bool = true) {
        self.seed = seed
        self.crackle = crackle
    }

    /// The front as a `ClothSwatch` at `pixelsPerMillimetre`, for mockups and listing photos that
    /// print the cloth at its true scale.
    public func swatch(layout: MotifLayout, motif: Motif, plan: ResistPlan?, pixelsPerMillimetre: Double) throws
        -> ClothSwatch
    {
        let image = try front(layout: layout, motif: motif, plan: plan, dpi: pixelsPerMillimetre * 25.4)
        return ClothSwatch(image: image, pixelsPerMillimetre: pixelsPerMillimetre)
    }
}
