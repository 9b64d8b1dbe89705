/// A mockup that cannot be made as asked.
public struct MockupError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
