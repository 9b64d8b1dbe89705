internal import CCairo

/// Where a Cairo surface made "for stream" (PDF, SVG) sends its bytes: the caller's sink, and the
/// first error the sink threw, kept so it can be rethrown as it was once Cairo reports a write
/// error. Shared by every stream surface.
final class CairoStream {
    let sink: (UnsafeRawBufferPointer) throws -> Void
    private(set) var error: (any Error)?

    init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) { self.sink = sink }

    /// The callback Cairo calls with each piece of output; `closure` is `self.closure`.
    static let write: cairo_write_func_t = { closure, data, length in
        let stream = Unmanaged<CairoStream>.fromOpaque(closure!).takeUnretainedValue()
        guard stream.error == nil else { return CAIRO_STATUS_WRITE_ERROR }
        do {
            try stream.sink(UnsafeRawBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        } catch {
            stream.error = error
            return CAIRO_STATUS_WRITE_ERROR
        }
    }

    /// The pointer Cairo passes back to `write`. The stream must outlive the surface.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Finishes `surface` and rethrows the sink's own error, else Cairo's.
    func finish(_ surface: CairoSurface) throws {
        cairo_surface_finish(surface.pointer)
        if let error { throw error }
        if let status = surface.status { throw status }
    }
}
