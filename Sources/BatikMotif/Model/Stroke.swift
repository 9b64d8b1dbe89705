/// A line drawn with a canting: which tool, how wide the wax line lies on the cloth, and the
/// recipe colour the line ends up (usually the colour the cloth had when the wax went on).
public struct Stroke: Hashable, Sendable {
    public var tool: String
    /// Line width on the cloth in millimetres (the tool's spout bore plus spread unless overridden).
    public var width: Double
    public var colour: String

    public init(tool: String, width: Double, colour: String) {
        self.tool = tool
        self.width = width
        self.colour = colour
    }
}
