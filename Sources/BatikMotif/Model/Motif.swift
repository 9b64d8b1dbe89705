import BatikGeometry

/// A validated motif: parameters evaluated, palette and dyes checked, every element's shape
/// built in tile-local millimetres (the tile centred on the origin). Made by `MotifLoader`.
public struct Motif: Hashable, Sendable {
    public var name: String
    public var origin: String
    public var description: String
    /// The origin and description by language code ("id", "en") when the file gives them per
    /// language; `origin` and `description` hold the English (or the only) text.
    public var originByLanguage: [String: String] = [:]
    public var descriptionByLanguage: [String: String] = [:]
    /// The file it came from, for messages and PNG metadata.
    public var sourcePath: String
    /// Parameters with the values in force (defaults, or `--set` overrides), in file order.
    public var parameters: [Parameter]
    public var tile: Tile
    /// Undyed cloth (mori) colour.
    public var cloth: RGBColour
    /// Baths in order.
    public var dyes: [Dye]
    /// Named colour recipes, in file order.
    public var recipes: [Recipe]
    /// The recipe of the ground: cloth not covered by any element.
    public var background: String
    /// Cantings available to this motif: the built-in library plus the file's own `tools:`.
    public var tools: [String: CantingTool]
    /// The tile's marks in tile-local coordinates, sorted by draw order (stable).
    public var tileMarks: [Mark]
    /// Warnings found while loading (the motif is usable; the CLI prints them).
    public var warnings: [Diagnostic]
    /// Where each recipe is declared under `colours:` (the recipe's key), for messages about a
    /// recipe after loading, such as a colour the resist plan cannot make. Empty for motifs built
    /// in code; messages then name the file without a line.
    public var recipePositions: [String: SourcePosition] = [:]

    /// The origin in `language` ("id" or "en"), else the default text.
    public func origin(in language: String) -> String { originByLanguage[language] ?? origin }
    /// The description in `language` ("id" or "en"), else the default text.
    public func description(in language: String) -> String { descriptionByLanguage[language] ?? description }

    public init(
        name: String, origin: String, description: String, sourcePath: String, parameters: [Parameter],
        tile: Tile, cloth: RGBColour, dyes: [Dye], recipes: [Recipe], background: String,
        tools: [String: CantingTool], tileMarks: [Mark], warnings: [Diagnostic] = []
    ) {
        self.name = name
        self.origin = origin
        self.description = description
        self.sourcePath = sourcePath
        self.parameters = parameters
        self.tile = tile
        self.cloth = cloth
        self.dyes = dyes
        self.recipes = recipes
        self.background = background
        self.tools = tools
        self.tileMarks = tileMarks
        self.warnings = warnings
    }
}

/// A named number of a motif, usable in expressions.
public struct Parameter: Hashable, Sendable {
    public var name: String
    public var value: Double
    public var defaultValue: Double
    /// What the parameter changes, for `batik motifs` and help.
    public var note: String?
    /// The smallest and largest values the motif accepts (`min:`, `max:`), if it says.
    public var minimum: Double?
    public var maximum: Double?

    public init(
        name: String, value: Double, defaultValue: Double, note: String? = nil, minimum: Double? = nil,
        maximum: Double? = nil
    ) {
        self.name = name
        self.value = value
        self.defaultValue = defaultValue
        self.note = note
        self.minimum = minimum
        self.maximum = maximum
    }
}

/// The repeating unit: its size and how it repeats.
public struct Tile: Hashable, Sendable {
    public enum Repeat: Hashable, Sendable {
        case lattice(Lattice.Kind, angle: Angle)
        case wallpaper(WallpaperGroup)
    }

    public var size: Size
    public var `repeat`: Repeat

    public init(size: Size, repeat: Repeat) {
        self.size = size
        self.repeat = `repeat`
    }
}
