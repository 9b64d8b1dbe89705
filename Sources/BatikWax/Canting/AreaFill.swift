import BatikGeometry
import BatikMotif

/// How an area to block (nembok) is covered with wax, piece by piece.
///
/// Every stroke's centreline stays inside the area inset by half the wax line's width, so the wax
/// itself stays inside the area. For each connected piece, by this rule:
///
/// 1. larger than `brushThreshold`: left to the brush (kuas);
/// 2. thin, narrower than two wax lines (the piece inset by one line width is empty): one stroke
///    along its middle (`MedialAxis`), or a single dab when it is smaller than the line is wide;
/// 3. covered by at most `maximumRings` contour-parallel rings (insets of the piece, `spacing`
///    apart): those rings, which follow the outline the way a batik maker blocks a small shape;
/// 4. otherwise: one ring along the edge for a clean outline, and a back-and-forth hatch inside it
///    (`Hatch`), which needs far fewer lifts than many nested rings.
///
/// After 3 or 4, whatever the strokes leave bare gets a stroke along its own middle: parts of the
/// piece narrower than one wax line (a thin arm off a wide body, but not the tip of a sharp corner,
/// where the stroke would spill more than it covers), which the inset skipped, and the
/// strips along the middle where the piece is a little too wide for its rings (a ring covers half
/// a line either side; where the next inset vanishes more than half a line inside it, a strip is
/// left).
enum AreaFill {
    enum Method: String, Hashable, Sendable {
        case brush
        case centreline
        case rings
        case edgeAndHatch
    }

    struct Piece: Sendable {
        var method: Method
        var lines: [Polyline]
        var polygon: Polygon
    }

    /// The fill of every piece of `region` with `tool`.
    static func pieces(of region: Region, tool: CantingTool, options: CantingPlanOptions) throws(RegionError) -> [Piece]
    {
        var result: [Piece] = []
        for polygon in region.polygons {
            result.append(try fill(polygon, tool: tool, options: options))
        }
        return result
    }

    static func fill(_ polygon: Polygon, tool: CantingTool, options: CantingPlanOptions) throws(RegionError) -> Piece {
        if polygon.area > options.brushThreshold { return Piece(method: .brush, lines: [], polygon: polygon) }
        let w = tool.lineWidth
        let spacing = w * (1 - options.overlap)
        let piece = Region(polygons: [polygon])
        let inner = try piece.inset(by: w / 2)
        let thin = inner.isEmpty ? true : try piece.inset(by: w).isEmpty
        if thin {
            return Piece(
                method: .centreline, lines: MedialAxis.centrelines(of: polygon, lineWidth: w), polygon: polygon)
        }
        var rings: [Region] = [inner]
        while rings.count <= options.maximumRings {
            let next = try inner.inset(by: spacing * Double(rings.count))
            if next.isEmpty { break }
            rings.append(next)
        }
        var lines: [Polyline]
        let method: Method
        // What the strokes leave bare: parts narrower than one line, which the inset dropped, and
        // wherever one ring (or the edge ring) ends more than half a line short of the next
        // inset, or of the middle — a ring covers half a line either side of itself.
        var bare: [Region] = [try piece.difference(try inner.outset(by: w / 2))]
        if rings.count <= options.maximumRings {
            method = .rings
            lines = rings.flatMap(Self.loops)
            for k in rings.indices {
                let beyond = try rings[k].inset(by: w / 2)
                bare.append(k + 1 < rings.count ? try beyond.difference(try rings[k + 1].outset(by: w / 2)) : beyond)
            }
        } else {
            method = .edgeAndHatch
            lines = Self.loops(of: inner) + (try Hatch.zigzags(in: rings[1], spacing: spacing))
            bare.append(try (try inner.inset(by: w / 2)).difference(try rings[1].outset(by: w / 2)))
        }
        for (k, region) in bare.enumerated() {
            for gap in region.polygons where gap.area > Self.negligibleArea(w) {
                let middle = MedialAxis.centrelines(of: gap, lineWidth: w)
                // Outside the inset, any stroke spills over the edge: worth it for a thin arm, not
                // for the tip of a sharp corner, which the outline's wax all but covers.
                if k == 0 && middle.reduce(0, { $0 + $1.length }) < w { continue }
                lines += middle
            }
        }
        return Piece(method: method, lines: lines, polygon: polygon)
    }

    /// Uncovered bits smaller than this (mm²) are left: a tenth of the line width squared, far
    /// inside the spread of the wax around them.
    static func negligibleArea(_ lineWidth: Double) -> Double { lineWidth * lineWidth / 100 }

    /// Every ring of a region as a closed polyline.
    static func loops(of region: Region) -> [Polyline] {
        region.polygons.flatMap { p in ([p.exterior] + p.holes).map { Polyline($0, isClosed: true) } }
    }
}
