/// potrace could not trace a bitmap (it runs out of memory, or is stopped).
public struct PotraceError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
