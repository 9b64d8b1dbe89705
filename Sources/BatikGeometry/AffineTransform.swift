import Foundation

/// A 2-D affine transform with Cairo's coefficients and order (`cairo_matrix_t`):
///
///     x' = xx·x + xy·y + x0
///     y' = yx·x + yy·y + y0
///
/// Composition names say the order: `a.then(b)` applies `a` first, then `b` (kurbo's convention).
public struct AffineTransform: Hashable, Sendable {
    public var xx: Double
    public var yx: Double
    public var xy: Double
    public var yy: Double
    public var x0: Double
    public var y0: Double

    public init(xx: Double, yx: Double, xy: Double, yy: Double, x0: Double, y0: Double) {
        self.xx = xx; self.yx = yx; self.xy = xy; self.yy = yy; self.x0 = x0; self.y0 = y0
    }

    public static let identity = AffineTransform(xx: 1, yx: 0, xy: 0, yy: 1, x0: 0, y0: 0)

    public static func translation(_ v: Vector) -> AffineTransform {
        AffineTransform(xx: 1, yx: 0, xy: 0, yy: 1, x0: v.dx, y0: v.dy)
    }

    public static func translation(x: Double, y: Double) -> AffineTransform { translation(Vector(x, y)) }

    /// Rotation about the origin; positive angles turn +x toward +y (clockwise on paper), as Cairo.
    public static func rotation(_ angle: Angle) -> AffineTransform {
        let c = cos(angle.radians), s = sin(angle.radians)
        return AffineTransform(xx: c, yx: s, xy: -s, yy: c, x0: 0, y0: 0)
    }

    /// Rotation about `center`.
    public static func rotation(_ angle: Angle, about center: Point) -> AffineTransform {
        translation(-center.vector).then(rotation(angle)).then(translation(center.vector))
    }

    public static func scale(_ s: Double) -> AffineTransform { scale(x: s, y: s) }

    public static func scale(x: Double, y: Double) -> AffineTransform {
        AffineTransform(xx: x, yx: 0, xy: 0, yy: y, x0: 0, y0: 0)
    }

    /// Reflection across the line through the origin at `angle` (0° mirrors y → −y, i.e. across the x axis).
    public static func reflection(across angle: Angle) -> AffineTransform {
        let c = cos(2 * angle.radians), s = sin(2 * angle.radians)
        return AffineTransform(xx: c, yx: s, xy: s, yy: -c, x0: 0, y0: 0)
    }

    /// Reflection across the line through `point` at `angle`.
    public static func reflection(across angle: Angle, through point: Point) -> AffineTransform {
        translation(-point.vector).then(reflection(across: angle)).then(translation(point.vector))
    }

    public static func shear(x: Double, y: Double) -> AffineTransform {
        AffineTransform(xx: 1, yx: y, xy: x, yy: 1, x0: 0, y0: 0)
    }
}

extension AffineTransform {
    /// `self` first, then `next`.
    public func then(_ next: AffineTransform) -> AffineTransform {
        AffineTransform(
            xx: next.xx * xx + next.xy * yx,
            yx: next.yx * xx + next.yy * yx,
            xy: next.xx * xy + next.xy * yy,
            yy: next.yx * xy + next.yy * yy,
            x0: next.xx * x0 + next.xy * y0 + next.x0,
            y0: next.yx * x0 + next.yy * y0 + next.y0)
    }

    /// `previous` first, then `self`.
    public func preceded(by previous: AffineTransform) -> AffineTransform { previous.then(self) }

    public func thenTranslated(by v: Vector) -> AffineTransform { then(.translation(v)) }
    public func thenRotated(by a: Angle) -> AffineTransform { then(.rotation(a)) }
    public func thenScaled(by s: Double) -> AffineTransform { then(.scale(s)) }
    public func preTranslated(by v: Vector) -> AffineTransform { AffineTransform.translation(v).then(self) }
    public func preRotated(by a: Angle) -> AffineTransform { AffineTransform.rotation(a).then(self) }
    public func preScaled(by s: Double) -> AffineTransform { AffineTransform.scale(s).then(self) }

    public var determinant: Double { xx * yy - xy * yx }

    /// True when the transform mirrors (a reflection flips the winding of every path).
    public var isReflection: Bool { determinant < 0 }

    /// The inverse, or nil when the transform is singular.
    public func inverted() -> AffineTransform? {
        let det = determinant
        guard det != 0, det.isFinite else { return nil }
        let ixx = yy / det, iyx = -yx / det, ixy = -xy / det, iyy = xx / det
        return AffineTransform(
            xx: ixx, yx: iyx, xy: ixy, yy: iyy,
            x0: -(ixx * x0 + ixy * y0), y0: -(iyx * x0 + iyy * y0))
    }

    public func apply(_ p: Point) -> Point {
        Point(xx * p.x + xy * p.y + x0, yx * p.x + yy * p.y + y0)
    }

    /// Transforms a displacement: the translation part does not apply.
    public func apply(_ v: Vector) -> Vector {
        Vector(xx * v.dx + xy * v.dy, yx * v.dx + yy * v.dy)
    }

    /// The factor by which lengths grow on average (√|det|); used to scale stroke widths and tolerances.
    public var meanScale: Double { abs(determinant).squareRoot() }

    public func isApproximatelyEqual(to other: AffineTransform, absoluteTolerance: Double = 1e-9) -> Bool {
        let a = [xx, yx, xy, yy, x0, y0], b = [other.xx, other.yx, other.xy, other.yy, other.x0, other.y0]
        return zip(a, b).allSatisfy { abs($0 - $1) <= absoluteTolerance }
    }
}
