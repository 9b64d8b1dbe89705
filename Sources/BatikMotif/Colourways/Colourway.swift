/// A colourway: the same motif dyed with other dyes, or on another cloth. The baths, the wax and
/// the recipes stay; only the colours of the dyes (and of the mori) change, so every colour of
/// the motif follows from the colour model as before.
public struct Colourway: Hashable, Sendable {
    public var name: String
    /// The mori's colour, nil to keep the motif's.
    public var cloth: RGBColour?
    /// New colours by dye (bath) name; dyes not named keep theirs.
    public var dyes: [String: RGBColour]
    /// Where each dye was named in the colourway file, for diagnostics.
    public var dyePositions: [String: SourcePosition]

    public init(
        name: String, cloth: RGBColour? = nil, dyes: [String: RGBColour] = [:],
        dyePositions: [String: SourcePosition] = [:]
    ) {
        self.name = name
        self.cloth = cloth
        self.dyes = dyes
        self.dyePositions = dyePositions
    }
}

extension Motif {
    /// This motif in `colourway`. Dyes the motif does not have are ignored here; a colourway file
    /// is checked against the motif first (`ColourwayFile.diagnostics(for:)`).
    public func applying(_ colourway: Colourway) -> Motif {
        var copy = self
        if let cloth = colourway.cloth { copy.cloth = cloth }
        for index in copy.dyes.indices {
            if let colour = colourway.dyes[copy.dyes[index].name] { copy.dyes[index].colour = colour }
        }
        return copy
    }
}

extension Colourway {
    /// The motif's own colours.
    public static func original(named name: String) -> Colourway { Colourway(name: name) }

    /// Colourways for a motif that has no colourway file: its own colours, then the classic
    /// palettes of DOMAIN.md given to its dyes in bath order (first bath the lightest dye of the
    /// palette, as work goes light to dark). Names are Indonesian: they are shown to buyers.
    public static func presets(for motif: Motif) -> [Colourway] {
        let palettes: [(String, [String])] = [
            // Sogan (Solo/Yogya): indigo then soga brown.
            ("Sogan", ["#2b3a67", "#8a5a2b", "#5a3a1e"]),
            // Indigo only: light blue then deep nila.
            ("Biru nila", ["#5b7fb0", "#1f2f5c", "#141d38"]),
            // Mojokerto earth tones: tingi red-brown, jambal ochre-brown.
            ("Tanah Mojokerto", ["#b5651d", "#6e3b1f", "#3b2314"]),
            // Pesisir: mengkudu red, then green-blue.
            ("Pesisir", ["#b0302c", "#2f6e5a", "#23324f"]),
        ]
        var result = [Colourway.original(named: "Warna asli")]
        for (name, colours) in palettes {
            var dyes: [String: RGBColour] = [:]
            for (index, dye) in motif.dyes.enumerated() {
                dyes[dye.name] = RGBColour(hex: colours[min(index, colours.count - 1)])
            }
            // A palette close to the motif's own would show the same picture twice.
            let same = motif.dyes.allSatisfy { dye in
                guard let c = dyes[dye.name] else { return true }
                let d = abs(c.red - dye.colour.red) + abs(c.green - dye.colour.green) + abs(c.blue - dye.colour.blue)
                return d < 0.5
            }
            if !same && !motif.dyes.isEmpty { result.append(Colourway(name: name, dyes: dyes)) }
        }
        return result
    }
}
