public import BatikGeometry

/// The true width-to-height ratio of a rectangular page photographed at an angle, from its four
/// corners in the photo.
///
/// The sides of the quadrilateral alone cannot give it: a page tilted away from the camera looks
/// shorter than it is. A pinhole camera with square pixels and its principal point at the photo's
/// centre has one unknown, the focal length, and the four corners fix it; with it the ratio
/// follows (Z. Zhang and L.-W. He, "Whiteboard scanning and image enhancement", Digital Signal
/// Processing 17(2), 2007, §2.2). When two sides are parallel in the photo the focal length drops
/// out and the ratio is the affine one.
public enum PageProportions {
    /// Width ÷ height of the page whose corners (top-left, top-right, bottom-right, bottom-left) are
    /// at `corners` in a photo `size` pixels large, or nil when the corners do not fit any camera
    /// (then the side lengths are the best guess).
    public static func aspect(corners: [Point], photo size: Size) -> Double? {
        precondition(corners.count == 4, "four corners")
        let u0 = size.width / 2, v0 = size.height / 2
        // Zhang and He name the corners m1 (0, 0), m2 (w, 0), m3 (0, h), m4 (w, h).
        let m1 = H(corners[0]), m2 = H(corners[1]), m3 = H(corners[3]), m4 = H(corners[2])
        let d2 = m2.cross(m4).dot(m3), d3 = m3.cross(m4).dot(m2)
        guard abs(d2) > 1e-12, abs(d3) > 1e-12 else { return nil }
        let k2 = m1.cross(m4).dot(m3) / d2
        let k3 = m1.cross(m4).dot(m2) / d3
        let n2 = m2.scaled(k2).minus(m1), n3 = m3.scaled(k3).minus(m1)
        let ratio: Double
        // n.z = k − 1 is 0 for a pair of sides parallel in the photo: no vanishing point there.
        if abs(n2.z) < 1e-6 || abs(n3.z) < 1e-6 {
            ratio = ((n2.x * n2.x + n2.y * n2.y) / (n3.x * n3.x + n3.y * n3.y)).squareRoot()
        } else {
            let f2 =
                -((n2.x * n3.x - (n2.x * n3.z + n2.z * n3.x) * u0 + n2.z * n3.z * u0 * u0)
                + (n2.y * n3.y - (n2.y * n3.z + n2.z * n3.y) * v0 + n2.z * n3.z * v0 * v0)) / (n2.z * n3.z)
            guard f2 > 0, f2.isFinite else { return nil }
            // nᵀ (A A ᵀ)⁻¹ n with A the camera matrix [f 0 u0; 0 f v0; 0 0 1].
            func norm(_ n: H) -> Double {
                let x = n.x - u0 * n.z, y = n.y - v0 * n.z
                return (x * x + y * y) / f2 + n.z * n.z
            }
            ratio = (norm(n2) / norm(n3)).squareRoot()
        }
        guard ratio.isFinite, ratio > 0.05, ratio < 20 else { return nil }
        return ratio
    }

    /// A point in homogeneous coordinates.
    struct H {
        var x, y, z: Double
        init(_ p: Point) { (x, y, z) = (p.x, p.y, 1) }
        init(x: Double, y: Double, z: Double) { (self.x, self.y, self.z) = (x, y, z) }
        func cross(_ o: H) -> H { H(x: y * o.z - z * o.y, y: z * o.x - x * o.z, z: x * o.y - y * o.x) }
        func dot(_ o: H) -> Double { x * o.x + y * o.y + z * o.z }
        func scaled(_ k: Double) -> H { H(x: k * x, y: k * y, z: k * z) }
        func minus(_ o: H) -> H { H(x: x - o.x, y: y - o.y, z: z - o.z) }
    }
}
