/// A photo template that cannot be built or applied, with what to change.
public struct PhotoTemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One sentence, starting lower case.
    public var message: String
    /// What to do about it.
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String { message }
}
