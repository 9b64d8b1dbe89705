internal import CCairo

/// A Cairo failure: the status code, and Cairo's own words for it (`cairo_status_to_string`).
/// A status this wrapper does not know is still an error, with Cairo's text for it.
public struct CairoError: Error, RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The `cairo_status_t` value.
    public var rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public var description: String { "Cairo: " + String(cString: cairo_status_to_string(cairo_status_t(rawValue))) }

    /// Throws unless `status` is `CAIRO_STATUS_SUCCESS`.
    static func check(_ status: cairo_status_t) throws(CairoError) {
        guard status == CAIRO_STATUS_SUCCESS else { throw CairoError(rawValue: status.rawValue) }
    }
}
