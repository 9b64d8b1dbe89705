import BatikGeometry

/// Carries a tile's strokes onto the cloth: once per placement, clipped to the cloth area only for
/// the tiles its edge cuts (a tile wholly inside is copied as it is, one wholly outside skipped).
enum StrokePlacement {
    static func place(_ strokes: [CantingStroke], by placements: [AffineTransform], clippedTo area: Rect)
        -> [CantingStroke]
    {
        guard let tileBounds = Rect(enclosing: strokes.lazy.flatMap(\.points)) else { return [] }
        return place(strokes, within: tileBounds, by: placements, clippedTo: area)
    }

    /// The same, for callers that place one tile many times and know its bounds.
    static func place(
        _ strokes: [CantingStroke], within tileBounds: Rect, by placements: [AffineTransform], clippedTo area: Rect
    ) -> [CantingStroke] {
        var result: [CantingStroke] = []
        result.reserveCapacity(strokes.count * placements.count)
        for t in placements {
            guard let placed = Rect(enclosing: tileBounds.corners.map { t.apply($0) }) else { continue }
            if placed.minX >= area.minX && placed.maxX <= area.maxX && placed.minY >= area.minY
                && placed.maxY <= area.maxY
            {
                for s in strokes { result.append(s.transformed(by: t)) }
            } else if placed.intersects(area) {
                for s in strokes { result += clip(s.transformed(by: t), to: area) }
            }
        }
        return result
    }

    /// The parts of a stroke inside `area` (Liang–Barsky clipping of each segment: Y.-D. Liang and
    /// B. A. Barsky, "A new concept and method for line clipping", ACM TOG 3(1), 1984). A loop cut
    /// by the edge becomes open pieces.
    static func clip(_ stroke: CantingStroke, to area: Rect) -> [CantingStroke] {
        if stroke.kind == .dab || stroke.points.count == 1 {
            return area.contains(stroke.points[0]) ? [stroke] : []
        }
        if stroke.points.allSatisfy(area.contains) { return [stroke] }
        var points = stroke.points
        if stroke.isClosed {
            // Start at a vertex outside, so every inside piece is one run.
            let outside = points.firstIndex { !area.contains($0) }!
            points = Array(points[outside...] + points[..<outside])
            points.append(points[0])
        }
        var pieces: [[Point]] = []
        var current: [Point] = []
        for i in 1..<points.count {
            guard let (a, b) = clipSegment(points[i - 1], points[i], to: area) else {
                if current.count > 1 { pieces.append(current) }
                current = []
                continue
            }
            if current.isEmpty || current.last! != a {
                if current.count > 1 { pieces.append(current) }
                current = [a]
            }
            if b != a { current.append(b) }
            if b != points[i] {
                if current.count > 1 { pieces.append(current) }
                current = []
            }
        }
        if current.count > 1 { pieces.append(current) }
        return pieces.map { CantingStroke(kind: .line, points: $0, isClosed: false) }
    }

    static func clipSegment(_ p: Point, _ q: Point, to r: Rect) -> (Point, Point)? {
        let dx = q.x - p.x, dy = q.y - p.y
        var t0 = 0.0, t1 = 1.0
        for (pk, qk) in [(-dx, p.x - r.minX), (dx, r.maxX - p.x), (-dy, p.y - r.minY), (dy, r.maxY - p.y)] {
            if pk == 0 {
                if qk < 0 { return nil }
            } else {
                let t = qk / pk
                if pk < 0 {
                    if t > t1 { return nil }
                    t0 = max(t0, t)
                } else {
                    if t < t0 { return nil }
                    t1 = min(t1, t)
                }
            }
        }
        let a = t0 == 0 ? p : Point(p.x + t0 * dx, p.y + t0 * dy)
        let b = t1 == 1 ? q : Point(p.x + t1 * dx, p.y + t1 * dy)
        return (a, b)
    }
}
