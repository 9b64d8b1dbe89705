import BatikMotif

/// The preview colour of every recipe of a motif, computed once by `ColourModel`: what each named
/// colour (`putih`, `biru`, `hitam`) looks like on this cloth with these dyes.
public struct Palette: Hashable, Sendable {
    /// The undyed cloth (mori).
    public var cloth: RGBColour
    /// Recipe name → visible colour.
    public var colours: [String: RGBColour]
    /// The recipe of the ground: cloth that no mark covers.
    public var backgroundRecipe: String

    public init(cloth: RGBColour, colours: [String: RGBColour], backgroundRecipe: String) {
        self.cloth = cloth
        self.colours = colours
        self.backgroundRecipe = backgroundRecipe
    }

    /// The palette of `motif`. Throws when a recipe names a bath the motif does not define, or the
    /// background names no recipe. (The loader reports these with file positions; this guards
    /// motifs built in code.)
    public init(motif: Motif) throws(PaletteError) {
        var dyes: [String: Dye] = [:]
        for dye in motif.dyes { dyes[dye.name] = dye }
        var colours: [String: RGBColour] = [:]
        for recipe in motif.recipes {
            var baths: [RGBColour] = []
            for name in recipe.baths {
                guard let dye = dyes[name] else {
                    throw .unknownBath(recipe: recipe.name, bath: name, known: motif.dyes.map(\.name))
                }
                baths.append(dye.colour)
            }
            colours[recipe.name] = ColourModel.colour(cloth: motif.cloth, baths: baths)
        }
        guard colours[motif.background] != nil else {
            throw .unknownRecipe(motif.background, usedBy: "the background", known: motif.recipes.map(\.name))
        }
        self.init(cloth: motif.cloth, colours: colours, backgroundRecipe: motif.background)
    }

    public subscript(recipe: String) -> RGBColour? { colours[recipe] }

    /// The colour of the ground (the cloth itself if the background recipe is unknown).
    public var background: RGBColour { colours[backgroundRecipe] ?? cloth }

    /// The colour of `recipe`, or an error that names who asked for it (`usedBy`: "mark 3's fill").
    public func colour(of recipe: String, usedBy: String) throws(PaletteError) -> RGBColour {
        guard let c = colours[recipe] else {
            throw .unknownRecipe(recipe, usedBy: usedBy, known: colours.keys.sorted())
        }
        return c
    }
}

/// A motif whose colours cannot be computed, with a message that says what to fix.
public enum PaletteError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownBath(recipe: String, bath: String, known: [String])
    case unknownRecipe(String, usedBy: String, known: [String])

    public var description: String {
        switch self {
        case .unknownBath(let recipe, let bath, let known):
            "The colour '\(recipe)' names the dye bath '\(bath)', which the motif does not define "
                + "(its baths: \(Self.list(known)))."
        case .unknownRecipe(let name, let usedBy, let known):
            Self.capitalised(usedBy) + " uses the colour '\(name)', which the motif does not define "
                + "(its colours: \(Self.list(known)))."
        }
    }

    private static func list(_ names: [String]) -> String { names.isEmpty ? "none" : names.joined(separator: ", ") }
    private static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
}
