/// One text chunk of a PNG file (written as uncompressed `iTXt`): a keyword and UTF-8 text.
///
/// Keywords are 1–79 printable ASCII characters without leading, trailing or doubled spaces (the
/// PNG rule is Latin-1; ASCII keeps the keyword's bytes the same in every encoding). Standard
/// keywords include `Title`, `Description`, `Software`; the toolkit's own start with `batik:`.
public struct PNGText: Hashable, Sendable {
    public var keyword: String
    public var text: String

    public init(keyword: String, text: String) {
        self.keyword = keyword
        self.text = text
    }

    /// The PNG limit on keyword length, in bytes.
    public static let maxKeywordLength = 79

    /// Why this chunk cannot be written, or nil when it can.
    func problem() -> String? {
        let bytes = Array(keyword.utf8)
        guard (1...Self.maxKeywordLength).contains(bytes.count) else {
            return "The PNG text keyword '\(keyword)' must be 1 to \(Self.maxKeywordLength) characters long."
        }
        guard bytes.allSatisfy({ (0x20...0x7e).contains($0) }),
            bytes.first != 0x20, bytes.last != 0x20, !keyword.contains("  ")
        else {
            return
                "The PNG text keyword '\(keyword)' must be printable ASCII without leading, trailing or double spaces."
        }
        guard !text.utf8.contains(0) else {
            return "The PNG text for '\(keyword)' contains a NUL character, which PNG text cannot hold."
        }
        return nil
    }
}
