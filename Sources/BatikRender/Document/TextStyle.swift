public import BatikMotif

/// How a piece of text on a printed sheet looks. Sizes are typographic points (1/72 inch), as in
/// every word processor; the face is DejaVu Sans, which the set-up installs (fonts-dejavu-core) and
/// which has every glyph Indonesian needs, arrows and the ‘’ quotes included.
public struct TextStyle: Hashable, Sendable {
    public enum Weight: Hashable, Sendable {
        case regular
        case bold
    }

    public enum Alignment: Hashable, Sendable {
        case left
        case centre
        case right
    }

    public var size: Double
    public var weight: Weight
    public var colour: RGBColour
    /// How the lines of wrapped text line up.
    public var alignment: Alignment
    public var italic: Bool

    public init(
        size: Double, weight: Weight = .regular, colour: RGBColour = .ink, alignment: Alignment = .left,
        italic: Bool = false
    ) {
        self.size = size
        self.weight = weight
        self.colour = colour
        self.alignment = alignment
        self.italic = italic
    }

    /// The Pango font description: "DejaVu Sans Bold Italic 9".
    var fontDescription: String {
        var parts = ["DejaVu Sans"]
        if weight == .bold { parts.append("Bold") }
        if italic { parts.append("Italic") }
        parts.append(String(size))
        return parts.joined(separator: " ")
    }

    public static let title = TextStyle(size: 16, weight: .bold)
    public static let heading = TextStyle(size: 11, weight: .bold)
    public static let body = TextStyle(size: 9)
    public static let small = TextStyle(size: 7)
    public static let tiny = TextStyle(size: 5.5)

    public func with(size: Double? = nil, weight: Weight? = nil, colour: RGBColour? = nil, alignment: Alignment? = nil)
        -> TextStyle
    {
        var copy = self
        if let size { copy.size = size }
        if let weight { copy.weight = weight }
        if let colour { copy.colour = colour }
        if let alignment { copy.alignment = alignment }
        return copy
    }
}

extension RGBColour {
    /// Near-black for text and lines on paper: full black toner, softened a little on screen.
    public static let ink = RGBColour(red: 0.1, green: 0.1, blue: 0.1)
    /// Grey for secondary text, guides and the faded motif under highlights.
    public static let pencil = RGBColour(red: 0.45, green: 0.45, blue: 0.45)
    /// Registration and assembly marks: a blue that reads as "not part of the motif".
    public static let registration = RGBColour(red: 0.0, green: 0.35, blue: 0.75)
    /// Highlights in practice sheets and worksheets (starts, arrows, the stage's wax).
    public static let accent = RGBColour(red: 0.80, green: 0.25, blue: 0.10)
    public static let paper = RGBColour(red: 1, green: 1, blue: 1)
}
