import BatikGeometry
import BatikMotif
import Foundation

/// Dots to dabs for a multi-spout canting: one dab of a telon, prapatan, liman or byok prints its
/// whole spout pattern, so wherever the wanted dots contain that pattern (at any turn of the pen)
/// one dab makes them all. Dots that fit no whole pattern get one dab each.
///
/// Greedy matching, dots taken in reading order: each dot is tried as every spout of the pattern,
/// with the pen turned so that another spout lands on a neighbouring dot; the first placement
/// whose every spout lands within `tolerance` of a dot not yet drawn is taken. A spatial grid keeps
/// it near linear in the number of dots.
enum SpoutPattern {
    static func dabs(for dots: [Point], tool: CantingTool, tolerance: Double) -> [CantingStroke] {
        let spouts = tool.spouts.map { Vector($0.x, $0.y) }
        guard spouts.count > 1, dots.count >= spouts.count else { return dots.map { .dab(at: $0) } }
        let order = dots.indices.sorted { dots[$0].y != dots[$1].y ? dots[$0].y < dots[$1].y : dots[$0].x < dots[$1].x }
        let span = spouts.flatMap { a in spouts.map { b in (a - b).length } }.max() ?? 0
        let grid = PointGrid(points: dots, tags: dots.indices.map { Int32($0) }, cell: max(span, tolerance * 4))
        var used = [Bool](repeating: false, count: dots.count)

        func unusedDot(near p: Point) -> Int? {
            var best: (Int, Double)?
            grid.forEach(near: p, radius: tolerance) { e in
                let i = Int(e.tag)
                guard !used[i] else { return }
                let d = e.point.gap(p)
                if d <= tolerance, d < best?.1 ?? .infinity { best = (i, d) }
            }
            return best?.0
        }

        var result: [CantingStroke] = []
        for i in order where !used[i] {
            let d = dots[i]
            var placed: (centre: Point, heading: Double, members: [Int])?
            search: for (a, sa) in spouts.enumerated() {
                for (b, sb) in spouts.enumerated() where b != a {
                    let pattern = sb - sa
                    var partners: [Int] = []
                    grid.forEach(near: d, radius: pattern.length + tolerance) { e in
                        let j = Int(e.tag)
                        if j != i, !used[j], abs(e.point.gap(d) - pattern.length) <= tolerance { partners.append(j) }
                    }
                    for j in partners.sorted() {
                        let heading = (dots[j] - d).angle.radians - pattern.angle.radians
                        let turn = BatikGeometry.AffineTransform.rotation(Angle(radians: heading))
                        let centre = d - turn.apply(sa)
                        var members: [Int] = []
                        for s in spouts {
                            guard let k = unusedDot(near: centre + turn.apply(s)), !members.contains(k) else { break }
                            members.append(k)
                        }
                        if members.count == spouts.count {
                            placed = (centre, heading, members)
                            break search
                        }
                    }
                }
            }
            if let placed {
                for k in placed.members { used[k] = true }
                result.append(.dab(at: placed.centre, heading: placed.heading))
            } else {
                used[i] = true
                result.append(.dab(at: d))
            }
        }
        return result
    }
}
