import BatikGeometry
import Foundation

/// Back-and-forth (boustrophedon) hatching of a region: parallel lines `spacing` apart, clipped to
/// the region by a scanline pass over its rings, and joined end to end into zigzags wherever two
/// lines on neighbouring scanlines overlap and the short link between them stays inside — the cells
/// of H. Choset's boustrophedon cellular decomposition ("Coverage of known spaces: the boustrophedon
/// cellular decomposition", Autonomous Robots 9, 2000), found on the fly.
enum Hatch {
    /// Directions tried, in degrees from +x: the one giving the fewest zigzags (lifts) wins, then
    /// the fewest turns, then the first listed.
    static let candidateAngles: [Double] = [0, 90, 45, 135]

    /// Zigzag strokes covering `region` with lines `spacing` apart, in the best of `candidateAngles`.
    static func zigzags(in region: Region, spacing: Double) throws(RegionError) -> [Polyline] {
        // Links run along the edge; test them against the region grown by a hair, so that an edge
        // point does not count as outside.
        let tolerant = try region.outset(by: linkSlack)
        var best: (lifts: Int, turns: Int, lines: [Polyline])?
        for angle in candidateAngles {
            let (lines, turns) = zigzags(in: region, tolerant: tolerant, spacing: spacing, degrees: angle)
            if best == nil || lines.count < best!.lifts || (lines.count == best!.lifts && turns < best!.turns) {
                best = (lines.count, turns, lines)
            }
        }
        return best?.lines ?? []
    }

    /// How far outside the region a link between lines may stray (mm): rounding only.
    static let linkSlack = 1e-3

    /// Zigzags at one angle, and the number of turns they make.
    static func zigzags(in region: Region, tolerant: Region, spacing: Double, degrees: Double) -> ([Polyline], Int) {
        let turn = BatikGeometry.AffineTransform.rotation(Angle(degrees: -degrees))
        let back = BatikGeometry.AffineTransform.rotation(Angle(degrees: degrees))
        let rings = region.polygons.flatMap { [$0.exterior] + $0.holes }.map { $0.map { turn.apply($0) } }
        let rotated = Region(
            polygons: tolerant.polygons.map {
                Polygon(exterior: $0.exterior.map { turn.apply($0) }, holes: $0.holes.map { $0.map { turn.apply($0) } })
            })
        guard let bounds = Rect(enclosing: rings.joined()) else { return ([], 0) }
        let count = max(1, Int((bounds.height / spacing).rounded(.up)))
        // Centre the lines in the height so the margins top and bottom are equal.
        let first = bounds.minY + (bounds.height - Double(count - 1) * spacing) / 2

        struct Run {
            var points: [Point]
            var lastSpan: (Double, Double)
            var line: Int
            /// The pen stands at the right end of the last span.
            var atRight: Bool
        }
        var open: [Run] = []
        var finished: [[Point]] = []
        var turns = 0
        for k in 0..<count {
            let y = first + Double(k) * spacing
            var xs: [Double] = []
            for r in rings {
                var previous = r[r.count - 1]
                for p in r {
                    if (previous.y <= y) != (p.y <= y) {
                        xs.append(previous.x + (y - previous.y) / (p.y - previous.y) * (p.x - previous.x))
                    }
                    previous = p
                }
            }
            xs.sort()
            var spans: [(Double, Double)] = []
            var i = 0
            while i + 1 < xs.count {
                if xs[i + 1] - xs[i] > 0 { spans.append((xs[i], xs[i + 1])) }
                i += 2
            }
            var taken = [Bool](repeating: false, count: spans.count)
            var continuing: [Run] = []
            for var run in open where run.line == k - 1 {
                // The first overlapping span, left to right, that no other run has taken.
                guard
                    let s = spans.indices.first(where: {
                        !taken[$0] && spans[$0].0 < run.lastSpan.1 && run.lastSpan.0 < spans[$0].1
                    })
                else {
                    finished.append(run.points)
                    continue
                }
                let span = spans[s]
                let end = run.points[run.points.count - 1]
                let entry = Point(run.atRight ? span.1 : span.0, y)
                let link = end.lerp(to: entry, 0.5)
                if rotated.contains(link) {
                    taken[s] = true
                    run.points.append(entry)
                    run.points.append(Point(run.atRight ? span.0 : span.1, y))
                    run.atRight.toggle()
                    run.lastSpan = span
                    run.line = k
                    turns += 1
                    continuing.append(run)
                } else {
                    finished.append(run.points)
                }
            }
            for s in spans.indices where !taken[s] {
                let span = spans[s]
                continuing.append(
                    Run(points: [Point(span.0, y), Point(span.1, y)], lastSpan: span, line: k, atRight: true))
            }
            open = continuing
        }
        finished.append(contentsOf: open.map(\.points))
        let lines = finished.map { Polyline($0.map { back.apply($0) }, isClosed: false) }
        return (lines, turns)
    }
}
