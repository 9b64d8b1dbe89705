import Foundation

/// A displacement in the plane (millimetres unless stated otherwise).
public struct Vector: Hashable, Sendable {
    public var dx: Double
    public var dy: Double

    public init(_ dx: Double, _ dy: Double) {
        self.dx = dx
        self.dy = dy
    }

    public init(dx: Double, dy: Double) {
        self.init(dx, dy)
    }

    public static let zero = Vector(0, 0)

    /// The unit vector pointing at `angle` (0° along +x, 90° along +y, which is downward on paper).
    public init(angle: Angle, length: Double = 1) {
        self.init(cos(angle.radians) * length, sin(angle.radians) * length)
    }
}

extension Vector {
    public static func + (lhs: Vector, rhs: Vector) -> Vector { Vector(lhs.dx + rhs.dx, lhs.dy + rhs.dy) }
    public static func - (lhs: Vector, rhs: Vector) -> Vector { Vector(lhs.dx - rhs.dx, lhs.dy - rhs.dy) }
    public static prefix func - (v: Vector) -> Vector { Vector(-v.dx, -v.dy) }
    public static func * (lhs: Vector, rhs: Double) -> Vector { Vector(lhs.dx * rhs, lhs.dy * rhs) }
    public static func * (lhs: Double, rhs: Vector) -> Vector { rhs * lhs }
    public static func / (lhs: Vector, rhs: Double) -> Vector { Vector(lhs.dx / rhs, lhs.dy / rhs) }
    public static func += (lhs: inout Vector, rhs: Vector) { lhs = lhs + rhs }

    public var length: Double { (dx * dx + dy * dy).squareRoot() }
    public var lengthSquared: Double { dx * dx + dy * dy }

    /// The same direction with length 1; the zero vector stays zero.
    public var normalized: Vector {
        let l = length
        return l > 0 ? self / l : .zero
    }

    public func dot(_ other: Vector) -> Double { dx * other.dx + dy * other.dy }

    /// The z component of the 3-D cross product: positive when `other` turns clockwise on screen
    /// (y down) from `self`.
    public func cross(_ other: Vector) -> Double { dx * other.dy - dy * other.dx }

    /// This vector turned a quarter turn: (dx, dy) → (−dy, dx).
    public var perpendicular: Vector { Vector(-dy, dx) }

    /// The direction of this vector, measured from +x toward +y.
    public var angle: Angle { Angle(radians: atan2(dy, dx)) }

    public func isApproximatelyEqual(to other: Vector, absoluteTolerance: Double = 1e-9) -> Bool {
        abs(dx - other.dx) <= absoluteTolerance && abs(dy - other.dy) <= absoluteTolerance
    }
}
