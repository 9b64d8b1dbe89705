/// A position in the plane, in millimetres on the cloth unless stated otherwise; y grows downward.
///
/// Points and vectors are different types (as in kurbo): `Point - Point = Vector`, `Point + Vector = Point`,
/// and there is deliberately no `Point + Point`.
public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    public init(x: Double, y: Double) {
        self.init(x, y)
    }

    public static let zero = Point(0, 0)
}

extension Point {
    public static func - (lhs: Point, rhs: Point) -> Vector { Vector(lhs.x - rhs.x, lhs.y - rhs.y) }
    public static func + (lhs: Point, rhs: Vector) -> Point { Point(lhs.x + rhs.dx, lhs.y + rhs.dy) }
    public static func - (lhs: Point, rhs: Vector) -> Point { Point(lhs.x - rhs.dx, lhs.y - rhs.dy) }
    public static func += (lhs: inout Point, rhs: Vector) { lhs = lhs + rhs }

    /// The point a fraction `t` of the way from `self` to `other` (t = 0 is self, t = 1 is other).
    public func lerp(to other: Point, _ t: Double) -> Point {
        Point(x + (other.x - x) * t, y + (other.y - y) * t)
    }

    public func distance(to other: Point) -> Double { (other - self).length }

    /// The vector from the origin to this point.
    public var vector: Vector { Vector(x, y) }

    public func isApproximatelyEqual(to other: Point, absoluteTolerance: Double = 1e-9) -> Bool {
        abs(x - other.x) <= absoluteTolerance && abs(y - other.y) <= absoluteTolerance
    }
}

extension Point: CustomStringConvertible {
    public var description: String { "(\(x), \(y))" }
}
