/// The 17 plane symmetry (wallpaper) groups, named as Inkscape's "Create Tiled Clones" names them.
///
/// A group turns one base tile into a cell of several copies (rotated, mirrored, glide-reflected)
/// and repeats the cell on a lattice. `placements(tile:covering:)` gives every copy's transform.
public enum WallpaperGroup: String, CaseIterable, Hashable, Sendable {
    case p1, p2, pm, pg, cm, pmm, pmg, pgg, cmm, p4, p4m, p4g, p3, p31m, p3m1, p6, p6m
}
