/// The cell and lattice of each group, arranged as Inkscape's Create Tiled Clones arranges them
/// (`clonetiler_get_transform` in Inkscape's `clonetiler.cpp`, the symmetry tab), so a tile drawn
/// for Inkscape's tiler repeats the same way here.
///
/// Conventions: the tile is w × h and centred on the origin; each copy is a rotation or mirror
/// about the tile's own centre followed by a move, so `at(t, linear)` reads "the tile, turned or
/// mirrored by `linear`, with its centre moved to `t`". Positive turns run clockwise on paper, as
/// Inkscape's rotations do in SVG's y-down space. Rectangle-based groups list their copies
/// explicitly; the rotation groups of order 3 and 6 are the orbit of the tile (and, with mirrors,
/// of its reflection in the horizontal line through the rotation centre) about a centre that
/// Inkscape places according to whether the tile is wider or taller, exactly as its own formulas
/// do.
extension WallpaperGroup {
    /// The copies of the tile that make one cell, the identity first.
    public func cell(tile: Size) -> [AffineTransform] {
        let w = tile.width, h = tile.height, m = max(w, h)
        let flipX = AffineTransform.scale(x: -1, y: 1)
        let flipY = AffineTransform.scale(x: 1, y: -1)
        let half = AffineTransform.rotation(turns: 1, of: 2)
        let quarter = AffineTransform.rotation(turns: 1, of: 4)
        let backQuarter = AffineTransform.rotation(turns: -1, of: 4)
        func at(_ x: Double, _ y: Double, _ linear: AffineTransform = .identity) -> AffineTransform {
            linear.thenTranslated(by: Vector(x, y))
        }
        switch self {
        case .p1:
            return [.identity]
        case .p2:
            return [.identity, at(w, 0, half)]
        case .pm, .cm:
            return [.identity, at(w, 0, flipX)]
        case .pg:
            return [.identity, at(0, h, flipX)]
        case .pmm, .cmm:
            return [.identity, at(w, 0, flipX), at(0, h, flipY), at(w, h, half)]
        case .pmg:
            return [.identity, at(w, 0, half), at(0, h, flipY), at(w, h, flipX)]
        case .pgg:
            return [.identity, at(w, 0, flipY), at(0, h, half), at(w, h, flipX)]
        case .p4:
            // A pinwheel about (h/2, w/2): a square tile's corner; a gap of |w − h| otherwise.
            return [
                .identity, at((w + h) / 2, (w - h) / 2, quarter),
                at((h - w) / 2, (w + h) / 2, backQuarter), at(h, w, half),
            ]
        case .p4m:
            // Each quarter of the 2m square holds the tile and its mirror in a diagonal: meant for
            // a right-isosceles-triangle tile that fills half its square.
            let d = (w - h) / 2
            return [
                .identity, at(d, -d, flipY.then(quarter)), at(d + h, -d, quarter), at(w, 0, flipX),
                at(0, h, flipY), at(d, d + h, backQuarter), at(d + h, d + h, flipY.then(backQuarter)), at(w, h, half),
            ]
        case .p4g:
            // Two pinwheels about the tile's corner (w/2, h/2), the second mirrored, side by side.
            let s = (w + h) / 2, d = (w - h) / 2
            return [
                .identity, at(s, -d, quarter), at(d, s, backQuarter), at(w, h, half),
                at(2 * m, h, flipY), at(2 * m + s - h, -d, flipY.then(quarter)),
                at(2 * m + d + h, s, flipY.then(backQuarter)), at(2 * m + w, 0, flipX),
            ]
        case .p3, .p31m, .p3m1, .p6, .p6m:
            let n = self == .p6 || self == .p6m ? 6 : 3
            let c = hexagonalCentre(tile: tile)
            let mirrored = self == .p31m || self == .p3m1 || self == .p6m
            let mirror = AffineTransform.mirrorVertically(about: c.y)
            return (0..<n).flatMap { k in
                let turn = AffineTransform.rotation(turns: k, of: n, about: c)
                return mirrored ? [turn, mirror.then(turn)] : [turn]
            }
        }
    }

    /// The centre of rotation of the groups of order 3 and 6: a point on the tile's right side
    /// for a wide tile (Inkscape's `w > h` branch), further right for a tall one.
    private func hexagonalCentre(tile: Size) -> Point {
        let w = tile.width, h = tile.height, r3 = 3.0.squareRoot()
        let wide = w > h
        switch self {
        case .p3: return wide ? Point(w / 2, 0) : Point(h / (2 * r3), 0)
        case .p31m, .p3m1: return wide ? Point(w / 2, h / 2) : Point(h / r3, h / 2)
        case .p6: return wide ? Point(w / 2, 0) : Point((r3 * h - w) / 2, 0)
        case .p6m: return wide ? Point(w / 2, h / 2) : Point(r3 * h - w / 2, h / 2)
        default: preconditionFailure("\(self) has no hexagonal centre")
        }
    }

    /// The translations that repeat the cell. Its first vector is always horizontal, so lattice
    /// rows run across the cloth.
    public func lattice(tile: Size) -> Lattice {
        let w = tile.width, h = tile.height, m = max(w, h), r3 = 3.0.squareRoot()
        let wide = w > h
        switch self {
        case .p1: return Lattice(kind: .rectangular, a: Vector(w, 0), b: Vector(0, h))
        case .p2, .pm: return Lattice(kind: .rectangular, a: Vector(2 * w, 0), b: Vector(0, h))
        case .pg: return Lattice(kind: .rectangular, a: Vector(w, 0), b: Vector(0, 2 * h))
        case .cm: return Lattice(kind: .rhombic, a: Vector(2 * w, 0), b: Vector(w, h))
        case .pmm, .pmg, .pgg: return Lattice(kind: .rectangular, a: Vector(2 * w, 0), b: Vector(0, 2 * h))
        case .cmm: return Lattice(kind: .rhombic, a: Vector(2 * w, 0), b: Vector(w, 2 * h))
        case .p4: return Lattice(kind: .square, a: Vector(w + h, 0), b: Vector(0, w + h))
        case .p4m: return Lattice(kind: .square, a: Vector(2 * m, 0), b: Vector(0, 2 * m))
        case .p4g: return Lattice(kind: .square, a: Vector(4 * m, 0), b: Vector(2 * m, 2 * m))
        case .p3:
            let width = wide ? 1.5 * w : r3 / 2 * h, height = wide ? r3 * w : h
            return Lattice(kind: .hexagonal, a: Vector(2 * width, 0), b: Vector(width, height / 2))
        case .p31m:
            return wide
                ? Lattice(kind: .hexagonal, a: Vector(w, 0), b: Vector(w / 2, r3 / 2 * w))
                : Lattice(kind: .hexagonal, a: Vector(r3 * h, 0), b: Vector(r3 / 2 * h, 1.5 * h))
        case .p3m1:
            return wide
                ? Lattice(kind: .hexagonal, a: Vector(3 * w, 0), b: Vector(1.5 * w, r3 / 2 * w))
                : Lattice(kind: .hexagonal, a: Vector(2 * r3 * h, 0), b: Vector(r3 * h, h))
        case .p6:
            return wide
                ? Lattice(kind: .hexagonal, a: Vector(2 * w, 0), b: Vector(w, r3 * w))
                : Lattice(kind: .hexagonal, a: Vector(r3 * h, 0), b: Vector(r3 / 2 * h, 1.5 * h))
        case .p6m:
            return wide
                ? Lattice(kind: .hexagonal, a: Vector(2 * w, 0), b: Vector(w, r3 * w))
                : Lattice(kind: .hexagonal, a: Vector(2 * r3 * h, 0), b: Vector(r3 * h, 3 * h))
        }
    }
}
