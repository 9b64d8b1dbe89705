/// Bounds on what an SVG file may ask of the importer, checked before the work they guard, so a
/// hostile or broken file is refused with a message instead of filling the memory or the disk.
public enum SVGImportLimits {
    /// Largest SVG file read, in bytes (20 MiB). Checked before the file is read whole: an
    /// Inkscape drawing of a motif is tens of kilobytes, and a motif file may hold at most 1 MB.
    public static let fileBytes = 20 * 1024 * 1024
    /// Longest side of the drawing (width, height or viewBox after units), in millimetres: 10 m
    /// is two kain panjang end to end; more is a mistake in the units.
    public static let sideMillimetres = 10_000.0
    /// XML elements in one file. A busy Inkscape drawing has a few thousand.
    public static let elements = 200_000
    /// Path commands and coordinate pairs over the whole drawing, counted in the path data before
    /// any of it is built. The written motif file must stay under 1 MB, which holds roughly
    /// 50 000 points; ten times that leaves room for what is then reported as too big to write.
    public static let pathPoints = 500_000
    /// Shapes after every `<use>` is expanded: a chain of `<use>` elements that each copy the one
    /// before twice grows as fast as an entity bomb.
    public static let shapes = 50_000
    /// Nesting of `<use>` inside `<use>`.
    public static let useDepth = 16
}
