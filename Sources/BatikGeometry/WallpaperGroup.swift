/// The 17 plane symmetry (wallpaper) groups, named as Inkscape's "Create Tiled Clones" names them
/// (crystallographic short names; Conway's orbifold names in brackets below).
///
/// A group turns one base tile into a cell of several copies (rotated, mirrored, glide-reflected)
/// and repeats the cell on a lattice. `placements(tile:covering:)` gives every copy's transform,
/// `cell(tile:)` and `lattice(tile:)` the parts, `summary` a line for help text.
public enum WallpaperGroup: String, CaseIterable, Hashable, Sendable {
    /// Translation only: the tile repeats unchanged in rows and columns [o].
    case p1
    /// Half turns: every other tile in a row is turned upside down [2222].
    case p2
    /// Mirrors: every other tile in a row is mirrored left to right [**].
    case pm
    /// Glide reflections: every other row is mirrored left to right [xx].
    case pg
    /// Mirrors and glides: mirrored tiles alternate like a chequerboard [*x].
    case cm
    /// Two perpendicular mirrors: blocks of four, each a mirror image of its neighbours [*2222].
    case pmm
    /// Mirrors and half turns: rows of tile and half-turned tile, mirrored top to bottom [22*].
    case pmg
    /// Glides and half turns, no mirrors: blocks of four tiles flipped or half-turned [22x].
    case pgg
    /// Two perpendicular mirrors in a staggered arrangement (each block row shifted by a tile) [2*22].
    case cmm
    /// Quarter turns: pinwheels of four tiles about a corner (gap-free for square tiles) [442].
    case p4
    /// Quarter turns and mirrors at 45°: eight copies about a point, for a triangular half-square tile [*442].
    case p4m
    /// Quarter turns and mirrors at 90°: pinwheels alternating with their mirror images (square tiles) [4*2].
    case p4g
    /// Third turns: three tiles about a point, for a 120° rhombus (tall tile) [333].
    case p3
    /// Third turns and mirrors, dense: six copies about a point on a triangle's base [3*3].
    case p31m
    /// Third turns and mirrors, sparse: six equilateral triangles about each vertex [*333].
    case p3m1
    /// Sixth turns: six tiles about a point, for an equilateral triangle (tall tile) [632].
    case p6
    /// Sixth turns and mirrors: twelve copies about a point, for a 30°-60°-90° triangle [*632].
    case p6m
}
