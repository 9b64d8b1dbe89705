public import BatikGeometry
internal import BatikMotif

/// A photo of a blank white product (a T-shirt, a tote, a scarf laid flat) on a plain background,
/// made ready to wear a motif at true scale: where the product is (its mask), how the light falls
/// on it (shading from the photo's own luminance), how its folds bend the cloth (a displacement
/// from the luminance gradients), and how product millimetres map to photo pixels (a scale from
/// the product's real width, or a homography from four corners of a flat rectangle on it).
///
/// Building a template does the per-photo work once; `apply(swatch:)` then places any motif.
/// See docs/photo-templates.md.
public struct PhotoTemplate: Sendable {
    /// Tunables, with defaults that suit a white product on a plain, evenly lit background.
    public struct Options: Hashable, Sendable {
        /// The least colour distance from the background that counts as product when the mask is
        /// derived, as a fraction of the black-to-white distance (0.08 ≈ 12 levels in each
        /// channel). Raised automatically above the backdrop's own noise.
        public var maskTolerance: Double
        /// How much of the photo's light and shade falls on the motif: 0 flat colour, 1 as
        /// photographed.
        public var shading: Double
        /// How far folds bend the motif: 0 not at all; 1 moves it at most about 0.7 % of the
        /// product's width at the steepest fold.
        public var displacement: Double

        public init(maskTolerance: Double = 0.08, shading: Double = 1, displacement: Double = 1) {
            self.maskTolerance = maskTolerance
            self.shading = shading
            self.displacement = displacement
        }

        // The ranges a template file may give (one source for both).
        public static let maskToleranceRange = PhotoTemplateFile.toleranceRange
        public static let shadingRange = PhotoTemplateFile.shadingRange
        public static let displacementRange = PhotoTemplateFile.displacementRange
    }

    /// The photo as given.
    public let photo: RGBImage
    /// The real width, in millimetres: of the product's widest extent in the photo (its mask's
    /// bounding box) without corners, of the rectangle's top edge with corners.
    public let widthMillimetres: Double
    /// Four corners in photo pixels (top-left, top-right, bottom-right, bottom-left) of a flat
    /// rectangle on the product, or nil.
    public let corners: [Point]?
    public let options: Options

    let mask: ProductMask
    /// Photo pixel (continuous, pixel (i, j) covers [i, i+1) × [j, j+1)) → product-plane mm.
    let photoToPlane: Homography
    /// Luminance over the product's lit white: 1 where the product is lit as its brightest 2 %.
    let shade: [Float]
    /// Per-pixel lookup offsets in photo pixels (x, y interleaved), empty when displacement is 0.
    let offsets: [Float]

    /// The product's bounding box in photo pixels (where the mask is at least half product).
    public let productBounds: Rect
    /// The piece of product plane, in millimetres, that the product covers in the photo: the
    /// cloth a swatch must show (render the motif on exactly this area for the best result).
    public let clothArea: Rect
    /// Photo pixels per product millimetre where the product is largest in the photo: a swatch
    /// at this resolution or finer shows every detail the photo can.
    public let pixelsPerMillimetre: Double

    /// Builds the template.
    ///
    /// - Parameters:
    ///   - photo: the product photo.
    ///   - mask: the product's mask, the photo's size, white = product; nil to derive it.
    ///   - widthMillimetres: the real width, see `widthMillimetres`.
    ///   - corners: four points for perspective, see `corners`.
    ///   - heightMillimetres: the real height of the corners' rectangle; nil to estimate it from
    ///     the corners' side lengths (fine for a view at most moderately tilted).
    /// - Throws: `PhotoTemplateError` for an empty photo, a mask of another size or with no
    ///   product, no product found, a width out of range, or corners that make no rectangle.
    public init(
        photo: RGBImage, mask: RGBImage? = nil, widthMillimetres: Double, corners: [Point]? = nil,
        heightMillimetres: Double? = nil, options: Options = Options()
    ) throws(PhotoTemplateError) {
        guard photo.width >= 8, photo.height >= 8 else {
            throw PhotoTemplateError("the photo is \(photo.width) × \(photo.height) pixels; it needs to be at least 8 × 8")
        }
        guard widthMillimetres.isFinite, widthMillimetres >= 10, widthMillimetres <= 10_000 else {
            throw PhotoTemplateError(
                "a width of \(widthMillimetres) mm is out of range", hint: "give the product's real width, 1 cm to 10 m")
        }
        let productMask: ProductMask
        if let mask {
            guard mask.width == photo.width, mask.height == photo.height else {
                throw PhotoTemplateError(
                    "the mask is \(mask.width) × \(mask.height) pixels but the photo is \(photo.width) × \(photo.height)",
                    hint: "export the mask from the same photo at the same size")
            }
            productMask = ProductMask(maskImage: mask)
            guard productMask.bounds != nil else {
                throw PhotoTemplateError("the mask has no white area", hint: "paint the product white and the rest black")
            }
        } else {
            productMask = ProductMask.derived(from: photo, tolerance: options.maskTolerance)
            guard productMask.bounds != nil else {
                throw PhotoTemplateError(
                    "no product was found: the whole photo looks like background",
                    hint: "photograph the product on a plain background of another shade, or give a mask")
            }
        }
        let b = productMask.bounds!
        let bounds = Rect(x: Double(b.minX), y: Double(b.minY), width: Double(b.maxX - b.minX + 1), height: Double(b.maxY - b.minY + 1))
        if productMask.bounds.map({ $0.minX == 0 && $0.minY == 0 && $0.maxX == photo.width - 1 && $0.maxY == photo.height - 1 }) == true,
            mask == nil
        {
            throw PhotoTemplateError(
                "the product fills the whole photo, so its outline cannot be found",
                hint: "leave some plain background around the product, or give a mask")
        }

        let planeToPhoto: Homography
        var area: Rect
        if let corners {
            let plane = try Self.rectangle(corners: corners, width: widthMillimetres, height: heightMillimetres)
            guard let h = Homography(from: plane, to: corners) else {
                throw PhotoTemplateError(
                    "the four corners make no rectangle (three of them are on one line)",
                    hint: "give top-left, top-right, bottom-right, bottom-left of a flat rectangle on the product")
            }
            planeToPhoto = h
        } else {
            let s = bounds.width / widthMillimetres
            planeToPhoto = Homography(matrix: [s, 0, bounds.minX, 0, s, bounds.minY, 0, 0, 1])
        }
        guard let photoToPlane = planeToPhoto.inverse else {
            throw PhotoTemplateError("the corners give no usable mapping", hint: "check their order: top-left, top-right, bottom-right, bottom-left")
        }
        area = try Self.planeArea(of: bounds, through: photoToPlane)
        let scale = Self.largestScale(of: planeToPhoto, over: area)

        self.photo = photo
        self.widthMillimetres = widthMillimetres
        self.corners = corners
        self.options = options
        self.mask = productMask
        self.photoToPlane = photoToPlane
        self.productBounds = bounds
        self.clothArea = area
        self.pixelsPerMillimetre = scale
        let shade = Self.shading(of: photo, mask: productMask)
        self.shade = shade
        self.offsets = Self.displacements(shade: shade, mask: productMask, productWidth: bounds.width, strength: options.displacement)
    }

    /// The mask as an image, white = product: to check what was found, or to start a hand-made mask from.
    public var maskImage: RGBImage {
        var image = RGBImage(width: mask.width, height: mask.height)
        for i in mask.coverage.indices {
            let v = UInt8((mask.coverage[i] * 255).rounded())
            image.pixels[3 * i] = v
            image.pixels[3 * i + 1] = v
            image.pixels[3 * i + 2] = v
        }
        return image
    }
}
