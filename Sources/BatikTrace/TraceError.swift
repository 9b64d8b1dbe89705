/// Why a drawing could not be traced, in words the person holding the drawing can act on.
public struct TraceError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// Blank paper, or a threshold that leaves no ink.
        case nothingToTrace
        /// Over one of `TraceLimits`.
        case tooLarge
        /// Four corners that make no quadrilateral, or lie outside the image.
        case badCorners
        /// A threshold or size that cannot be used.
        case badSetting
        /// potrace or a polygon operation failed.
        case failed
    }

    public var kind: Kind
    /// One sentence, starting lower case.
    public var message: String
    /// What to try instead.
    public var hint: String?

    public init(_ kind: Kind, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }

    public var description: String { message }
}
