internal import CGEOS

/// One GEOS reentrant context (`GEOS_init_r`), owned by one operation on one thread and finished
/// when the operation drops it. GEOS's error handler writes its message here, so a failed call
/// becomes a `RegionError` carrying GEOS's own words.
///
/// Not `Sendable` on purpose: a context must not be shared between threads (GEOS's rule for the
/// `_r` API). `Region` creates one per call, which keeps `Region` itself freely shareable.
final class GEOSContext {
    let handle: OpaquePointer
    private(set) var lastMessage: String?

    init() throws(RegionError) {
        guard let handle = GEOS_init_r() else {
            throw RegionError(operation: "start GEOS", message: "GEOS could not allocate a context")
        }
        self.handle = handle
        let userData = Unmanaged.passUnretained(self).toOpaque()
        // The context outlives the handle (finished in deinit), so the unretained pointer is safe.
        GEOSContext_setErrorMessageHandler_r(handle, { message, userData in
            guard let message, let userData else { return }
            Unmanaged<GEOSContext>.fromOpaque(userData).takeUnretainedValue().lastMessage = String(cString: message)
        }, userData)
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The error for a failed call: GEOS's last message, or a generic one when it gave none.
    func error(_ operation: String) -> RegionError {
        defer { lastMessage = nil }
        return RegionError(operation: operation, message: lastMessage ?? "GEOS reported a failure without a message")
    }

    /// Takes ownership of a GEOS result, or throws GEOS's error when it is nil.
    func own(_ geometry: OpaquePointer?, _ operation: String) throws(RegionError) -> GEOSOwnedGeometry {
        guard let geometry else { throw error(operation) }
        return GEOSOwnedGeometry(context: self, pointer: geometry)
    }

    /// Runs a GEOS function that answers 1 for true, 0 for false and 2 on error.
    func predicate(_ operation: String, _ body: () -> CChar) throws(RegionError) -> Bool {
        switch body() {
        case 0: return false
        case 1: return true
        default: throw error(operation)
        }
    }
}

/// A GEOS geometry that this side owns and destroys, unless ownership passes to GEOS (`release`).
final class GEOSOwnedGeometry {
    let context: GEOSContext
    private var owned: OpaquePointer?

    init(context: GEOSContext, pointer: OpaquePointer) {
        self.context = context
        self.owned = pointer
    }

    var pointer: OpaquePointer { owned! }

    /// Hands the geometry to GEOS (to a polygon or collection that takes ownership of its parts).
    func release() -> OpaquePointer {
        defer { owned = nil }
        return owned!
    }

    deinit {
        if let owned { GEOSGeom_destroy_r(context.handle, owned) }
    }
}
