/// A plan that cannot be written as G-code for the machine, with what to do about it.
public struct GCodeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String { message }
}
