import BatikGeometry
import Foundation

/// One pen-down of a canting: a line dragged along `points`, or a dab at one point.
///
/// For a multi-spout canting the points are the pen's centre; its spouts (`CantingTool.spouts`,
/// given with the pen pointing along +x) lie around it, turned by `heading` for a dab. Lines
/// keep the spouts across the direction of travel, as the hand does.
public struct CantingStroke: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// Dragged along the polyline.
        case line
        /// Touched down once at the single point (a dot, or one print of a multi-spout tip).
        case dab
    }

    public var kind: Kind
    /// The centreline (for a dab, one point).
    public var points: [Point]
    /// A closed line returns to its first point; it may start anywhere along the loop.
    public var isClosed: Bool
    /// For a dab: the turn of the pen, in radians from +x toward +y (0 for single-spout dots).
    public var heading: Double

    public init(kind: Kind, points: [Point], isClosed: Bool = false, heading: Double = 0) {
        self.kind = kind
        self.points = points
        self.isClosed = isClosed
        self.heading = heading
    }

    /// A line along a polyline.
    public static func line(_ polyline: Polyline) -> CantingStroke {
        CantingStroke(kind: .line, points: polyline.points, isClosed: polyline.isClosed)
    }

    /// A dab at `point`.
    public static func dab(at point: Point, heading: Double = 0) -> CantingStroke {
        CantingStroke(kind: .dab, points: [point], heading: heading)
    }
}

extension CantingStroke {
    /// Where the pen goes down.
    public var start: Point { points[0] }

    /// Where the pen comes up: the start again for a closed line.
    public var end: Point { isClosed ? points[0] : points[points.count - 1] }

    /// Pen-down length in millimetres (0 for a dab; the closing segment counts for a loop).
    public var length: Double {
        guard kind == .line, points.count > 1 else { return 0 }
        var total = 0.0
        for i in 1..<points.count { total += points[i - 1].distance(to: points[i]) }
        if isClosed { total += points[points.count - 1].distance(to: points[0]) }
        return total
    }

    /// The same stroke drawn the other way.
    public func reversed() -> CantingStroke {
        guard points.count > 1 else { return self }
        var copy = self
        if isClosed {
            // Keep the same start point so a loop's entry does not move.
            copy.points = [points[0]] + points[1...].reversed()
        } else {
            copy.points.reverse()
        }
        return copy
    }

    /// A loop started at its vertex `index` (unchanged for open lines and dabs).
    public func rotated(toStartAt index: Int) -> CantingStroke {
        guard isClosed, index > 0, index < points.count else { return self }
        var copy = self
        copy.points = Array(points[index...] + points[..<index])
        return copy
    }

    /// The stroke carried by `t`; a dab's heading turns with it.
    public func transformed(by t: BatikGeometry.AffineTransform) -> CantingStroke {
        var copy = self
        copy.points = points.map { t.apply($0) }
        if kind == .dab, heading != 0 || t.xy != 0 || t.yx != 0 {
            let turned = t.apply(Vector(angle: Angle(radians: heading)))
            copy.heading = atan2(turned.dy, turned.dx)
        }
        return copy
    }

    /// The centreline as a polyline.
    public var polyline: Polyline { Polyline(points, isClosed: isClosed) }
}
