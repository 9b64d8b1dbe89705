import BatikMotif
import Foundation

/// The colours of an imported drawing turned into what a motif file needs: a cloth colour, dye
/// baths and recipes.
///
/// 1. **Clustering.** Colours closer than `clusterDistance` (ΔE*ab, CIE76) are one colour: a
///    drawing's `#2b3a67` and `#2c3b68` are the same indigo to a batik maker. The most used colour
///    of a cluster speaks for it; colours are taken most used first, each joining the nearest
///    cluster within reach or starting one. Deterministic: ties keep the drawing's order.
/// 2. **Cloth.** When the lightest colour is near white or cream (L* ≥ 75, C* ≤ 25) it is the
///    undyed cloth: its recipe has no baths and it is the background. Otherwise the cloth is mori
///    (`#efe6d2`) with a recipe `putih` for the background, and every colour needs a bath.
/// 3. **Baths.** Every other colour gets a dip bath, `pewarna-N` for `warna-N`, light to
///    dark. A colour darker in every channel (linear light) than a lighter one is that colour
///    **dyed again**, as batik makes its dark colours (`hitam: [nila, soga]`): its recipe is the
///    lighter one's plus its own bath (the lighter colour with the most baths is chosen, then the
///    nearest). Otherwise it is dyed once, on the cloth. Each bath's colour is what white cloth
///    would take so that the preview shows the drawing's colour: the colour model multiplies
///    transmittances in linear light, so it is colour ÷ what lies under it, per channel (a colour
///    lighter than the cloth in some channel comes out as near as a dye can make it). Dip baths
///    with waxing and scraping can make every recipe, so the file always plans; the trainer then
///    renames and sets the real dye colours, as the written file's comments explain. A bath within
///    `clusterDistance` of one already made is that bath: a drawing of white, indigo, soga brown
///    and near-black comes out as the classic sogan, black being indigo dyed again with the same
///    soga as the brown.
public struct ImportedPalette: Hashable, Sendable {
    /// One colour of the motif: a recipe.
    public struct Entry: Hashable, Sendable {
        /// `warna-1`, `warna-2`… in order of lightness; `putih` for a mori ground.
        public var name: String
        /// The colour that speaks for the cluster.
        public var colour: RGBColour
        /// Every drawing colour in the cluster, most used first (the first is `colour`).
        public var members: [RGBColour]
        /// Fills and lines using the cluster (a shape filled and outlined in it counts twice).
        public var uses: Int
        /// The bath this colour adds (possibly shared with another colour); nil for the cloth's own.
        public var bath: Dye?
        /// The recipe: every bath that reaches the cloth there, in bath order.
        public var baths: [String]
        /// The lighter colour this one is dyed over (its recipe plus `bath`), nil when dyed once.
        public var dyedAgain: String?

        init(name: String, colour: RGBColour, members: [RGBColour], uses: Int, bath: Dye?) {
            self.name = name
            self.colour = colour
            self.members = members
            self.uses = uses
            self.bath = bath
            self.baths = bath.map { [$0.name] } ?? []
        }
    }

    /// ΔE*ab below which two colours of a drawing are one colour (10: clearly the same hue and
    /// depth to a dyer; dye lots differ by more than the colours it merges).
    public static let defaultClusterDistance = 10.0
    /// The undyed mori used when the drawing has no colour light enough to be the cloth.
    public static let mori = RGBColour(hex: "#efe6d2")!

    public var cloth: RGBColour
    /// Lightest first; the first has no bath and is the background.
    public var entries: [Entry]
    private var lookup: [RGBColour: String]

    public var background: String { entries[0].name }
    /// The baths in order: for the lightest colour first, as batik dyes light before dark.
    public private(set) var dyes: [Dye] = []

    /// The recipe a drawing colour belongs to.
    public func recipe(for colour: RGBColour) -> String {
        lookup[colour] ?? entries[0].name
    }

    /// `uses`: each colour of the drawing with the number of shapes using it, in drawing order.
    public init(uses: [(RGBColour, Int)], clusterDistance: Double = defaultClusterDistance) {
        var order: [RGBColour] = []
        var count: [RGBColour: Int] = [:]
        for (c, n) in uses {
            if count[c] == nil { order.append(c) }
            count[c, default: 0] += n
        }
        let byUse = order.enumerated().sorted { (count[$0.element]!, -$0.offset) > (count[$1.element]!, -$1.offset) }
            .map(\.element)
        var clusters: [(lab: CIELab, members: [RGBColour], uses: Int)] = []
        for c in byUse {
            let lab = CIELab(c)
            let nearest = clusters.indices.min {
                clusters[$0].lab.distance(to: lab) < clusters[$1].lab.distance(to: lab)
            }
            if let k = nearest, clusters[k].lab.distance(to: lab) < clusterDistance {
                clusters[k].members.append(c)
                clusters[k].uses += count[c]!
            } else {
                clusters.append((lab, [c], count[c]!))
            }
        }
        clusters.sort { ($0.lab.l, -$0.lab.chroma) > ($1.lab.l, -$1.lab.chroma) }
        var entries: [Entry] = []
        let lightest = clusters.first
        let clothFromDrawing = lightest.map { $0.lab.l >= 75 && $0.lab.chroma <= 25 } ?? false
        let cloth = clothFromDrawing ? lightest!.members[0] : Self.mori
        if !clothFromDrawing {
            entries.append(Entry(name: "putih", colour: cloth, members: [], uses: 0, bath: nil))
        }
        for (k, cluster) in clusters.enumerated() {
            let name = "warna-\(k + 1)"
            let colour = cluster.members[0]
            if k == 0 && clothFromDrawing {
                entries.append(
                    Entry(name: name, colour: colour, members: cluster.members, uses: cluster.uses, bath: nil))
                continue
            }
            // Dyed again: the lighter colour with the most baths that this one is darker than in
            // every channel, so its bath only has to take it the rest of the way.
            let parent = entries.filter { $0.bath != nil && Self.isDarker(colour, than: $0.colour) }
                .max {
                    ($0.baths.count, -CIELab($0.colour).distance(to: cluster.lab)) < (
                        $1.baths.count, -CIELab($1.colour).distance(to: cluster.lab)
                    )
                }
            let need = Self.dye(giving: colour, on: parent?.colour ?? cloth)
            // A bath that already gives nearly this colour (within `clusterDistance`, on white
            // cloth) is the same dye: brown and the soga over indigo of a sogan drawing share one.
            // Never when that would give the recipe of another colour: the two would look the same.
            let taken = Set(entries.map { Set($0.baths) })
            let shared = dyes.first { d in
                !(parent?.baths.contains(d.name) ?? false)
                    && CIELab(d.colour).distance(to: CIELab(need)) < clusterDistance
                    && !taken.contains(Set((parent?.baths ?? []) + [d.name]))
            }
            let bath = shared ?? Dye(name: "pewarna-\(k + 1)", colour: need, method: .dip)
            if shared == nil { dyes.append(bath) }
            var entry = Entry(name: name, colour: colour, members: cluster.members, uses: cluster.uses, bath: bath)
            let order = Dictionary(uniqueKeysWithValues: dyes.enumerated().map { ($1.name, $0) })
            entry.baths = ((parent?.baths ?? []) + [bath.name]).sorted { order[$0]! < order[$1]! }
            entry.dyedAgain = parent?.name
            entries.append(entry)
        }
        self.cloth = cloth
        self.entries = entries
        var lookup: [RGBColour: String] = [:]
        for e in entries { for m in e.members { lookup[m] = e.name } }
        self.lookup = lookup
    }

    /// True when `colour` lets through no more light than `other` in every channel (linear light,
    /// with a hair of slack for 8-bit rounding): a bath over `other` can make it.
    static func isDarker(_ colour: RGBColour, than other: RGBColour) -> Bool {
        func linear(_ v: Double) -> Double { v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }
        let a = [colour.red, colour.green, colour.blue].map(linear)
        let b = [other.red, other.green, other.blue].map(linear)
        return zip(a, b).allSatisfy { $0 <= $1 + 1e-4 }
    }

    /// The colour of a bath that turns `cloth` into `target`, as the colour model multiplies:
    /// transmittance = target / cloth per channel in linear light, at most 1, written as the
    /// colour white cloth would take.
    static func dye(giving target: RGBColour, on cloth: RGBColour) -> RGBColour {
        func linear(_ v: Double) -> Double { v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }
        func encode(_ v: Double) -> Double { v <= 0.0031308 ? v * 12.92 : 1.055 * pow(v, 1 / 2.4) - 0.055 }
        func channel(_ t: Double, _ c: Double) -> Double {
            let lc = linear(c)
            return lc <= 0 ? 0 : encode(min(1, linear(t) / lc))
        }
        return RGBColour(
            red: channel(target.red, cloth.red), green: channel(target.green, cloth.green),
            blue: channel(target.blue, cloth.blue))
    }
}
