/// A photo or mask that could not be read, in words a user can act on.
public struct ImageReadError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        /// Neither JPEG nor PNG (or a format we name but do not read, such as HEIC or WebP).
        case notAnImage
        /// The file ends before the image does.
        case truncated
        /// The header asks for more pixels than `ImageReader` accepts.
        case tooLarge
        /// The decoder refused the data for another reason (corrupt, unsupported variant).
        case unreadable
    }

    public var kind: Kind
    /// One sentence, starting lower case.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
