import BatikGeometry
import BatikMotif
import BatikTestSupport
import BatikWax
import Testing

@testable import BatikRender

@Suite("Cloth look")
struct ClothLookTests {
    /// A 40 mm tile: a 24 mm putih square, blocked with tembok wax (nembok) and kept under it
    /// through the nila and soga baths, on a hitam ground.
    static let blocked = Fixtures.sogan(
        name: "Kotak Putih", tile: 40, background: "hitam",
        marks: [Mark(path: Fixtures.square(24), fill: "putih", outline: nil, order: 0)])
    static let area = Rect(x: 0, y: 0, width: 40, height: 40)

    /// A cloth that is all one recipe.
    static func plain(_ recipe: String) -> Motif {
        Fixtures.sogan(name: "Polos", tile: 30, background: recipe, marks: [])
    }

    static func front(
        _ motif: Motif, area: Rect = area, plan: ResistPlan? = nil, look: ClothLook = ClothLook(), dpi: Double = 150
    ) throws -> RGBImage {
        try look.front(layout: motif.layout(on: area), motif: motif, plan: plan, dpi: dpi)
    }

    static func luminance(_ p: (red: UInt8, green: UInt8, blue: UInt8)) -> Double {
        0.299 * Double(p.red) + 0.587 * Double(p.green) + 0.114 * Double(p.blue)
    }

    static func mean(_ image: RGBImage) -> (Double, Double, Double) {
        var sum = (0.0, 0.0, 0.0)
        for i in stride(from: 0, to: image.pixels.count, by: 3) {
            sum.0 += Double(image.pixels[i])
            sum.1 += Double(image.pixels[i + 1])
            sum.2 += Double(image.pixels[i + 2])
        }
        let n = Double(image.width * image.height)
        return (sum.0 / n, sum.1 / n, sum.2 / n)
    }

    @Test("the same seed gives the same bytes; another seed moves the wax lines")
    func deterministic() throws {
        let motif = Fixtures.bulatan
        let area = Rect(x: 0, y: 0, width: 60, height: 45)
        let plan = try ResistPlanner.plan(motif, area: area)
        let a = try Self.front(motif, area: area, plan: plan, look: ClothLook(seed: 42))
        let b = try Self.front(motif, area: area, plan: plan, look: ClothLook(seed: 42))
        let c = try Self.front(motif, area: area, plan: plan, look: ClothLook(seed: 43))
        #expect(a == b)
        #expect(a.width == 354 && a.height == 266)  // the preview's size at 150 DPI
        let differing = zip(a.pixels, c.pixels).filter { abs(Int($0) - Int($1)) > 40 }.count
        // Big differences are edges that moved, not just a different grain.
        #expect(differing > 500)
    }

    @Test("repeats are not identical: the same point of two tiles differs", arguments: [150.0, 300.0])
    func repeatsDiffer(dpi: Double) throws {
        let motif = Fixtures.bulatan
        let image = try Self.front(motif, area: Rect(x: 0, y: 0, width: 60, height: 30), dpi: dpi)
        // Tiles are 30 mm wide: compare the left tile with the right one, pixel for pixel.
        let shift = Int((30 * dpi / 25.4).rounded())
        var differing = 0
        for y in 0..<image.height {
            for x in 0..<(image.width - shift) {
                if abs(Self.luminance(image[x, y]) - Self.luminance(image[x + shift, y])) > 60 { differing += 1 }
            }
        }
        #expect(differing > image.width * image.height / 400)
    }

    @Test(
        "a large flat area keeps its recipe's colour on average",
        arguments: ["putih", "biru", "coklat", "hitam"])
    func keepsColourway(recipe: String) throws {
        let motif = Self.plain(recipe)
        let expected = try Palette(motif: motif).background
        let image = try Self.front(motif, area: Rect(x: 0, y: 0, width: 90, height: 90), dpi: 100)
        let m = Self.mean(image)
        let dr = m.0 - expected.red * 255
        let dg = m.1 - expected.green * 255
        let db = m.2 - expected.blue * 255
        let distance = (dr * dr + dg * dg + db * db).squareRoot()
        #expect(distance < 3, "mean \(m) against \(expected.hex)")
        // And it is not flat: the cloth has texture.
        let spread = image.pixels.max()! - image.pixels.min()!
        #expect(spread > 6)
    }

    @Test("the back is mirrored: a mark at the left shows at the right")
    func reverseMirrors() throws {
        var image = RGBImage(width: 200, height: 100, fill: (239, 230, 210))
        for y in 40..<60 { for x in 10..<30 { image[x, y] = (16, 11, 7) } }
        let back = ClothLook().reverse(of: image)
        #expect(back.width == 200 && back.height == 100)
        #expect(Self.luminance(back[180, 50]) < 100)  // the mark, now at the right (x 170–189)
        #expect(Self.luminance(back[20, 50]) > 200)  // and gone from the left
    }

    @Test("the back is lighter and less saturated than the front, and its weave still shows")
    func reverseIsLighter() throws {
        let motif = Fixtures.bulatan
        let look = ClothLook()
        let front = try Self.front(motif, area: Rect(x: 0, y: 0, width: 60, height: 60), look: look, dpi: 300)
        let back = look.reverse(of: front)
        let lf = Self.mean(front), lb = Self.mean(back)
        #expect(0.299 * lb.0 + 0.587 * lb.1 + 0.114 * lb.2 > 0.299 * lf.0 + 0.587 * lf.1 + 0.114 * lf.2 + 8)
        // Weave: neighbouring pixels in the flat hitam ground still differ on the back.
        #expect(Self.grain(back, x: 2, y: 2, size: 30) > 0.5)
    }

    @Test("crackle veins appear only inside the blocked area, and none without crackle")
    func crackleInsideBlockedAreas() throws {
        let plan = try ResistPlanner.plan(Self.blocked, area: Self.area)
        #expect(plan.steps.contains { $0.kind == .nembok })
        let dpi = 300.0
        let veined = try Self.front(Self.blocked, plan: plan, look: ClothLook(seed: 5), dpi: dpi)
        let plain = try Self.front(Self.blocked, plan: plan, look: ClothLook(seed: 5, crackle: false), dpi: dpi)
        let noPlan = try Self.front(Self.blocked, plan: nil, look: ClothLook(seed: 5), dpi: dpi)
        #expect(plain == noPlan)

        let s = dpi / 25.4
        // The square spans 8…32 mm; wax edges wander by well under 0.6 mm.
        let margin = 0.6
        var inside = 0
        var outside = 0
        for y in 0..<veined.height {
            for x in 0..<veined.width {
                let darker = Self.luminance(plain[x, y]) - Self.luminance(veined[x, y])
                guard darker > 20 else { continue }
                let xm = (Double(x) + 0.5) / s, ym = (Double(y) + 0.5) / s
                if xm > 8 - margin && xm < 32 + margin && ym > 8 - margin && ym < 32 + margin {
                    inside += 1
                } else {
                    outside += 1
                }
            }
        }
        #expect(outside == 0)
        // Veins: thin lines over a fair part of the square, but far from covering it.
        let square = Int(24 * 24 * s * s)
        #expect(inside > square / 200)
        #expect(inside < square / 5)
    }

    @Test("the weave shows at 300 DPI and fades away at low DPI instead of beating into moiré")
    func weaveFadesAtLowResolution() throws {
        let motif = Self.plain("putih")
        let area = Rect(x: 0, y: 0, width: 60, height: 60)
        let fine = try Self.front(motif, area: area, dpi: 300)
        let coarse = try Self.front(motif, area: area, dpi: 40)
        let fineGrain = Self.grain(fine, x: 20, y: 20, size: 200)
        let coarseGrain = Self.grain(coarse, x: 5, y: 5, size: 80)
        #expect(fineGrain > 4)
        #expect(coarseGrain < fineGrain / 3)
        // No beat pattern: no column of the coarse image differs from the mean by a stripe.
        var columns: [Double] = []
        for x in 0..<coarse.width {
            columns.append((0..<coarse.height).reduce(0.0) { $0 + Self.luminance(coarse[x, $1]) } / Double(coarse.height))
        }
        let columnMean = columns.reduce(0, +) / Double(columns.count)
        #expect(columns.map { abs($0 - columnMean) }.max()! < 2)
    }

    /// The mean absolute difference between horizontally neighbouring pixels' luminance in a
    /// square: the fine texture, blind to broad mottling.
    static func grain(_ image: RGBImage, x: Int, y: Int, size: Int) -> Double {
        var sum = 0.0
        var n = 0
        for j in y..<min(y + size, image.height) {
            for i in x..<min(x + size, image.width - 1) {
                sum += abs(luminance(image[i, j]) - luminance(image[i + 1, j]))
                n += 1
            }
        }
        return sum / Double(max(n, 1))
    }
}
