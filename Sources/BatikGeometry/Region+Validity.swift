internal import CGEOS

/// Validity in the OGC Simple Features sense, which GEOS's overlay relies on: rings that do not
/// cross themselves or each other, holes inside their exterior, polygons that do not overlap.
extension Region {
    /// Whether GEOS considers the region valid. Regions built by `Region(path:)`, the booleans and
    /// the offsets always are; `Region(polygons:)` trusts its input and may not be.
    public func isValid() throws(RegionError) -> Bool {
        let context = try GEOSContext()
        let g = try context.geometry(self)
        return try context.predicate("check a region's validity") { GEOSisValid_r(context.handle, g.pointer) }
    }

    /// GEOS's explanation of why the region is invalid ("Self-intersection[5 5]"), or nil when it is valid.
    public func validityProblem() throws(RegionError) -> String? {
        let context = try GEOSContext()
        let g = try context.geometry(self)
        guard let reason = GEOSisValidReason_r(context.handle, g.pointer) else { throw context.error("check a region's validity") }
        defer { GEOSFree_r(context.handle, reason) }
        let text = String(cString: reason)
        return text == "Valid Geometry" ? nil : text
    }

    /// The region made valid by GEOS's structure-aware repair (`GEOSMakeValidWithParams_r`,
    /// method STRUCTURE, GEOS ≥ 3.10): overlapping polygons are united, holes are cut from their
    /// exterior, a ring that crosses itself (a bow-tie) splits into its lobes, and parts that
    /// collapse to lines or points are dropped.
    public func repaired() throws(RegionError) -> Region {
        if isEmpty { return self }
        let context = try GEOSContext()
        let g = try context.geometry(self)
        guard let params = GEOSMakeValidParams_create_r(context.handle) else { throw context.error("repair a region") }
        defer { GEOSMakeValidParams_destroy_r(context.handle, params) }
        GEOSMakeValidParams_setMethod_r(context.handle, params, GEOS_MAKE_VALID_STRUCTURE)
        GEOSMakeValidParams_setKeepCollapsed_r(context.handle, params, 0)
        return try context.region(try context.own(GEOSMakeValidWithParams_r(context.handle, g.pointer, params), "repair a region"))
    }
}
