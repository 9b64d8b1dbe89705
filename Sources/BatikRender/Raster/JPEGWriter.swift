internal import CJPEG

/// Baseline JPEG through libjpeg-turbo's TurboJPEG API: what the marketplaces take. Plain JFIF,
/// which every reader treats as sRGB; 4:2:0 chroma and the accurate DCT, so the same pixels and
/// quality always give the same bytes.
public enum JPEGWriter {
    /// Qualities tried when fitting a size limit: 92 is indistinguishable from the original at
    /// listing sizes; below 70 blocks start to show in fine batik lines.
    public static let qualityRange: ClosedRange<Int> = 70...92

    /// `image` as JPEG bytes at `quality` (1–100).
    public static func encode(_ image: RGBImage, quality: Int) throws(JPEGError) -> [UInt8] {
        guard image.width > 0, image.height > 0 else { throw JPEGError(message: "the image is empty") }
        guard let handle = tjInitCompress() else { throw JPEGError(message: "cannot start the JPEG compressor") }
        defer { tjDestroy(handle) }
        var buffer: UnsafeMutablePointer<UInt8>? = nil
        var size: UInt = 0
        let status = image.pixels.withUnsafeBufferPointer { pixels in
            tjCompress2(
                handle, pixels.baseAddress, Int32(image.width), Int32(image.width * 3), Int32(image.height),
                Int32(TJPF_RGB.rawValue), &buffer, &size, Int32(TJSAMP_420.rawValue), Int32(min(max(quality, 1), 100)),
                TJFLAG_ACCURATEDCT)
        }
        defer { if let buffer { tjFree(buffer) } }
        guard status == 0, let buffer else {
            throw JPEGError(message: String(cString: tjGetErrorStr2(handle)))
        }
        return Array(UnsafeBufferPointer(start: buffer, count: Int(size)))
    }

    /// The best quality in `qualities` whose file is at most `limit` bytes, and its bytes: a
    /// binary search, since size grows with quality. Throws when even the lowest is too big.
    public static func encode(_ image: RGBImage, fittingIn limit: Int, qualities: ClosedRange<Int> = qualityRange)
        throws(JPEGError) -> (bytes: [UInt8], quality: Int)
    {
        var low = qualities.lowerBound
        var high = qualities.upperBound
        var best: (bytes: [UInt8], quality: Int)?
        while low <= high {
            let mid = (low + high + 1) / 2
            let bytes = try encode(image, quality: mid)
            if bytes.count <= limit {
                best = (bytes, mid)
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        guard let best else {
            throw JPEGError(
                message: "even at quality \(qualities.lowerBound) the photo is over \(limit / 1000) kB")
        }
        return best
    }
}
