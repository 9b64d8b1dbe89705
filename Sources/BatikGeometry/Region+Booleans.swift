internal import CGEOS

/// Polygon booleans through GEOS's overlay (OverlayNG since GEOS 3.9, which falls back to snapping
/// and then to a fixed precision rather than fail on near-coincident edges).
///
/// They throw `RegionError` when GEOS fails, which valid input does not make it do in practice;
/// an invalid region (see `isValid`) can, with GEOS's TopologyException message.
extension Region {
    /// Everything in either region.
    public func union(_ other: Region) throws(RegionError) -> Region {
        try overlay(other, "unite two regions", GEOSUnion_r)
    }

    /// What the two regions share.
    public func intersection(_ other: Region) throws(RegionError) -> Region {
        try overlay(other, "intersect two regions", GEOSIntersection_r)
    }

    /// This region with `other` cut away.
    public func difference(_ other: Region) throws(RegionError) -> Region {
        try overlay(other, "subtract one region from another", GEOSDifference_r)
    }

    /// What is in exactly one of the two regions.
    public func symmetricDifference(_ other: Region) throws(RegionError) -> Region {
        try overlay(other, "take the symmetric difference of two regions", GEOSSymDifference_r)
    }

    /// The union of many regions in one pass (GEOS's cascaded unary union), much faster than
    /// uniting them one by one.
    public static func union(_ regions: [Region]) throws(RegionError) -> Region {
        let parts = regions.flatMap(\.polygons)
        if parts.isEmpty { return .empty }
        let context = try GEOSContext()
        var geometries: [GEOSOwnedGeometry] = []
        for p in parts { geometries.append(try context.polygon(p)) }
        let collection = try context.collection(of: geometries, type: GEOS_GEOMETRYCOLLECTION)
        let result = try context.own(GEOSUnaryUnion_r(context.handle, collection.pointer), "unite \(regions.count) regions")
        return try context.region(result)
    }

    private func overlay(
        _ other: Region, _ operation: String,
        _ function: (OpaquePointer?, OpaquePointer?, OpaquePointer?) -> OpaquePointer?
    ) throws(RegionError) -> Region {
        let context = try GEOSContext()
        let a = try context.geometry(self), b = try context.geometry(other)
        return try context.region(try context.own(function(context.handle, a.pointer, b.pointer), operation))
    }
}
