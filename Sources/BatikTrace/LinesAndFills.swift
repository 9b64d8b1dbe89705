public import BatikGeometry
import BatikWax

/// Splits traced ink into the lines a canting draws and the areas that are blocked with wax.
///
/// A pen line is thin: every point of it is within half the pen width of paper. A filled area is
/// thick. So the thick part of a piece of ink is its *opening* by a disc of the pen's width (shrunk
/// by the width, then grown back: what survives holds a disc twice the pen wide), and the rest is
/// line. Where lines cross or join, the ink is at most about 1.5 pen widths across, so joins stay
/// lines. Lines become their middle line (`MedialAxis`, the same centre lines the canting planner
/// draws thin areas with), to be drawn with one canting stroke; a piece of line whose middle line
/// shrinks to a point (a dot the pen made) is kept as a small filled area.
public enum LinesAndFills {
    /// Thin leftovers smaller than this many square pen widths are slivers cut off at the edge of
    /// a filled area, not lines.
    static let sliverArea = 1.0
    /// Ink whose thin part is less than this fraction of it is one filled area, kept whole with its
    /// traced curves.
    static let mostlyFilled = 0.05

    public struct Parts: Hashable, Sendable {
        public var fills: [BezierPath] = []
        public var lines: [Polyline] = []
    }

    /// A thin piece is drawn as a line only when the wax line of the pen's width along its middle
    /// matches its ink: the area where one has what the other has not is at most this fraction of
    /// the piece. An even pen line differs only by the wobble of its edges (10–20 %); a brush
    /// stroke or a tapering leaf, thick at one end and a point at the other, differs by half its
    /// area, is not one canting line, and stays a filled area of its own shape.
    static let lineMismatch = 0.35

    /// Splits `outlines` (closed paths in mm; holes the other way round) for a pen `penWidth` mm wide.
    public static func split(_ outlines: [BezierPath], penWidth: Double) throws(RegionError) -> Parts {
        var parts = Parts()
        let w = penWidth
        for outline in outlines {
            let ink = try Region(path: outline)
            guard !ink.isEmpty else { continue }
            let opened = try ink.inset(by: w).outset(by: w)
            let thick = opened.isEmpty ? opened : try opened.intersection(ink)
            let thin = thick.isEmpty ? ink : try ink.difference(thick)
            if thin.area < mostlyFilled * ink.area {
                parts.fills.append(outline)
                continue
            }
            var fills = thick.polygons.filter { $0.area >= sliverArea * w * w }.map(\.path)
            var lines: [Polyline] = []
            // A middle line stops about half a pen short of the area it runs into (the centre
            // lines end where the round end of the wax covers the tip); ends that close to a
            // filled area are drawn on into it, so the wax joins as the ink did.
            let reach = thick.isEmpty ? thick : try thick.outset(by: w)
            for polygon in thin.polygons where thick.isEmpty || polygon.area >= sliverArea * w * w {
                let centres = MedialAxis.centrelines(of: polygon, lineWidth: w, tolerance: w / 20)
                    .map { $0.smoothed(spacing: w / 4, tolerance: min(Tolerance.shape, w / 8)) }
                // Beside a filled area, stubs shorter than the pen are the corners the opening
                // rounded off; the area's edge covers them.
                let kept = centres.filter { $0.points.count >= 2 && (thick.isEmpty || $0.length >= w) }
                guard !kept.isEmpty,
                    try Region(stroking: kept, width: w).symmetricDifference(Region(polygons: [polygon])).area
                        <= lineMismatch * polygon.area
                else {
                    // A dot the pen made, or no even line: the piece keeps its own shape.
                    fills.append(polygon.path)
                    continue
                }
                lines += kept.map { reach.isEmpty ? $0 : extended($0, into: reach, by: w) }
            }
            if lines.isEmpty {
                // All of it is filled: the traced curves are smoother than the pieces.
                parts.fills.append(outline)
            } else {
                parts.fills += fills
                parts.lines += lines
            }
        }
        return parts
    }

    /// `line` with each open end inside `reach` drawn on by `length` in the direction it ends in
    /// (taken over the last `length` of the line, so a kink at the very end does not steer it).
    static func extended(_ line: Polyline, into reach: Region, by length: Double) -> Polyline {
        guard !line.isClosed, line.points.count >= 2 else { return line }
        var points = line.points
        func direction(from end: [Point]) -> Vector? {
            let tip = end[0]
            var back = end[1]
            for p in end.dropFirst() {
                back = p
                if p.distance(to: tip) >= length { break }
            }
            let v = tip - back
            return v.length > 0 ? v * (1 / v.length) : nil
        }
        if reach.contains(points[points.count - 1]), let d = direction(from: points.reversed()) {
            points.append(points[points.count - 1] + d * length)
        }
        if reach.contains(points[0]), let d = direction(from: points) {
            points.insert(points[0] + d * length, at: 0)
        }
        return Polyline(points, isClosed: false)
    }
}
