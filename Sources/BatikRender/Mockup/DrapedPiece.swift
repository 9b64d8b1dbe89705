internal import BatikGeometry

/// A piece of cloth on a product: a grid over a parameter rectangle (s, t), each vertex knowing
/// where it takes its cloth from (swatch millimetres), where it lies on the product (product
/// millimetres) and how it is lit (shade, 1 neutral, below darker, above lighter). The grid's
/// triangles carry the cloth; the mask (product millimetres) cuts the piece's outline, so the grid
/// should reach a little beyond the mask everywhere.
struct DrapedPiece {
    /// Where the piece is seen, in product millimetres.
    var mask: BezierPath
    /// Grid lines across s and along t, increasing (put lines on creases and pleat edges).
    var sLines: [Double]
    var tLines: [Double]
    /// The vertex at (s, t).
    var vertex: (Double, Double) -> DrapeVertex

    init(mask: BezierPath, sLines: [Double], tLines: [Double], vertex: @escaping (Double, Double) -> DrapeVertex) {
        self.mask = mask
        self.sLines = sLines
        self.tLines = tLines
        self.vertex = vertex
    }

    /// Evenly spaced grid lines from `start` to `end`, no further apart than `step`, plus `extra`
    /// lines (sorted in, duplicates dropped).
    static func lines(_ start: Double, _ end: Double, step: Double, extra: [Double] = []) -> [Double] {
        let count = max(1, Int(((end - start) / step).rounded(.up)))
        var values = (0...count).map { start + (end - start) * Double($0) / Double(count) }
        values.append(contentsOf: extra.filter { $0 > start && $0 < end })
        values.sort()
        var unique: [Double] = []
        for v in values where unique.last.map({ v - $0 > 1e-9 }) ?? true { unique.append(v) }
        return unique
    }
}

/// A mesh vertex: cloth position (swatch millimetres), product position (millimetres), shade.
struct DrapeVertex {
    var cloth: Point
    var position: Point
    var shade: Double
}
