/// A PNG that cannot be written: the message comes from libpng, or from the checks made before
/// libpng is called.
public struct PNGError: Error, RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    init(_ message: String) { self.rawValue = message }

    public var description: String { rawValue }
}
