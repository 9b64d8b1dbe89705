/// A canting: the copper-spouted pen that draws hot wax. Multi-spout cantings draw several lines or
/// dots at once; `spouts` are their offsets from the pen's centre, in millimetres, with the pen
/// pointing along +x. Figures are from ../shared/DOMAIN.md; those marked *assumed* there are
/// defaults a motif file may override under `tools:`.
public struct CantingTool: Hashable, Sendable {
    /// How the tool is used: dragged along a line, or dabbed to make dots.
    public enum Use: String, Sendable {
        case line
        case dot
        case block
    }

    public var name: String
    /// Bore of one spout in millimetres.
    public var spoutDiameter: Double
    /// Spout centres relative to the pen (one spout at the origin for single-spout cantings).
    public var spouts: [Vector2]
    public var use: Use
    /// English gloss for help text and printed legends.
    public var gloss: String

    public init(name: String, spoutDiameter: Double, spouts: [Vector2] = [Vector2(0, 0)], use: Use, gloss: String) {
        self.name = name
        self.spoutDiameter = spoutDiameter
        self.spouts = spouts
        self.use = use
        self.gloss = gloss
    }

    /// Width of the wax line on cloth: the bore plus the spread of wax into the fibre
    /// (*assumed* 0.3 mm; see DOMAIN.md "Line width on cloth ≈ spout bore plus spread").
    public var lineWidth: Double { spoutDiameter + Self.waxSpread }

    public static let waxSpread = 0.3
}

/// A spout offset, kept free of BatikGeometry so tool tables read as plain numbers.
public struct Vector2: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}
