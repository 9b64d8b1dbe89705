/// One dye bath, in the order the cloth receives them.
public struct Dye: Hashable, Sendable {
    /// How the dye reaches the cloth: `dip` (the whole cloth into the bath; wax protects) or
    /// `colet` (brushed locally inside a wax-outlined area).
    public enum Method: String, CaseIterable, Sendable {
        case dip
        case colet
    }

    /// The bath's name, used by recipes (`nila`, `soga`).
    public var name: String
    /// What white cloth looks like after this bath alone.
    public var colour: RGBColour
    public var method: Method

    public init(name: String, colour: RGBColour, method: Method = .dip) {
        self.name = name
        self.colour = colour
        self.method = method
    }
}
