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
/// After 3 or 4, parts of the piece narrower than one wax line (a thin arm off a wide body), which
/// the inset skipped, get a centreline stroke of their own.
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
    static func pieces(of region: Region, tool: CantingTool, options: CantingPlanOptions) throws(RegionError) -> [Piece] {
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
            return Piece(method: .centreline, lines: MedialAxis.centrelines(of: polygon, lineWidth: w), polygon: polygon)
        }
        var rings: [Region] = [inner]
        while rings.count <= options.maximumRings {
            let next = try inner.inset(by: spacing * Double(rings.count))
            if next.isEmpty { break }
            rings.append(next)
        }
        var lines: [Polyline]
        let method: Method
        if rings.count <= options.maximumRings {
            method = .rings
            lines = rings.flatMap(Self.loops)
        } else {
            method = .edgeAndHatch
            lines = Self.loops(of: inner) + Hatch.zigzags(in: rings[1], spacing: spacing)
        }
        // Parts narrower than one line, which the inset dropped.
        let covered = try inner.outset(by: w / 2)
        let left = try piece.difference(covered)
        for gap in left.polygons where gap.area >= w * w / 2 {
            lines += MedialAxis.centrelines(of: gap, lineWidth: w)
        }
        return Piece(method: method, lines: lines, polygon: polygon)
    }

    /// Every ring of a region as a closed polyline.
    static func loops(of region: Region) -> [Polyline] {
        region.polygons.flatMap { p in ([p.exterior] + p.holes).map { Polyline($0, isClosed: true) } }
    }
}
