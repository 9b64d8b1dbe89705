internal import CPNG

/// An 8-bit RGBA image held whole: small test images only.
public struct RGBAImage: Hashable, Sendable {
    public var width: Int
    public var height: Int
    /// Row-major RGBA bytes, `width × height × 4`.
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * 4, "RGBA pixels must be width × height × 4 bytes")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    public subscript(x: Int, y: Int) -> RGBA8 {
        let i = (y * width + x) * 4
        return RGBA8(pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3])
    }
}

/// One pixel.
public struct RGBA8: Hashable, Sendable, CustomStringConvertible {
    public var red, green, blue, alpha: UInt8

    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8, _ alpha: UInt8 = 255) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// `#rrggbb` (alpha left out when opaque), to compare with `RGBColour.hex`.
    public var hex: String {
        let channels = alpha == 255 ? [red, green, blue] : [red, green, blue, alpha]
        return "#" + channels.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    public var description: String { hex }

    /// The largest difference over the four channels.
    public func distance(to other: RGBA8) -> Int {
        max(
            abs(Int(red) - Int(other.red)), abs(Int(green) - Int(other.green)),
            abs(Int(blue) - Int(other.blue)), abs(Int(alpha) - Int(other.alpha)))
    }
}

/// A PNG file read back for tests: its pixels as RGBA8, its resolution, its text and its chunks.
public struct DecodedPNG: Sendable {
    public var image: RGBAImage
    /// The `pHYs` chunk's pixels per metre (x, y) when its unit is the metre.
    public var pixelsPerMetre: (x: UInt32, y: UInt32)?
    /// Text chunks (tEXt, zTXt, iTXt) in file order.
    public var text: [(keyword: String, text: String)]
    /// Chunk types in file order (`IHDR`, `sRGB`, …, `IEND`).
    public var chunkTypes: [String]

    /// The text of the first chunk with `keyword`.
    public func text(for keyword: String) -> String? { text.first { $0.keyword == keyword }?.text }
}

public struct PNGDecodingError: Error, CustomStringConvertible {
    public var description: String
}

/// Decodes any PNG libpng reads (any bit depth, palette, grey, interlaced) to 8-bit RGBA.
public func decodePNG(_ bytes: [UInt8]) throws -> DecodedPNG {
    let chunkTypes = try pngChunkTypes(bytes)
    var failure = batik_png_failure()
    return try withUnsafeMutablePointer(to: &failure) { failure in
        var png: png_structp? = batik_png_create_read(failure)
        guard png != nil else { throw PNGDecodingError(description: "libpng could not start reading") }
        var info = png_create_info_struct(png)
        defer { png_destroy_read_struct(&png, &info, nil) }
        func fail() -> PNGDecodingError {
            let message = withUnsafeBytes(of: failure.pointee.message) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            return PNGDecodingError(description: "libpng: \(message)")
        }
        return try bytes.withUnsafeBufferPointer { data in
            var source = batik_png_source(data: data.baseAddress, size: data.count, offset: 0)
            return try withUnsafeMutablePointer(to: &source) { source in
                batik_png_set_memory_source(png, source)
                guard batik_png_read_info_as_rgba8(png, info) != 0 else { throw fail() }
                let width = Int(png_get_image_width(png, info))
                let height = Int(png_get_image_height(png, info))
                guard png_get_rowbytes(png, info) == width * 4 else {
                    throw PNGDecodingError(description: "unexpected row size after conversion to RGBA8")
                }
                var pixels = [UInt8](repeating: 0, count: width * height * 4)
                try pixels.withUnsafeMutableBufferPointer { buffer in
                    var rows: [png_bytep?] = (0..<height).map { buffer.baseAddress! + $0 * width * 4 }
                    guard batik_png_read_image(png, info, &rows) != 0 else { throw fail() }
                }
                var resolution: (x: UInt32, y: UInt32)?
                var x: png_uint_32 = 0
                var y: png_uint_32 = 0
                var unit: Int32 = 0
                if png_get_pHYs(png, info, &x, &y, &unit) != 0, unit == PNG_RESOLUTION_METER { resolution = (x, y) }
                var textPointer: png_textp?
                var count: Int32 = 0
                _ = png_get_text(png, info, &textPointer, &count)
                let text = (0..<Int(count)).map { i -> (String, String) in
                    let t = textPointer![i]
                    let length = t.compression > 0 ? t.itxt_length : t.text_length
                    let body =
                        t.text.map { p in
                            String(decoding: UnsafeRawBufferPointer(start: p, count: length), as: UTF8.self)
                        } ?? ""
                    return (String(cString: t.key), body)
                }
                return DecodedPNG(
                    image: RGBAImage(width: width, height: height, pixels: pixels), pixelsPerMetre: resolution,
                    text: text, chunkTypes: chunkTypes)
            }
        }
    }
}

/// The chunk types of a PNG file, in order, read from the chunk headers (no decoding).
public func pngChunkTypes(_ bytes: [UInt8]) throws -> [String] {
    let signature: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
    guard bytes.starts(with: signature) else { throw PNGDecodingError(description: "not a PNG file (no signature)") }
    var types: [String] = []
    var offset = signature.count
    while offset + 8 <= bytes.count {
        let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        types.append(String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self))
        offset += 12 + length
    }
    guard offset == bytes.count else { throw PNGDecodingError(description: "the PNG's chunks do not end at its end") }
    return types
}
