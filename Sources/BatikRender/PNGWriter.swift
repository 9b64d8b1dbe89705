internal import CPNG

/// Writes an 8-bit RGB or RGBA PNG with libpng, a band of rows at a time, into a sink: the image is
/// never held whole, and the writer never touches the file system (the caller decides where the
/// bytes go; the CLI writes a temporary file and renames it).
///
/// What the file holds, in order: `IHDR`, `sRGB` (perceptual), `pHYs` when a resolution is given
/// (pixels per metre = round(dpi / 0.0254), so a 1:1 print measures true), one uncompressed `iTXt`
/// per `PNGText`, the image data, `IEND`. There is deliberately no `tIME` chunk: the same pixels and
/// text always give the same bytes.
///
/// Compression is chosen per file (`Compression`): `.balanced` (the default) is zlib level 6
/// (zlib's own default; on flat-colour previews within a few per cent of level 9 at about half the
/// time) with libpng's adaptive filtering over all five filters (for each row the filter with the
/// smallest sum of absolute differences), which suits both flat areas and antialiased edges;
/// `.fast` (level 1, SUB only) is for previews, where compressing took two thirds of a whole-kain
/// render; `.small` (level 9) for files kept or sent. The bytes are reproducible for a given
/// libpng and zlib and choice.
///
/// libpng's errors are caught in C (see `Sources/CPNG/guards.h`) and thrown as `PNGError`; an error
/// thrown by the sink is rethrown as it is. After any error the writer refuses further work.
public final class PNGWriter {
    /// The pixel layout of the rows passed to `write(rows:)`.
    public enum PixelFormat: Sendable {
        /// Three bytes per pixel: red, green, blue.
        case rgb
        /// Four bytes per pixel: red, green, blue, alpha (straight, not premultiplied).
        case rgba

        public var bytesPerPixel: Int { self == .rgb ? 3 : 4 }
        var pngColourType: Int32 { self == .rgb ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA }
    }

    /// libpng's default limit on width and height (`PNG_USER_WIDTH_MAX`); larger files are legal
    /// PNG but most readers refuse them.
    public static let maxSide = 1_000_000
    /// The zlib compression level of `.balanced` (see the type's documentation).
    public static let compressionLevel: Int32 = 6
    static let filters = Int32(PNG_FILTER_NONE | PNG_FILTER_SUB | PNG_FILTER_UP | PNG_FILTER_AVG | PNG_FILTER_PAETH)

    /// How hard zlib and libpng's row filters work. Every choice is lossless and reproducible;
    /// they differ in time and size only (figures in docs/benchmarks.md, "Issue 7 suite").
    public enum Compression: String, Sendable, CaseIterable {
        /// For previews looked at on a screen: zlib level 1 and the SUB filter only. Flat colour
        /// runs compress almost as well, and libpng no longer tries five filters on every row.
        case fast
        /// zlib level 6 with adaptive filtering over all five filters: the default.
        case balanced
        /// For files that are kept or sent: zlib level 9, adaptive over all five filters.
        case small

        var level: Int32 {
            switch self {
            case .fast: 1
            case .balanced: 6
            case .small: 9
            }
        }

        var filters: Int32 { self == .fast ? Int32(PNG_FILTER_SUB) : PNGWriter.filters }
    }

    public let width: Int
    public let height: Int
    public let pixelFormat: PixelFormat
    /// Rows written so far.
    public private(set) var rowsWritten = 0
    /// Bytes in one row.
    public var rowBytes: Int { width * pixelFormat.bytesPerPixel }

    private var png: png_structp?
    private var info: png_infop?
    private let failure: UnsafeMutablePointer<batik_png_failure>
    private let output: Output
    private var state: State = .writing

    private enum State {
        case writing
        case finished
        case failed(String)
    }

    /// Where libpng's output goes; libpng holds it unretained as its io pointer while `self` lives.
    private final class Output {
        let sink: (UnsafeRawBufferPointer) throws -> Void
        var error: (any Error)?
        init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) { self.sink = sink }
    }

    /// Starts a PNG and writes everything before the image data (signature, header and text chunks)
    /// to `sink`.
    ///
    /// - Parameters:
    ///   - dpi: the resolution for the `pHYs` chunk, nil for none.
    ///   - text: `iTXt` chunks, in this order.
    ///   - sink: receives the file's bytes in order; it may throw to stop the writing.
    public init(
        width: Int, height: Int, pixelFormat: PixelFormat = .rgb, dpi: Double? = nil, text: [PNGText] = [],
        compression: Compression = .balanced, sink: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        guard (1...Self.maxSide).contains(width), (1...Self.maxSide).contains(height) else {
            throw PNGError(
                "A PNG must be 1 to \(Self.maxSide) pixels on each side; this one would be \(width) × \(height).")
        }
        let pixelsPerMetre = try dpi.map(Self.pixelsPerMetre(dpi:))
        if let problem = text.lazy.compactMap({ $0.problem() }).first { throw PNGError(problem) }

        self.width = width
        self.height = height
        self.pixelFormat = pixelFormat
        self.output = Output(sink: sink)
        failure = .allocate(capacity: 1)
        failure.initialize(to: batik_png_failure())

        png = batik_png_create_write(failure)
        guard let png else {
            throw PNGError("libpng could not start a PNG (out of memory, or a libpng version mismatch).")
        }
        info = png_create_info_struct(png)
        guard info != nil else { throw PNGError("libpng could not start a PNG (out of memory).") }

        batik_png_set_write_fn(png, Unmanaged.passUnretained(output).toOpaque(), Self.writeCallback)
        try check(
            batik_png_set_header(
                png, info, UInt32(width), UInt32(height), pixelFormat.pngColourType, compression.level, compression.filters
            ))
        if let pixelsPerMetre { try check(batik_png_set_pixels_per_metre(png, info, pixelsPerMetre)) }
        for chunk in text {
            try check(
                chunk.keyword.withCString { k in chunk.text.withCString { t in batik_png_add_itxt(png, info, k, t) } })
        }
        try check(batik_png_write_info(png, info))
    }

    deinit {
        if png != nil { png_destroy_write_struct(&png, &info) }
        failure.deinitialize(count: 1)
        failure.deallocate()
    }

    /// The `pHYs` value for `dpi`: pixels per metre, rounded (100 DPI → 3937).
    public static func pixelsPerMetre(dpi: Double) throws(PNGError) -> UInt32 {
        let ppm = (dpi / 0.0254).rounded()
        guard dpi.isFinite, dpi > 0, ppm >= 1, ppm <= Double(Int32.max) else {
            throw PNGError("The resolution \(dpi) DPI cannot be stored in a PNG.")
        }
        return UInt32(ppm)
    }

    /// Writes whole rows, top to bottom: `rows.count` must be a multiple of `rowBytes`, and the
    /// rows must not run past `height`.
    public func write(rows: UnsafeRawBufferPointer) throws {
        try checkWriting()
        guard rows.count % rowBytes == 0 else {
            throw PNGError(
                "PNG rows must come whole: \(rows.count) bytes is not a multiple of the row size \(rowBytes).")
        }
        let count = rows.count / rowBytes
        guard count <= height - rowsWritten else {
            throw PNGError("Too many PNG rows: \(rowsWritten + count) for an image \(height) rows high.")
        }
        guard count > 0, let base = rows.baseAddress else { return }
        try check(batik_png_write_rows(png, base.assumingMemoryBound(to: UInt8.self), rowBytes, UInt32(count)))
        rowsWritten += count
    }

    /// Writes whole rows from an array (see `write(rows:)`).
    public func write(rows: [UInt8]) throws {
        try rows.withUnsafeBytes { try write(rows: $0) }
    }

    /// Ends the file; every row must have been written.
    public func finish() throws {
        try checkWriting()
        guard rowsWritten == height else {
            throw PNGError("The PNG is unfinished: \(rowsWritten) of \(height) rows were written.")
        }
        try check(batik_png_write_end(png, info))
        state = .finished
    }

    private func checkWriting() throws {
        switch state {
        case .writing: return
        case .finished: throw PNGError("The PNG is already finished.")
        case .failed(let message): throw PNGError("The PNG writer stopped after an earlier error: \(message)")
        }
    }

    /// Turns a guard's result into a thrown error: the sink's own error first (libpng may have
    /// failed only because the sink did), then libpng's message.
    private func check(_ succeeded: Int32) throws {
        if let error = output.error {
            state = .failed("\(error)")
            throw error
        }
        guard succeeded == 0 else { return }
        let message = withUnsafeBytes(of: failure.pointee.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        state = .failed(message)
        throw PNGError("libpng: \(message)")
    }

    /// Called by libpng (inside a guard) with each piece of output. It must not call `png_error`:
    /// a longjmp would cross this Swift frame. It records the sink's error instead and ignores the
    /// rest of the output; `check` throws it when the guard returns.
    private static let writeCallback: png_rw_ptr = { png, data, length in
        guard let io = png_get_io_ptr(png) else { return }
        let output = Unmanaged<Output>.fromOpaque(io).takeUnretainedValue()
        guard output.error == nil, length > 0, let data else { return }
        do {
            try output.sink(UnsafeRawBufferPointer(start: data, count: length))
        } catch {
            output.error = error
        }
    }
}
