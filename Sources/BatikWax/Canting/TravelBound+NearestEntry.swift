import BatikGeometry
import Foundation

/// A second lower bound on pen-up travel, cheap enough for a whole cloth.
///
/// **Why it is a bound.** In any order every stroke but the first is entered by one jump from
/// another stroke, and that jump is at least the distance from the stroke to its nearest other
/// stroke (`nn(v)`, the smallest distance between a point where the pen can enter `v` and a point
/// where it can leave any other stroke). The jumps enter distinct strokes, so any order travels at
/// least Σ nn(v) over all strokes but one, which is at least Σ nn(v) − max nn(v).
///
/// **Why it exists.** The MST bound (`of(_:)`) is usually tighter, but its candidate pairs grow
/// with the longest stroke's reach; on a pass of hundreds of thousands of dabs and hatch lines it
/// cost more than planning the order. This one visits each point's neighbourhood once (a uniform
/// grid, the search widened until another stroke is found), so it is O(points).
extension TravelBound {
    /// Passes with more strokes than this get the nearest-entry bound instead of the MST bound.
    public static let minimumSpanningTreeLimit = 20_000

    /// The bound a pass gets: the MST bound up to `minimumSpanningTreeLimit` strokes or when every
    /// stroke is short, the nearest-entry bound beyond; or the two-neighbour bound when it is larger.
    /// The larger of the two, worked out side by side on two cores.
    public static func bound(_ strokes: [CantingStroke]) -> TravelBound {
        let bounds = BoundPair()
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 {
                let spanning = strokes.count <= minimumSpanningTreeLimit || isShortStrokes(strokes)
                bounds.set(0, spanning ? of(strokes) : nearestEntry(strokes))
            } else {
                bounds.set(1, twoNeighbours(strokes))
            }
        }
        return bounds.larger
    }

    /// Two bounds written from two threads.
    private final class BoundPair: @unchecked Sendable {
        private let lock = NSLock()
        private var values = [TravelBound](repeating: TravelBound(length: 0, isExact: false), count: 2)

        func set(_ index: Int, _ bound: TravelBound) {
            lock.lock()
            values[index] = bound
            lock.unlock()
        }

        /// The tighter bound; the MST's when they are equal, so it keeps its exactness.
        var larger: TravelBound {
            lock.lock()
            defer { lock.unlock() }
            return values[1].length > values[0].length ? values[1] : values[0]
        }
    }

    /// True when no stroke reaches further than `shortStrokeReach` millimetres (dabs, cecek): then the
    /// MST bound's candidate pairs stay few whatever the count, and it is cheap on a whole cloth.
    static func isShortStrokes(_ strokes: [CantingStroke]) -> Bool {
        strokes.allSatisfy { st in
            st.points.allSatisfy { abs($0.x - st.start.x) <= shortStrokeReach && abs($0.y - st.start.y) <= shortStrokeReach }
        }
    }

    /// Reach below which a stroke counts as short for `isShortStrokes`: mm.
    static let shortStrokeReach = 1.0

    /// Σ nn(v) − max nn(v) (see the type's notes). Never exact.
    public static func nearestEntry(_ strokes: [CantingStroke]) -> TravelBound {
        let n = strokes.count
        guard n > 1 else { return TravelBound(length: 0, isExact: true) }
        var points: [Point] = []
        var tags: [Int32] = []
        for (index, st) in strokes.enumerated() {
            let p = st.isClosed ? st.points : (st.points.count > 1 ? [st.start, st.end] : [st.start])
            points.append(contentsOf: p)
            tags.append(contentsOf: repeatElement(Int32(index), count: p.count))
        }
        let grid = PointGrid(points: points, tags: tags)
        var nearest = [Double](repeating: .infinity, count: n)
        for (k, p) in points.enumerated() {
            let own = Int(tags[k])
            var radius = grid.cell
            while true {
                var best = Double.infinity
                grid.forEach(near: p, radius: radius) { e in
                    guard Int(e.tag) != own else { return }
                    let d = p.gapSquared(e.point)
                    if d < best { best = d }
                }
                // A hit within `radius` is the nearest; one beyond it may not be, so widen.
                if best <= radius * radius {
                    nearest[own] = min(nearest[own], best.squareRoot())
                    break
                }
                radius *= 2
            }
        }
        let total = nearest.reduce(0, +) - (nearest.max() ?? 0)
        return TravelBound(length: max(0, total), isExact: false)
    }
}
