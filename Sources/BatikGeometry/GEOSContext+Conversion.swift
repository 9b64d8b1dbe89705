internal import CGEOS

/// Swift arrays ⇄ GEOS geometries. Rings go through flat coordinate buffers
/// (`GEOSCoordSeq_copyFromBuffer_r` / `copyToBuffer_r`), closed on the way in and opened on the
/// way out.
extension GEOSContext {
    func ring(_ points: [Point]) throws(RegionError) -> GEOSOwnedGeometry {
        var buffer: [Double] = []
        buffer.reserveCapacity(2 * points.count + 2)
        for p in points { buffer.append(p.x); buffer.append(p.y) }
        if let first = points.first, first != points.last { buffer.append(first.x); buffer.append(first.y) }
        let sequence = buffer.withUnsafeBufferPointer {
            GEOSCoordSeq_copyFromBuffer_r(handle, $0.baseAddress, UInt32($0.count / 2), 0, 0)
        }
        guard let sequence else { throw error("make a ring") }
        // The ring takes ownership of the sequence.
        return try own(GEOSGeom_createLinearRing_r(handle, sequence), "make a ring of \(points.count) points")
    }

    func polygon(_ polygon: Polygon) throws(RegionError) -> GEOSOwnedGeometry {
        let shell = try ring(polygon.exterior)
        var holes: [GEOSOwnedGeometry] = []
        for hole in polygon.holes { holes.append(try ring(hole)) }
        // The polygon takes ownership of its rings.
        var released: [OpaquePointer?] = holes.map { $0.release() }
        let result = released.withUnsafeMutableBufferPointer {
            GEOSGeom_createPolygon_r(handle, shell.release(), $0.baseAddress, UInt32($0.count))
        }
        return try own(result, "make a polygon")
    }

    /// A multipolygon of `polygons` (valid only when they neither overlap nor cross).
    func multiPolygon(_ polygons: [Polygon]) throws(RegionError) -> GEOSOwnedGeometry {
        var parts: [GEOSOwnedGeometry] = []
        for p in polygons { parts.append(try polygon(p)) }
        return try collection(of: parts, type: GEOS_MULTIPOLYGON)
    }

    func collection(of parts: [GEOSOwnedGeometry], type: GEOSGeomTypes) throws(RegionError) -> GEOSOwnedGeometry {
        var released: [OpaquePointer?] = parts.map { $0.release() }
        let result = released.withUnsafeMutableBufferPointer {
            GEOSGeom_createCollection_r(handle, Int32(type.rawValue), $0.baseAddress, UInt32($0.count))
        }
        return try own(result, "make a collection")
    }

    /// The polygons in `geometry`, looking inside multi-geometries and collections; points and
    /// lines (what a boolean leaves where two shapes only touch) carry no area and are dropped.
    func polygons(in geometry: OpaquePointer) throws(RegionError) -> [Polygon] {
        let type = GEOSGeomTypeId_r(handle, geometry)
        switch type {
        case Int32(GEOS_POLYGON.rawValue):
            if GEOSisEmpty_r(handle, geometry) == 1 { return [] }
            guard let shell = GEOSGetExteriorRing_r(handle, geometry) else { throw error("read a polygon") }
            let count = GEOSGetNumInteriorRings_r(handle, geometry)
            guard count >= 0 else { throw error("read a polygon") }
            var holes: [[Point]] = []
            for i in 0..<count {
                guard let hole = GEOSGetInteriorRingN_r(handle, geometry, i) else { throw error("read a hole") }
                holes.append(try points(ofRing: hole))
            }
            return [Polygon(exterior: try points(ofRing: shell), holes: holes)]
        case Int32(GEOS_MULTIPOLYGON.rawValue), Int32(GEOS_GEOMETRYCOLLECTION.rawValue):
            let count = GEOSGetNumGeometries_r(handle, geometry)
            guard count >= 0 else { throw error("read a collection") }
            var result: [Polygon] = []
            for i in 0..<count {
                guard let part = GEOSGetGeometryN_r(handle, geometry, i) else { throw error("read a collection") }
                result += try polygons(in: part)
            }
            return result
        case -1:
            throw error("read a geometry")
        default:
            return []
        }
    }

    func points(ofRing ring: OpaquePointer) throws(RegionError) -> [Point] {
        guard let sequence = GEOSGeom_getCoordSeq_r(handle, ring) else { throw error("read a ring") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(handle, sequence, &size) != 0 else { throw error("read a ring") }
        var buffer = [Double](repeating: 0, count: 2 * Int(size))
        let ok = buffer.withUnsafeMutableBufferPointer { GEOSCoordSeq_copyToBuffer_r(handle, sequence, $0.baseAddress, 0, 0) }
        guard ok != 0 else { throw error("read a ring") }
        var result: [Point] = []
        result.reserveCapacity(Int(size))
        for i in 0..<Int(size) { result.append(Point(buffer[2 * i], buffer[2 * i + 1])) }
        if result.count > 1, result.first == result.last { result.removeLast() }
        return result
    }

    /// The region's polygons as one GEOS geometry.
    func geometry(_ region: Region) throws(RegionError) -> GEOSOwnedGeometry {
        try multiPolygon(region.polygons)
    }

    /// A region from a GEOS result.
    func region(_ geometry: GEOSOwnedGeometry) throws(RegionError) -> Region {
        Region(polygons: try polygons(in: geometry.pointer))
    }
}
