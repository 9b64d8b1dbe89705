/// A plane-to-plane projective map (a 3 × 3 matrix up to scale): how a flat rectangle on a product
/// appears in a photo taken at an angle. Points map as `(x, y) ↦ ((a·x + b·y + c) / w, (d·x + e·y + f) / w)`
/// with `w = g·x + h·y + i`.
///
/// Built from four point correspondences by the direct linear method with `i = 1` (the classic
/// 8 × 8 system; Hartley & Zisserman, *Multiple View Geometry*, §4.1), solved by Gaussian
/// elimination with partial pivoting after moving both point sets to unit scale about their
/// centroids, which keeps the system well conditioned for photo-sized coordinates.
public struct Homography: Hashable, Sendable {
    /// Row-major `[a, b, c, d, e, f, g, h, i]`.
    public var matrix: [Double]

    public init(matrix: [Double]) {
        precondition(matrix.count == 9, "a homography is a 3 × 3 matrix")
        self.matrix = matrix
    }

    public static let identity = Homography(matrix: [1, 0, 0, 0, 1, 0, 0, 0, 1])

    /// The homography taking `source[k]` to `target[k]` for k = 0…3, or nil when three of either
    /// set are (nearly) on one line, so no projective map exists.
    public init?(from source: [Point], to target: [Point]) {
        guard source.count == 4, target.count == 4,
            source.allSatisfy({ $0.x.isFinite && $0.y.isFinite }), target.allSatisfy({ $0.x.isFinite && $0.y.isFinite })
        else { return nil }
        guard let ns = Self.normalising(source), let nt = Self.normalising(target) else { return nil }
        let s = source.map { ns.apply($0)! }
        let t = target.map { nt.apply($0)! }
        var rows: [[Double]] = []
        for k in 0..<4 {
            let (x, y, u, v) = (s[k].x, s[k].y, t[k].x, t[k].y)
            rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
            rows.append([0, 0, 0, x, y, 1, -v * x, -v * y, v])
        }
        guard let h = Self.solve(rows) else { return nil }
        let core = Homography(matrix: h + [1])
        // Three collinear points on either side still solve, to a singular matrix.
        guard abs(core.determinant) > Self.singularDeterminant else { return nil }
        // target = nt⁻¹ · core · ns
        guard let back = nt.inverse else { return nil }
        self = back.concatenating(core).concatenating(ns).normalised()
    }

    /// Where `p` lands, or nil where it goes to infinity (on or behind the horizon line).
    public func apply(_ p: Point) -> Point? {
        let m = matrix
        let w = m[6] * p.x + m[7] * p.y + m[8]
        guard abs(w) > 1e-12 else { return nil }
        return Point(x: (m[0] * p.x + m[1] * p.y + m[2]) / w, y: (m[3] * p.x + m[4] * p.y + m[5]) / w)
    }

    /// The denominator `w` at `p`: its sign tells which side of the horizon `p` is on.
    public func weight(at p: Point) -> Double { matrix[6] * p.x + matrix[7] * p.y + matrix[8] }

    /// Below this determinant (of the map between unit-scale point sets) the four points do not
    /// span a quadrilateral.
    static let singularDeterminant = 1e-9

    public var determinant: Double {
        let m = matrix
        return m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6])
    }

    /// The map back, or nil for a singular matrix.
    public var inverse: Homography? {
        let m = matrix
        let c0 = m[4] * m[8] - m[5] * m[7]
        let c1 = m[5] * m[6] - m[3] * m[8]
        let c2 = m[3] * m[7] - m[4] * m[6]
        let det = m[0] * c0 + m[1] * c1 + m[2] * c2
        guard abs(det) > 1e-300, det.isFinite else { return nil }
        let adj = [
            c0, m[2] * m[7] - m[1] * m[8], m[1] * m[5] - m[2] * m[4],
            c1, m[0] * m[8] - m[2] * m[6], m[2] * m[3] - m[0] * m[5],
            c2, m[1] * m[6] - m[0] * m[7], m[0] * m[4] - m[1] * m[3],
        ]
        return Homography(matrix: adj.map { $0 / det }).normalised()
    }

    /// `self` after `other`: first `other`, then `self`.
    public func concatenating(_ other: Homography) -> Homography {
        let a = matrix, b = other.matrix
        var r = [Double](repeating: 0, count: 9)
        for i in 0..<3 {
            for j in 0..<3 {
                r[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j]
            }
        }
        return Homography(matrix: r)
    }

    /// Scaled so the largest coefficient is 1 in size (a homography is defined up to scale).
    func normalised() -> Homography {
        let scale = matrix.map(abs).max() ?? 1
        guard scale > 0, scale.isFinite else { return self }
        return Homography(matrix: matrix.map { $0 / scale })
    }

    /// A similarity moving `points` to centroid 0 and mean distance √2 (Hartley's normalisation).
    static func normalising(_ points: [Point]) -> Homography? {
        let n = Double(points.count)
        let cx = points.map(\.x).reduce(0, +) / n
        let cy = points.map(\.y).reduce(0, +) / n
        let mean = points.map { ((($0.x - cx) * ($0.x - cx)) + (($0.y - cy) * ($0.y - cy))).squareRoot() }.reduce(0, +) / n
        guard mean > 1e-12 else { return nil }
        let s = 2.0.squareRoot() / mean
        return Homography(matrix: [s, 0, -s * cx, 0, s, -s * cy, 0, 0, 1])
    }

    /// Solves the 8 × 8 system given as rows `[coefficients…, right-hand side]`; nil when singular.
    static func solve(_ system: [[Double]]) -> [Double]? {
        var a = system
        let n = a.count
        for col in 0..<n {
            guard let pivot = (col..<n).max(by: { abs(a[$0][col]) < abs(a[$1][col]) }), abs(a[pivot][col]) > 1e-10
            else { return nil }
            a.swapAt(col, pivot)
            for row in (col + 1)..<n {
                let f = a[row][col] / a[col][col]
                if f == 0 { continue }
                for k in col...n { a[row][k] -= f * a[col][k] }
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = a[row][n]
            for k in (row + 1)..<n { sum -= a[row][k] * x[k] }
            x[row] = sum / a[row][row]
        }
        return x.allSatisfy(\.isFinite) ? x : nil
    }
}
