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
/// apex, and each begins where it is a line's width plus `waxGap` from the strokes begun before
/// it (see `Fan`), so they do not run together into a blot at the apex. From a base end, the apex may also sit
/// behind the base (`sawutSetBacks`): a narrow petal then gets a gentler fan whose strokes begin
/// nearer the base; of the fans tried, the one that draws the most line is kept. Jitter makes
/// each stroke up to `jitter` of its length shorter, as strokes drawn by hand are.
extension IsenFill {
    func sawutMarks(_ area: IsenArea) throws(RegionError) -> [Mark] {
        guard count > 0 else { return [] }
        let room = try area.inside(for: tool)
        let vertices = room.polygons.flatMap(\.exterior)
        guard !vertices.isEmpty else { return [] }
        let gap = tool.lineWidth + Self.waxGap

        var fans: [Fan] = []
        if let from {
            let apex = area.placement.frame.apply(from)
            let centre = Rect(enclosing: vertices)!.center
            let axis =
                apex == centre ? area.placement.frame.apply(Vector(0, -1)).normalized : (centre - apex).normalized
            fans = [
                Fan(apex: apex, axis: axis, around: room.contains(apex), vertices: vertices, count: count, gap: gap)
            ]
        } else {
            let (base, tip) = baseAndTip(area.placement)
            let axis = (tip - base).normalized
            let along = vertices.map { ($0 - base).dot(axis) }
            let length = along.max()! - along.min()!
            fans = Self.sawutSetBacks.map { back in
                Fan(
                    apex: base - axis * (back * length), axis: axis, around: false, vertices: vertices, count: count,
                    gap: gap)
            }
        }
        // Of the fans, the one that draws the most.
        var best: [Polyline] = []
        var bestLength = -1.0
        for fan in fans {
            let strokes = try strokes(of: fan, in: room, vertices: vertices, copy: area.placement.copy)
            let length = strokes.reduce(0) { $0 + $1.length }
            if length > bestLength + Tolerance.analytic { (best, bestLength) = (strokes, length) }
        }
        return best.map { line($0.path, with: tool, order: area.placement.order) }
    }

    /// How far the fan's apex may sit behind the base, in lengths of the shape: tried in turn.
    static let sawutSetBacks = [0, 0.25, 0.5, 1, 2]

    /// The fan's rays clipped to the room, each ending a line's width short of the outline (and,
    /// with jitter, up to `jitter` of its length shorter still).
    private func strokes(of fan: Fan, in room: Region, vertices: [Point], copy: Int) throws(RegionError) -> [Polyline] {
        let reach = vertices.map { $0.distance(to: fan.apex) }.max()! + 1
        let rays = (0..<count).map { i in
            let direction = Vector(angle: fan.angle(i), length: 1)
            let start = min(fan.starts[i], reach)
            return Polyline([fan.apex + direction * start, fan.apex + direction * reach], isClosed: false)
        }
        var result: [Polyline] = []
        for (i, pieces) in try room.clip(rays).enumerated() {
            for (k, piece) in pieces.enumerated() {
                let shorter = piece.length * jitter * abs(jitterAmount(copy: copy, i, k))
                if let s = piece.shortened(by: tool.lineWidth + shorter, keeping: tool.lineWidth) { result.append(s) }
            }
        }
        return result
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

/// The rays of a sawut: from `apex`, spread over the angle the room fills (or all round), each
/// with the distance from the apex where its stroke begins.
///
/// Rays are started in turn, each time the one farthest (in angle) from those already started:
/// the middle ray (or the first, all round) from the apex, then the outer ones, then those
/// between. A ray begins where it is `gap` from every ray started before it: a point at distance
/// d on a ray lies d·sin δ from a ray δ away (d, for δ of a right angle or more). So the middle
/// stroke runs from the base and the others branch off it, as hand-drawn sawut do, instead of all
/// meeting in a blot at the apex.
private struct Fan {
    var apex: Point
    var axis: Vector
    /// The angle of the first ray, measured like `Vector.angle`.
    var first: Angle
    /// The angle between neighbouring rays, in radians.
    var step: Double
    /// Where each ray's stroke begins, as a distance from the apex.
    var starts: [Double]

    init(apex: Point, axis: Vector, around: Bool, vertices: [Point], count: Int, gap: Double) {
        self.apex = apex
        self.axis = axis
        let step: Double
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
        self.step = step
        // Angular distance between rays i and j (around the circle when `around`).
        func separation(_ i: Int, _ j: Int) -> Double {
            let k = abs(i - j)
            return step * Double(around ? min(k, count - k) : k)
        }
        var starts = [Double](repeating: 0, count: count)
        var nearest = [Double](repeating: .infinity, count: count)
        var started = [Bool](repeating: false, count: count)
        var next = around ? 0 : (count - 1) / 2
        for _ in 0..<count {
            let delta = nearest[next]
            starts[next] = delta.isInfinite ? 0 : (delta >= .pi / 2 ? gap : gap / sin(delta))
            started[next] = true
            for j in 0..<count where !started[j] { nearest[j] = min(nearest[j], separation(next, j)) }
            // The ray farthest from those started; the first such on ties.
            var best = -1
            for j in 0..<count where !started[j] && (best < 0 || nearest[j] > nearest[best] + 1e-12) { best = j }
            if best < 0 { break }
            next = best
        }
        self.starts = starts
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
