import BatikGeometry

/// Turning element specs into the tile's marks: component cycles and the mark limit are checked
/// first (counting copies without making them), then every element becomes marks in tile-local
/// millimetres, stably sorted by draw order, and last the isen-isen are placed inside their
/// shapes (MotifReader+IsenPlacement.swift).
///
/// A component's marks are made once, in its own coordinates, and then carried through the using
/// element's transform and repeats; `order` on the using element is added to the orders inside.
/// Outline widths are the tool's and do not grow with `scale`: a canting draws the same line
/// whatever the size of the shape.
extension MotifReader {
    /// The sorted marks, or nil after reporting a cycle or the mark limit.
    func expand(_ elements: [ElementSpec], at elementsKey: TextPosition) -> [Mark]? {
        let cyclic = findComponentCycles()
        // Marks and L-system segments each element makes, counted without making them.
        var counts: [String: (marks: Double, segments: Double)] = [:]
        func count(_ specs: [ElementSpec]) -> (marks: Double, segments: Double) {
            specs.reduce((0, 0)) { sum, e in
                switch e.content {
                case .shape:
                    return (sum.marks + e.copyCount, sum.segments + e.copyCount * Double(e.turtleSegments))
                case .component(let name):
                    if cyclic.contains(name) { return sum }
                    if counts[name] == nil { counts[name] = count(components[name] ?? []) }
                    let inner = counts[name]!
                    return (sum.marks + e.copyCount * inner.marks, sum.segments + e.copyCount * inner.segments)
                }
            }
        }
        let perElement = elements.map { count([$0]) }
        let total = perElement.reduce(0) { $0 + $1.marks }
        if total > Double(MotifLimits.marksPerTile) {
            let biggest = perElement.indices.max { perElement[$0].marks < perElement[$1].marks }!
            error(
                "the tile would hold \(format(total)) marks; the limit is \(MotifLimits.marksPerTile) marks per tile",
                at: elementsKey,
                hint: "lower the repeat counts; the element at line \(elements[biggest].position.line) makes \(format(perElement[biggest].marks)); \(AdjustableLimit.marks.howToChange)")
            return nil
        }
        let segments = perElement.reduce(0) { $0 + $1.segments }
        if segments > Double(MotifLimits.lsystemSegmentsPerTile) {
            let biggest = perElement.indices.max { perElement[$0].segments < perElement[$1].segments }!
            error(
                "the tile's L-systems would draw \(countText(segments)) segments; the limit is \(MotifLimits.lsystemSegmentsPerTile) segments per tile",
                at: elementsKey,
                hint: "use fewer iterations or fewer copies; the element at line \(elements[biggest].position.line) draws \(countText(perElement[biggest].segments)); \(AdjustableLimit.lsystemTileSegments.howToChange)")
            return nil
        }
        guard !hasErrors else { return nil }

        var made: [String: [PendingMark]] = [:]
        func marks(_ specs: [ElementSpec]) -> [PendingMark] {
            var result: [PendingMark] = []
            for e in specs {
                let base: [PendingMark]
                switch e.content {
                case .shape(let path):
                    let mark = Mark(path: path, fill: e.fill, outline: e.outline, order: e.order)
                    base = [PendingMark(mark: mark, isen: e.isen.isEmpty ? nil : IsenJob(fills: e.isen))]
                case .component(let name):
                    if cyclic.contains(name) { continue }
                    if made[name] == nil { made[name] = marks(components[name] ?? []) }
                    base = made[name]!.map { m in
                        var m = m
                        m.mark.order += e.order
                        return m
                    }
                }
                for (t, centre) in e.copies {
                    for m in base { result.append(m.transformed(by: t, repeatCentre: centre)) }
                }
            }
            return result
        }
        // Stable: equal orders keep file order.
        let sorted = marks(elements).enumerated()
            .sorted { ($0.element.mark.order, $0.offset) < ($1.element.mark.order, $1.offset) }
            .map(\.element)
        return placeIsen(in: sorted, at: elementsKey)
    }

    /// Components that use themselves, directly or through others; each cycle is reported once,
    /// at the `use:` that closes it. A chain nested deeper than `MotifLimits.componentNesting` is
    /// reported once too, and its components are left out like a cycle's.
    func findComponentCycles() -> Set<String> {
        enum State { case visiting, done }
        var state: [String: State] = [:]
        var stack: [String] = []
        var cyclic: Set<String> = []
        var reportedDepth = false
        func visit(_ name: String) {
            state[name] = .visiting
            stack.append(name)
            for e in components[name] ?? [] {
                guard case .component(let used) = e.content else { continue }
                switch state[used] {
                case .visiting:
                    let loop = Array(stack[stack.lastIndex(of: used)!...]) + [used]
                    cyclic.formUnion(loop)
                    error(
                        "component '\(used)' uses itself (\(loop.joined(separator: " → ")))",
                        at: e.usePosition ?? e.position,
                        hint: "a component cannot contain itself, directly or through other components")
                case .done:
                    if cyclic.contains(used) { cyclic.insert(name) }
                case nil:
                    // A chain deeper than the limit is refused before it is walked any further:
                    // the walks here recurse once per level.
                    if stack.count >= MotifLimits.componentNesting {
                        if !reportedDepth {
                            reportedDepth = true
                            error(
                                "components nest more than \(MotifLimits.componentNesting) deep here "
                                    + "(\(stack.first!) → … → \(name) → \(used))",
                                at: e.usePosition ?? e.position,
                                hint: "place the inner components directly; \(AdjustableLimit.nesting.howToChange)")
                        }
                        cyclic.formUnion(stack)
                        cyclic.insert(used)
                        continue
                    }
                    visit(used)
                    if cyclic.contains(used) { cyclic.insert(name) }
                }
            }
            stack.removeLast()
            state[name] = .done
        }
        for name in componentNames where state[name] == nil { visit(name) }
        return cyclic
    }
}
