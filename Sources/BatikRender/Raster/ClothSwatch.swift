/// A piece of cloth as pixels at a known scale: what product mockups and listing photos print the
/// motif from, so a 40 mm kawung is 40 mm on a shirt whatever the photo's size.
public struct ClothSwatch: Sendable {
    public var image: RGBImage
    /// Pixels per millimetre of cloth.
    public var pixelsPerMillimetre: Double

    public init(image: RGBImage, pixelsPerMillimetre: Double) {
        self.image = image
        self.pixelsPerMillimetre = pixelsPerMillimetre
    }

    /// Width and height of the swatch, in millimetres.
    public var widthMillimetres: Double { Double(image.width) / pixelsPerMillimetre }
    public var heightMillimetres: Double { Double(image.height) / pixelsPerMillimetre }

    /// The colour at (x, y) millimetres, bilinearly interpolated, the swatch repeated beyond its
    /// edges (a motif's cloth continues; a product bigger than the swatch shows the same cloth).
    public func colour(atMillimetres x: Double, _ y: Double) -> (red: Double, green: Double, blue: Double) {
        image.bilinear(x * pixelsPerMillimetre - 0.5, y * pixelsPerMillimetre - 0.5, wrap: true)
    }
}
