import BatikGeometry
import BatikMotif
import BatikTestSupport
import Testing

@testable import BatikRender

@Suite("Listing pictures and text")
struct ListingTests {
    @Test("the close-up's ruler measures true centimetres on the photo")
    func rulerIsTrue() throws {
        let blank = RGBImage(width: 1200, height: 1200, fill: (230, 220, 200))
        let photo = try ListingPhotos().closeUp(blank, pixelsPerMillimetre: 10)
        // Long (centimetre) ticks reach 22 px below the ruler's line; short ones 9 and 15.
        let line = try #require((900..<1200).first { y in (70..<400).allSatisfy { photo[$0, y].red < 80 } })
        let ticks = runCentres(in: 40..<700) { photo[$0, line + 18].red < 80 }
        #expect(ticks.count == 6, "0 to 5 cm: \(ticks)")
        if let first = ticks.first, let last = ticks.last { #expect(abs(last - first - 500) <= 1.5) }
    }

    @Test("the whole cloth sits on pure white with room round it")
    func wholeClothOnWhite() throws {
        let cloth = RGBImage(width: 250, height: 110, fill: (60, 40, 20))
        let photo = try ListingPhotos().wholeCloth(cloth, size: Size(2500, 1100))
        #expect(photo.width == 1200 && photo.height == 1200)
        for (x, y) in [(0, 0), (1199, 0), (0, 1199), (1199, 1199), (600, 5)] {
            #expect(photo[x, y] == (255, 255, 255))
        }
        #expect(photo[600, 600] == (60, 40, 20))
    }

    @Test("the title fits both marketplaces and says how the cloth was made")
    func title() throws {
        let motif = Motif(
            name: "Kawung", origin: "Yogyakarta", description: "Four fruits.", sourcePath: "k.yaml", parameters: [],
            tile: Tile(size: Size(24, 24), repeat: .lattice(.square, angle: .zero)), cloth: RGBColour(hex: "#f0e6cf")!,
            dyes: [], recipes: [Recipe(name: "putih", baths: []), Recipe(name: "hitam", baths: [])], background: "putih",
            tools: [:], tileMarks: [], warnings: [])
        let tulis = ListingText(
            motif: motif, cloth: Size(2500, 1100), technique: .tulis, brand: "KUBE Sekar Arum Mojokerto Jaya Abadi Sentosa")
        #expect(tulis.title == "Kain Batik Tulis Kawung 250 x 110 cm")
        #expect(tulis.title.count <= ListingText.titleLimit)
        #expect(tulis.description.contains("Warna: putih dan hitam."))
        #expect(tulis.description.contains("Perawatan:"))
        let print = ListingText(motif: motif, cloth: Size(2000, 1100), technique: .print)
        #expect(print.title.contains("print"))
        #expect(print.description.contains("bukan batik tulis"))
        #expect(!print.description.contains("Motif tembus"))
        let english = ListingText(motif: motif, cloth: Size(2000, 1100), technique: .cap, language: .en)
        #expect(english.fileText.hasPrefix("TITLE\nCloth Batik Cap Kawung 200 x 110 cm"))
        #expect(ListingText.rupiah(350000) == "Rp 350.000")
    }
}
