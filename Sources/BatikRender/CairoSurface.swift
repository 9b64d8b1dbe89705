internal import BatikGeometry
internal import CCairo

/// Owns a `cairo_surface_t`. Only image surfaces for now (preview bands); PDF and SVG surfaces are
/// further static constructors on this class.
final class CairoSurface {
    let pointer: OpaquePointer

    /// Takes ownership of `pointer` (destroying it if it is already in an error state).
    init(taking pointer: OpaquePointer) throws(CairoError) {
        self.pointer = pointer
        try CairoError.check(cairo_surface_status(pointer))
    }

    deinit { cairo_surface_destroy(pointer) }

    /// A premultiplied 32-bit ARGB image surface, cleared to transparent.
    static func image(width: Int, height: Int) throws(CairoError) -> CairoSurface {
        guard let pointer = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw CairoError(rawValue: CAIRO_STATUS_NO_MEMORY.rawValue)
        }
        return try CairoSurface(taking: pointer)
    }

    var status: CairoError? {
        let s = cairo_surface_status(pointer)
        return s == CAIRO_STATUS_SUCCESS ? nil : CairoError(rawValue: s.rawValue)
    }

    /// Completes pending drawing so the pixels can be read.
    func flush() throws(CairoError) {
        cairo_surface_flush(pointer)
        try CairoError.check(cairo_surface_status(pointer))
    }
}

extension CairoSurface {
    var imageWidth: Int { Int(cairo_image_surface_get_width(pointer)) }
    var imageHeight: Int { Int(cairo_image_surface_get_height(pointer)) }
    /// Bytes from one row to the next (at least 4 × width).
    var imageStride: Int { Int(cairo_image_surface_get_stride(pointer)) }

    /// Reads the pixels of an ARGB32 image surface (after `flush()`): one native-endian `UInt32`
    /// per pixel, alpha in the high byte, colour premultiplied by alpha.
    func withImageData<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let data = cairo_image_surface_get_data(pointer)
        return try body(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : imageStride * imageHeight))
    }
}

extension CairoSurface {
    /// A recording surface: drawing on it is kept as commands, replayed wherever it is painted.
    /// In a PDF a recording surface painted many times is written once (a form XObject) and
    /// referenced, which keeps a many-page pola small. `extents` bounds it (nil: unbounded).
    static func recording(extents: Rect?) throws(CairoError) -> CairoSurface {
        let pointer: OpaquePointer?
        if let extents {
            var r = cairo_rectangle_t(x: extents.minX, y: extents.minY, width: extents.width, height: extents.height)
            pointer = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &r)
        } else {
            pointer = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nil)
        }
        guard let pointer else { throw CairoError(rawValue: CAIRO_STATUS_NO_MEMORY.rawValue) }
        return try CairoSurface(taking: pointer)
    }
}
