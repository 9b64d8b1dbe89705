import BatikGeometry

extension Point {
    /// Euclidean distance, inlined into the ordering loops (BatikGeometry's `distance(to:)` is
    /// not visible to the optimiser across the module boundary, and these loops call it hundreds
    /// of millions of times on a full cloth).
    @inline(__always)
    func gap(_ other: Point) -> Double {
        let dx = other.x - x, dy = other.y - y
        return (dx * dx + dy * dy).squareRoot()
    }

    @inline(__always)
    func gapSquared(_ other: Point) -> Double {
        let dx = other.x - x, dy = other.y - y
        return dx * dx + dy * dy
    }
}

extension Rect {
    /// Distance from the rectangle to `p` (0 inside).
    @inline(__always)
    func gap(_ p: Point) -> Double {
        let dx = max(0, max(minX - p.x, p.x - maxX)), dy = max(0, max(minY - p.y, p.y - maxY))
        return (dx * dx + dy * dy).squareRoot()
    }
}

extension Rect {
    /// The box around `points`, which must not be empty (a plain loop the optimiser can see through,
    /// unlike the generic `Rect(enclosing:)` across the module boundary).
    static func box(_ points: [Point]) -> Rect {
        var minX = points[0].x, maxX = minX, minY = points[0].y, maxY = minY
        for p in points {
            if p.x < minX { minX = p.x } else if p.x > maxX { maxX = p.x }
            if p.y < minY { minY = p.y } else if p.y > maxY { maxY = p.y }
        }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}
