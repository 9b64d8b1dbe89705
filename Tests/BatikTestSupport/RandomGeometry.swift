import BatikGeometry

/// Random geometry for property tests, drawn from a seeded generator so every run sees the same
/// inputs. Sizes are cloth-like: coordinates within ±`extent` millimetres.
extension RandomNumberGenerator {
    public mutating func point(within extent: Double = 100) -> Point {
        Point(Double.random(in: -extent...extent, using: &self), Double.random(in: -extent...extent, using: &self))
    }

    public mutating func vector(within extent: Double = 100) -> Vector {
        Vector(Double.random(in: -extent...extent, using: &self), Double.random(in: -extent...extent, using: &self))
    }

    public mutating func angle() -> Angle { .radians(Double.random(in: -Double.pi...Double.pi, using: &self)) }

    /// A rigid motion (rotation and translation, optionally mirrored): lengths and areas keep
    /// their size, so properties can be checked with tight tolerances.
    public mutating func rigidMotion(mirrored: Bool = false) -> AffineTransform {
        let base = mirrored ? AffineTransform.reflection(across: angle()) : .identity
        return base.thenRotated(by: angle()).thenTranslated(by: vector())
    }

    /// A general invertible affine transform with singular values between 0.2 and 5.
    public mutating func affineTransform() -> AffineTransform {
        let sx = Double.random(in: 0.2...5, using: &self), sy = Double.random(in: 0.2...5, using: &self)
        return AffineTransform.rotation(angle())
            .then(.scale(x: sx, y: Bool.random(using: &self) ? sy : -sy))
            .thenRotated(by: angle())
            .thenTranslated(by: vector())
    }

    /// A cubic Bézier path: one open subpath of `count` cubics with control points within `extent`.
    public mutating func cubicPath(count: Int = 1, extent: Double = 50) -> BezierPath {
        var path = BezierPath()
        path.move(to: point(within: extent))
        for _ in 0..<count { path.cubic(point(within: extent), point(within: extent), to: point(within: extent)) }
        return path
    }
}
