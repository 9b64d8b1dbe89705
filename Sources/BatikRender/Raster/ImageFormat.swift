/// What a file holds, judged by its first bytes (magic numbers), never by its name: a photo
/// saved as `kaos.jpg` by a phone may well be HEIC or PNG.
public enum ImageFormat: String, Hashable, Sendable {
    case jpeg = "JPEG"
    case png = "PNG"
    // Recognised only to say why they are refused.
    case heic = "HEIC"
    case webp = "WebP"
    case gif = "GIF"

    /// The format of `bytes`, or nil when the start matches none we know.
    public init?(sniffing bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(16))
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + magic.count && Array(head[offset..<offset + magic.count]) == magic
        }
        if starts([0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) {
            self = .webp
        } else if starts(Array("GIF8".utf8)) {
            self = .gif
        } else if starts(Array("ftyp".utf8), at: 4),
            ["heic", "heix", "mif1", "msf1", "hevc", "avif"].contains(where: { starts(Array($0.utf8), at: 8) })
        {
            self = .heic
        } else {
            return nil
        }
    }

    /// True for the formats `ImageReader` decodes.
    public var isReadable: Bool { self == .jpeg || self == .png }
}
