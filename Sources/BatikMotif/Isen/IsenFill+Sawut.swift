import BatikGeometry
import Foundation

/// sawut: `count` strokes fanning out from the base of a shape toward its tip, as fibres run in a
/// petal or a leaf, each stopping a line's width short of the outline.
///
/// The base is one end of the shape's long axis (in the element's own coordinates: top and
/// bottom for a shape taller than wide, left and right otherwise): the end nearest the centre of
/// the repeat that placed the copy (so petals around a flower fan out from the flower's heart),
/// or the bottom (left) end without one. `from` names the point instead; a point inside the
/// shape gives strokes all round it, like rays.
///
/// Strokes spread evenly over the angle the room inside the outline fills as seen from the fan's
/// apex, and each begins where it is a line's width plus `waxGap` from its neighbours, so the
/// strokes do not run together into a blot at the apex. From a base end, the apex moves back
/// behind the base (by a quarter of the shape's length, then a half, one, two, four) until the
/// strokes begin within the first quarter of the shape: a narrow petal gets a gentle fan, a wide
/// one a true radiating fan. Jitter turns each stroke by up to `jitter` times the angle between
/// neighbours.
extension IsenFill {
    func sawutMarks(_ area: IsenArea) throws(RegionError) -> [Mark] {
        guard count > 0 else { return [] }
        let room = try area.inside(for: tool)
        let vertices = room.polygons.flatMap(\.exterior)
        guard !vertices.isEmpty else { return [] }
        let gap = tool.lineWidth + Self.waxGap

        let fan: Fan
        if let from {
            let apex = area.placement.frame.apply(from)
            let centre = Rect(enclosing: vertices)!.center
            let axis = apex == centre ? area.placement.frame.apply(Vector(0, -1)).normalized : (centre - apex).normalized
            fan = Fan(apex: apex, axis: axis, around: room.contains(apex), vertices: vertices, count: count, gap: gap)
        } else {
            let (base, tip) = baseAndTip(area.placement)
            let axis = (tip - base).normalized
            let along = vertices.map { ($0 - base).dot(axis) }
            let length = along.max()! - along.min()!
            var chosen: Fan?
            for back in [0, 0.25, 0.5, 1, 2, 4] {
                let f = Fan(apex: base - axis * (back * length), axis: axis, around: false, vertices: vertices, count: count, gap: gap)
                chosen = f
                if f.start <= f.entry + length / 4 { break }
            }
            fan = chosen!
        }

        let reach = vertices.map { $0.distance(to: fan.apex) }.max()! + 1
        let rays = (0..<count).map { i in
            let turn = fan.step * jitter * jitterAmount(copy: area.placement.copy, i)
            let direction = Vector(angle: fan.angle(i) + .radians(turn), length: 1)
            return Polyline([fan.apex + direction * fan.start, fan.apex + direction * reach], isClosed: false)
        }
        return try room.clip(rays).joined()
            .compactMap { $0.shortened(by: tool.lineWidth, keeping: tool.lineWidth) }
            .map { line($0.path, with: tool, order: area.placement.order) }
    }

    /// The ends of the shape's long axis in place: the base (nearest the repeat's centre, else the
    /// bottom or left end) and the tip.
    func baseAndTip(_ placement: IsenPlacement) -> (base: Point, tip: Point) {
        let frame = placement.frame
        guard let inverse = frame.inverted(), let box = placement.shape.transformed(by: inverse).bounds else {
            let b = placement.shape.bounds ?? Rect(x: 0, y: 0, width: 0, height: 0)
            return (Point(b.center.x, b.maxY), Point(b.center.x, b.minY))
        }
        let c = box.center
        var (base, tip) =
            box.height >= box.width
            ? (frame.apply(Point(c.x, box.maxY)), frame.apply(Point(c.x, box.minY)))
            : (frame.apply(Point(box.minX, c.y)), frame.apply(Point(box.maxX, c.y)))
        if let centre = placement.repeatCentre, tip.distance(to: centre) < base.distance(to: centre) {
            swap(&base, &tip)
        }
        return (base, tip)
    }
}

/// The rays of a sawut: from `apex`, spread over the angle the room fills (or all round).
private struct Fan {
    var apex: Point
    var axis: Vector
    /// The angle of the first ray, measured like `Vector.angle`.
    var first: Angle
    /// The angle between neighbouring rays, in radians.
    var step: Double
    /// Distance from the apex where the rays are far enough apart to begin.
    var start: Double
    /// Distance along the axis from the apex to the nearest point of the room.
    var entry: Double

    init(apex: Point, axis: Vector, around: Bool, vertices: [Point], count: Int, gap: Double) {
        self.apex = apex
        self.axis = axis
        if around {
            step = 2 * .pi / Double(count)
            first = axis.angle
        } else {
            let angles = vertices.map { v -> Double in
                let d = v - apex
                return atan2(axis.cross(d), axis.dot(d))
            }
            let low = angles.min()!, high = angles.max()!
            step = (high - low) / Double(count)
            first = axis.angle + .radians(low + step / 2)
        }
        // Neighbouring rays a distance d from the apex are 2·d·sin(step/2) apart.
        start = count > 1 && step > 0 ? gap / (2 * sin(min(step, .pi) / 2)) : 0
        entry = max(0, vertices.map { ($0 - apex).dot(axis) }.min()!)
    }

    func angle(_ i: Int) -> Angle { first + .radians(step * Double(i)) }
}

extension Polyline {
    /// The line with `amount` taken off its end, or nil when less than `keeping` would be left.
    func shortened(by amount: Double, keeping: Double) -> Polyline? {
        let total = length
        guard total - amount >= keeping else { return nil }
        var left = total - amount
        var kept = [points[0]]
        for (a, b) in zip(points, points.dropFirst()) {
            let d = a.distance(to: b)
            if d > 0, d >= left {
                kept.append(a.lerp(to: b, left / d))
                break
            }
            kept.append(b)
            left -= d
        }
        return Polyline(kept, isClosed: false)
    }
}
