internal import CJPEG
internal import CPNG

/// Reads JPEG (libjpeg-turbo's TurboJPEG) and PNG (libpng's simplified read API) photos from bytes
/// into `RGBImage`: what photo templates are made of.
///
/// The format is sniffed from the first bytes, not the file name. The size in the header is
/// checked against `maxSide` and `maxPixels` before a single pixel is decoded, so a hostile or
/// mistaken file (a 60 000 × 60 000 PNG is a few kilobytes) cannot take the machine's memory.
/// PNG alpha is composited over white; 16-bit PNGs are reduced to 8 bits; a JPEG's EXIF
/// orientation (phones store photos sideways and say so there) is applied, so the pixels are the
/// way up the photo is shown, which is the way corners in a template are measured.
public enum ImageReader {
    /// The largest side accepted: 16384 px, beyond any phone camera (a 200 MP sensor is 16320 wide).
    public static let maxSide = 16384
    /// The most pixels accepted: 40 megapixels, 120 MB as RGB, plus the working copies a template
    /// makes; a 12 MP phone photo is far inside.
    public static let maxPixels = 40_000_000

    /// Decodes `bytes` as a JPEG or PNG.
    public static func read(_ bytes: [UInt8]) throws(ImageReadError) -> RGBImage {
        guard let format = ImageFormat(sniffing: bytes) else {
            throw ImageReadError(
                .notAnImage,
                bytes.isEmpty ? "the file is empty" : "the file is not a JPEG or PNG image (its first bytes match neither)")
        }
        switch format {
        case .jpeg: return try readJPEG(bytes)
        case .png: return try readPNG(bytes)
        case .heic, .webp, .gif:
            throw ImageReadError(
                .notAnImage, "the file is a \(format.rawValue) image; only JPEG and PNG are read (save or export it as JPEG)")
        }
    }

    /// Refuses a size before decoding.
    static func checkSize(width: Int, height: Int) throws(ImageReadError) {
        guard width > 0, height > 0 else { throw ImageReadError(.unreadable, "the image header gives no size") }
        guard width <= maxSide, height <= maxSide, width * height <= maxPixels else {
            let mp = (Double(width) * Double(height) / 1e6).formatted(.number.precision(.fractionLength(1)))
            throw ImageReadError(
                .tooLarge,
                "the image is \(width) × \(height) pixels (\(mp) MP); the limit is \(maxSide) pixels a side and \(maxPixels / 1_000_000) MP")
        }
    }

    // MARK: JPEG

    static func readJPEG(_ bytes: [UInt8]) throws(ImageReadError) -> RGBImage {
        guard let handle = tjInitDecompress() else {
            throw ImageReadError(.unreadable, "the JPEG decoder could not start")
        }
        defer { tjDestroy(handle) }
        var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colourspace: Int32 = 0
        let header = bytes.withUnsafeBufferPointer {
            tjDecompressHeader3(handle, $0.baseAddress, UInt($0.count), &width, &height, &subsampling, &colourspace)
        }
        guard header == 0 else {
            let message = String(cString: tjGetErrorStr2(handle))
            throw ImageReadError(
                bytes.count < 1024 ? .truncated : .unreadable, "the JPEG header cannot be read (\(message))")
        }
        try checkSize(width: Int(width), height: Int(height))
        var image = RGBImage(width: Int(width), height: Int(height))
        let status = image.pixels.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer {
                tjDecompress2(
                    handle, $0.baseAddress, UInt($0.count), out.baseAddress, width, width * 3, height,
                    Int32(TJPF_RGB.rawValue), TJFLAG_ACCURATEDCT)
            }
        }
        if status != 0 {
            let message = String(cString: tjGetErrorStr2(handle))
            let fatal = tjGetErrorCode(handle) != Int32(TJERR_WARNING.rawValue)
            // A JPEG cut short decodes with grey rows at the bottom and only a warning; that photo
            // would make a grey product, so it is refused too. Other warnings (stray bytes
            // between markers, common in camera files) leave a correct image.
            if message.localizedCaseInsensitiveContains("premature end") {
                throw ImageReadError(.truncated, "the JPEG file ends before the image does (copied only in part?)")
            }
            if fatal { throw ImageReadError(.unreadable, "the JPEG cannot be decoded (\(message))") }
        }
        let orientation = JPEGOrientation.read(bytes)
        return orientation == 1 ? image : image.oriented(exif: orientation)
    }

    // MARK: PNG

    static func readPNG(_ bytes: [UInt8]) throws(ImageReadError) -> RGBImage {
        var png = png_image()
        png.version = UInt32(PNG_IMAGE_VERSION)
        func message(_ png: png_image) -> String {
            withUnsafeBytes(of: png.message) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
        }
        let begun = bytes.withUnsafeBufferPointer { png_image_begin_read_from_memory(&png, $0.baseAddress, $0.count) }
        guard begun != 0 else {
            let text = message(png)
            png_image_free(&png)
            throw ImageReadError(
                bytes.count < 33 ? .truncated : .unreadable, "the PNG header cannot be read (\(text))")
        }
        do {
            try checkSize(width: Int(png.width), height: Int(png.height))
        } catch {
            png_image_free(&png)
            throw error
        }
        // 8-bit RGB, no alpha: libpng composites any transparency over this background.
        png.format = UInt32(PNG_FORMAT_FLAG_COLOR)
        var white = png_color(red: 255, green: 255, blue: 255)
        var image = RGBImage(width: Int(png.width), height: Int(png.height))
        let finished = image.pixels.withUnsafeMutableBytes { out in
            png_image_finish_read(&png, &white, out.baseAddress, 0, nil)
        }
        guard finished != 0 else {
            // finish_read frees the image's memory itself when it fails.
            let text = message(png)
            let lower = text.lowercased()
            if lower.contains("read error") || lower.contains("end") || lower.contains("truncat") {
                throw ImageReadError(.truncated, "the PNG file ends before the image does (\(text))")
            }
            throw ImageReadError(.unreadable, "the PNG cannot be decoded (\(text))")
        }
        return image
    }
}
