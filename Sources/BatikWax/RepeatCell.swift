public import BatikGeometry
public import BatikMotif

/// One period of a motif's repeat: the parallelogram spanned by the two lattice vectors, placed
/// around the tile (or, for a wallpaper group, around the group's copies of the tile at one lattice
/// point). Translated by every lattice vector, cells tile the plane exactly, so work done once
/// for a cell (visible regions, the resist plan) holds for the whole cloth.
///
/// Cell-local coordinates are the tile's own coordinates for the tile at lattice point (0, 0): for a
/// lattice repeat the tile is centred on the origin (turned by the lattice's tile rotation for
/// diagonal bands); for a wallpaper group the group's first copy is the tile itself.
public struct RepeatCell: Hashable, Sendable {
    /// The lattice vectors: one step along a row of cells, one step to the next row.
    public var a: Vector
    public var b: Vector
    /// Tile-local to cell-local transforms of the tile copies at lattice point (0, 0): one for a
    /// lattice repeat, the group's cell for a wallpaper group, in the order layouts use.
    public var copies: [AffineTransform]
    /// The middle of the parallelogram.
    public var centre: Point

    public init(a: Vector, b: Vector, copies: [AffineTransform], centre: Point) {
        self.a = a
        self.b = b
        self.copies = copies
        self.centre = centre
    }

    /// The cell of a tile's repeat, matching the placements of `Motif.layout(on:)`.
    public init(tile: Tile) {
        switch tile.repeat {
        case .lattice(let kind, let angle):
            let lattice = Lattice(kind: kind, tile: tile.size, angle: angle)
            self.init(a: lattice.a, b: lattice.b, copies: [lattice.transform(i: 0, j: 0)], centre: .zero)
        case .wallpaper(let group):
            let lattice = group.lattice(tile: tile.size)
            let copies = group.cell(tile: tile.size)
            // The copies' centres average to the middle of what one lattice point carries.
            let sum = copies.reduce(Vector.zero) { $0 + $1.apply(Point.zero).vector }
            self.init(a: lattice.a, b: lattice.b, copies: copies, centre: Point.zero + sum / Double(copies.count))
        }
    }

    /// The cell's corners, clockwise on paper for a right-handed basis: centre ∓ a/2 ∓ b/2.
    public var corners: [Point] {
        let h = a / 2, k = b / 2
        return [centre - h - k, centre + h - k, centre + h + k, centre - h + k]
    }

    /// The cell as a region.
    public var region: Region { Region(polygons: [Polygon(exterior: corners)]) }

    /// The cell's area in square millimetres.
    public var area: Double { abs(a.cross(b)) }

    /// The cell's bounding box.
    public var bounds: Rect { Rect(enclosing: corners)! }

    /// The translation to lattice point (i, j).
    public func offset(i: Int, j: Int) -> Vector { a * Double(i) + b * Double(j) }

    /// Every lattice point (i, j) at which a box `bounds` (cell-local) moved by the lattice vector
    /// overlaps `rect` with positive area, row by row (j, then i), so the order is deterministic.
    public func latticePoints(moving bounds: Rect, over rect: Rect) -> [LatticePoint] {
        // The moves t with (bounds + t) ∩ rect ≠ ∅ form a rectangle of moves; solve for its
        // corners' lattice coordinates (Cramer's rule) to bound i and j, then test each box.
        let moves = Rect(
            x: rect.minX - bounds.maxX, y: rect.minY - bounds.maxY,
            width: rect.width + bounds.width, height: rect.height + bounds.height)
        let det = a.cross(b)
        guard det != 0, det.isFinite else { return [] }
        var iMin = Int.max, iMax = Int.min, jMin = Int.max, jMax = Int.min
        for c in moves.corners {
            let v = c.vector
            let i = v.cross(b) / det, j = a.cross(v) / det
            guard i.isFinite, j.isFinite, abs(i) < 1e9, abs(j) < 1e9 else { return [] }
            iMin = min(iMin, Int(i.rounded(.down))); iMax = max(iMax, Int(i.rounded(.up)))
            jMin = min(jMin, Int(j.rounded(.down))); jMax = max(jMax, Int(j.rounded(.up)))
        }
        var result: [LatticePoint] = []
        for j in jMin...jMax {
            for i in iMin...iMax {
                let t = offset(i: i, j: j)
                let box = Rect(origin: bounds.origin + t, size: bounds.size)
                if box.overlaps(rect) { result.append(LatticePoint(i: i, j: j)) }
            }
        }
        return result
    }
}

/// A point (i, j) of a lattice: the cell or tile moved by i·a + j·b.
public struct LatticePoint: Hashable, Sendable, Comparable {
    public var i: Int
    public var j: Int

    public init(i: Int, j: Int) {
        self.i = i
        self.j = j
    }

    /// Row by row: j first, then i (the order layouts place tiles in).
    public static func < (p: LatticePoint, q: LatticePoint) -> Bool { (p.j, p.i) < (q.j, q.i) }
}

extension RepeatCell {
    /// Overlap given to the copies of a region in `repeated(_:near:)`, so that edges meeting at a
    /// cell boundary, equal only up to rounding, unite without a seam.
    public static let seamOverlap = 1e-6

    /// `region` (cell-local) united with its copies in the cells around, as far as they reach
    /// `box`: the repeat seen around the cell, for outlines drawn across cell edges and for what
    /// touches what across them.
    public func repeated(_ region: Region, near box: Rect) throws(RegionError) -> Region {
        guard let bounds = region.bounds else { return .empty }
        let grown = try region.outset(by: Self.seamOverlap)
        let boxes = grown.polygons.map { Rect(enclosing: $0.exterior) }
        // Only the pieces that reach `box` are copied: a cell's thousand cecek dots need not be
        // copied into all eight neighbours.
        var copies: [Region] = []
        for p in latticePoints(moving: bounds.outsetBy(Self.seamOverlap), over: box) {
            let v = offset(i: p.i, j: p.j)
            let near = grown.polygons.indices.filter { n in
                boxes[n].map { Rect(origin: $0.origin + v, size: $0.size).overlaps(box) } ?? false
            }
            if near.isEmpty { continue }
            copies.append(Region(polygons: near.map { grown.polygons[$0] }).translated(by: v))
        }
        do {
            return try Region.union(copies)
        } catch {
            var repaired: [Region] = []
            for c in copies { repaired.append(try c.repaired()) }
            return try Region.union(repaired)
        }
    }
}
