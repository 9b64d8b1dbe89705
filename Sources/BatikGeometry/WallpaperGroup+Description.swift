/// What each group does, for help text and for checking the arrangements against the
/// crystallographic facts (International Tables for Crystallography, vol. A, plane groups).
extension WallpaperGroup {
    /// One line for help text: what the tiler does with the tile, and which tile shape it is
    /// designed for when that shape is not a plain rectangle.
    public var summary: String {
        switch self {
        case .p1: "translation only: the tile repeats unchanged"
        case .p2: "half turns: every other tile in a row is upside down"
        case .pm: "mirrors: every other tile in a row is mirrored"
        case .pg: "glide reflections: every other row is mirrored"
        case .cm: "mirrors and glides: mirrored tiles alternate like a chequerboard"
        case .pmm: "two mirrors: blocks of four mirror images"
        case .pmg: "mirrors and half turns: rows of tile and half-turned tile, mirrored top to bottom"
        case .pgg: "glides and half turns: blocks of four flipped or half-turned tiles, no mirror lines"
        case .cmm: "two mirrors, staggered: blocks of four mirror images, every other block row shifted"
        case .p4: "quarter turns: pinwheels of four about a corner (use a square tile)"
        case .p4m: "quarter turns and 45° mirrors: eight copies about a point (draw in one half of a square tile, cut by the diagonal from top left to bottom right)"
        case .p4g: "quarter turns and 90° mirrors: pinwheels alternating with their mirror images (use a square tile)"
        case .p3: "third turns: three copies about a point (draw a 120° rhombus, width = height ÷ √3)"
        case .p31m: "third turns and mirrors, dense: six copies about a point (draw a 30°-30°-120° triangle on the tile's base, height = width ÷ (2√3))"
        case .p3m1: "third turns and mirrors, sparse: six copies about a point (draw an equilateral triangle on the tile's base, height = width × √3 ÷ 2)"
        case .p6: "sixth turns: six copies about a point (draw an equilateral triangle pointing right, width = height × √3 ÷ 2)"
        case .p6m: "sixth turns and mirrors: twelve copies about a point (draw a 30°-60°-90° triangle, right angle bottom-left, height = width ÷ √3)"
        }
    }

    /// The highest order of rotation in the group: 1 (none), 2, 3, 4 or 6.
    public var rotationOrder: Int {
        switch self {
        case .p1, .pm, .pg, .cm: 1
        case .p2, .pmm, .pmg, .pgg, .cmm: 2
        case .p3, .p31m, .p3m1: 3
        case .p4, .p4m, .p4g: 4
        case .p6, .p6m: 6
        }
    }

    /// Whether the group has mirror lines.
    public var hasMirrors: Bool {
        switch self {
        case .pm, .cm, .pmm, .pmg, .cmm, .p4m, .p4g, .p31m, .p3m1, .p6m: true
        case .p1, .p2, .pg, .pgg, .p4, .p3, .p6: false
        }
    }

    /// Whether the group has glide reflections that are not a mirror followed by a lattice step.
    public var hasGlideReflections: Bool {
        switch self {
        case .pg, .cm, .pmg, .pgg, .cmm, .p4m, .p4g, .p31m, .p3m1, .p6m: true
        case .p1, .p2, .pm, .pmm, .p4, .p3, .p6: false
        }
    }

    /// How many copies of the tile make one cell (the order of the group's point group).
    public var copiesPerCell: Int { cell(tile: Size(1, 1)).count }
}
