import BatikMotif
import Testing

@testable import BatikWax

@Suite("Colour model")
struct ColourModelTests {
    static let mori = RGBColour(hex: "#efe6d2")!
    static let nila = RGBColour(hex: "#2b3a67")!
    static let soga = RGBColour(hex: "#8a5a2b")!
    static let kunyit = RGBColour(hex: "#e8b923")!

    @Test("white cloth after one bath is the dye's colour", arguments: [nila, soga, kunyit])
    func oneBathOnWhite(dye: RGBColour) {
        #expect(ColourModel.colour(cloth: .white, baths: [dye]).hex == dye.hex)
    }

    @Test("a recipe without baths is the cloth colour")
    func putihIsCloth() {
        #expect(ColourModel.colour(cloth: Self.mori, baths: []).hex == "#efe6d2")
    }

    @Test("the order of the baths does not change the colour")
    func orderIndependent() {
        let a = ColourModel.colour(cloth: Self.mori, baths: [Self.nila, Self.soga, Self.kunyit])
        let b = ColourModel.colour(cloth: Self.mori, baths: [Self.kunyit, Self.soga, Self.nila])
        #expect(a.hex == b.hex)
    }

    @Test("two baths are darker than either alone, and nila with soga is near-black")
    func twoBathsDarker() {
        let lum = { (c: RGBColour) in LinearRGB(c).luminance }
        let biru = ColourModel.colour(cloth: Self.mori, baths: [Self.nila])
        let coklat = ColourModel.colour(cloth: Self.mori, baths: [Self.soga])
        let hitam = ColourModel.colour(cloth: Self.mori, baths: [Self.nila, Self.soga])
        #expect(lum(hitam) < lum(biru))
        #expect(lum(hitam) < lum(coklat))
        #expect(lum(hitam) < 0.01)
        // The documented example (docs/colour-model.md).
        #expect(hitam.hex == "#100b07")
        #expect(biru.hex == "#283353")
    }

    @Test("blue over yellow is green")
    func blueOverYellow() {
        let green = ColourModel.colour(cloth: .white, baths: [RGBColour(hex: "#4060ff")!, RGBColour(hex: "#ffff40")!])
        #expect(green.green > green.red && green.green > green.blue)
    }

    @Test("sRGB decode and encode are inverse on every 8-bit value")
    func transferRoundTrip() {
        for v in 0...255 {
            let c = Double(v) / 255
            #expect(abs(LinearRGB.encode(LinearRGB.decode(c)) - c) < 1e-12)
        }
        #expect(LinearRGB.decode(0.5) > 0.21 && LinearRGB.decode(0.5) < 0.22)
    }
}
