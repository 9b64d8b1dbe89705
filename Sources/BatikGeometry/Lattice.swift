import Foundation

/// A periodic arrangement of one tile: two basis vectors and, for each lattice point, the transform
/// that carries tile-local coordinates (tile centred on the origin) onto the cloth.
///
/// The kinds are the repeats batik uses (../docs/motif-format.md, `tile.repeat`):
/// square and rectangular grids (ceplok, kawung), half-drop and brick (columns or rows shifted by
/// half a tile), rhombic (sido- lozenges), hexagonal, and diagonal bands (parang, lereng), whose
/// tile is drawn along the band and turned by `angle`.
public struct Lattice: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case square
        case rectangular
        case halfDrop = "half-drop"
        case brick
        case rhombic
        case hexagonal
        case diagonal
    }

    public var kind: Kind
    /// The first basis vector (one step to the next tile in a row).
    public var a: Vector
    /// The second basis vector (one step to the next row).
    public var b: Vector
    /// The rotation applied to the tile's content at every lattice point (non-zero for diagonal bands).
    public var tileRotation: Angle

    public init(kind: Kind, a: Vector, b: Vector, tileRotation: Angle = .zero) {
        self.kind = kind
        self.a = a
        self.b = b
        self.tileRotation = tileRotation
    }

    /// The lattice of `kind` for a tile of `tile` size. `angle` is the band direction of diagonal
    /// lattices (45° is the classic parang slope, rising to the right: −45° in y-down terms is used
    /// when `angle` is positive so that bands rise left to right as on the cloth).
    public init(kind: Kind, tile: Size, angle: Angle = .degrees(45)) {
        let w = tile.width, h = tile.height
        switch kind {
        case .square, .rectangular:
            self.init(kind: kind, a: Vector(w, 0), b: Vector(0, h))
        case .halfDrop:
            // Each column drops half a tile below its left neighbour.
            self.init(kind: kind, a: Vector(w, h / 2), b: Vector(0, h))
        case .brick:
            // Each row shifts half a tile to the right of the row above.
            self.init(kind: kind, a: Vector(w, 0), b: Vector(w / 2, h))
        case .rhombic:
            // Lozenges: tile centres on a centred rectangular lattice.
            self.init(kind: kind, a: Vector(w / 2, h / 2), b: Vector(-w / 2, h / 2))
        case .hexagonal:
            // Rows half a tile apart sideways, rows `h` apart: tile (w, h = w·√3/2) gives a true hex lattice.
            self.init(kind: kind, a: Vector(w, 0), b: Vector(w / 2, h))
        case .diagonal:
            let turn = -angle
            let along = Vector(angle: turn, length: w)
            let across = Vector(angle: turn + .degrees(90), length: h)
            self.init(kind: kind, a: along, b: across, tileRotation: turn)
        }
    }

    /// The transform for lattice point (i, j): rotate the tile content, then move it to i·a + j·b.
    public func transform(i: Int, j: Int) -> AffineTransform {
        let offset = a * Double(i) + b * Double(j)
        return AffineTransform.rotation(tileRotation).thenTranslated(by: offset)
    }

    /// Every lattice placement whose tile (`tileBounds`, in tile-local coordinates) meets `area`,
    /// ordered row by row (j, then i) so output is deterministic.
    public func placements(covering area: Rect, tileBounds: Rect) -> [AffineTransform] {
        // Candidates: lattice points within the tile's reach of the area (with a margin for the
        // tile's rotation), then each candidate's transformed bounds decide.
        let reach = max(abs(tileBounds.minX), abs(tileBounds.maxX), abs(tileBounds.minY), abs(tileBounds.maxY)) * 1.5
        guard let (iRange, jRange) = indexRanges(covering: area.outsetBy(reach)) else { return [] }
        var result: [AffineTransform] = []
        for j in jRange {
            for i in iRange {
                let t = transform(i: i, j: j)
                let box = Rect(enclosing: tileBounds.corners.map(t.apply))!
                if box.intersects(area) { result.append(t) }
            }
        }
        return result
    }

    /// The lattice indices (i, j) of every point i·a + j·b inside `rect`, as ranges (a superset:
    /// the parallelogram of the ranges holds the rectangle). Nil for a degenerate basis.
    func indexRanges(covering rect: Rect) -> (ClosedRange<Int>, ClosedRange<Int>)? {
        // Solve p = i·a + j·b at the corners by Cramer's rule.
        let det = a.cross(b)
        guard det != 0, det.isFinite else { return nil }
        var iMin = Int.max, iMax = Int.min, jMin = Int.max, jMax = Int.min
        for c in rect.corners {
            let v = c.vector
            let i = v.cross(b) / det
            let j = a.cross(v) / det
            guard i.isFinite, j.isFinite else { return nil }
            iMin = min(iMin, Int(i.rounded(.down))); iMax = max(iMax, Int(i.rounded(.up)))
            jMin = min(jMin, Int(j.rounded(.down))); jMax = max(jMax, Int(j.rounded(.up)))
        }
        return (iMin...iMax, jMin...jMax)
    }
}
