import BatikMotif

/// The overdye colour model (docs/colour-model.md). A dye bath acts as a filter: each dye's `colour`
/// is what white cloth looks like after that bath alone, so in linear light it *is* the bath's
/// transmittance per channel. Cloth that received several baths passes the product of their
/// transmittances, times the cloth's own reflectance:
///
///     result = encode( decode(cloth) × Π decode(dyeᵢ) )
///
/// This is the Beer–Lambert law for thin, non-scattering dye layers, the usual first model of
/// subtractive mixing. It turns blue over yellow green and indigo with soga near-black (wedel).
/// The order of the baths does not change the colour: order matters to the wax plan, not the mix.
public enum ColourModel {
    /// The colour of `cloth` after the baths whose dye colours are `baths`, in any order.
    public static func colour(cloth: RGBColour, baths: [RGBColour]) -> RGBColour {
        baths.reduce(LinearRGB(cloth)) { $0 * LinearRGB($1) }.srgb
    }

    /// The transmittance of one bath: its colour on white cloth, in linear light.
    public static func transmittance(of dye: Dye) -> LinearRGB { LinearRGB(dye.colour) }
}
