import BatikGeometry

/// SVG fills with `fill-rule: evenodd` (Inkscape's default) or non-zero; motif files fill with
/// the non-zero rule only. The two agree when every hole runs against the shape around it, so an
/// even-odd path is rewritten that way: each closed subpath is turned to run clockwise on paper
/// when it lies inside an even number of the others, counter-clockwise when inside an odd number.
/// Exact for subpaths that do not cross each other or themselves (what drawings are made of).
extension BezierPath {
    func nonZeroEquivalentOfEvenOdd() -> BezierPath {
        let parts = cubicsOnly().subpaths
        guard parts.count > 1 else { return self }
        var result = BezierPath()
        for (i, part) in parts.enumerated() {
            guard let probe = part.firstPoint else { continue }
            let depth = parts.indices.filter { $0 != i && parts[$0].contains(probe, fillRule: .evenOdd) }.count
            let clockwise = part.signedArea >= 0
            result.append(clockwise == (depth % 2 == 0) ? part : part.reversedSubpath())
        }
        return result
    }

    var firstPoint: Point? {
        if case .move(let p)? = elements.first { return p }
        return nil
    }

    /// This single subpath (lines, quadratics and cubics; closed or open) drawn the other way.
    func reversedSubpath() -> BezierPath {
        var points: [Point] = []
        var segments: [PathElement] = []
        var closed = false
        var current = Point.zero
        var start = Point.zero
        for e in elements {
            switch e {
            case .move(let p): current = p; start = p; points.append(p)
            case .line(let p), .quad(_, let p), .cubic(_, _, let p), .arc(_, _, _, _, let p):
                segments.append(e); points.append(p); current = p
            case .close:
                closed = true
                if current != start { segments.append(.line(to: start)); points.append(start) }
            }
        }
        guard let last = points.last else { return self }
        var out = BezierPath([.move(to: last)])
        for k in stride(from: segments.count - 1, through: 0, by: -1) {
            let from = points[k]  // the start of segment k
            switch segments[k] {
            case .line: out.line(to: from)
            case .quad(let c, _): out.quad(control: c, to: from)
            case .cubic(let c1, let c2, _): out.cubic(c2, c1, to: from)
            case .arc(let r, let rot, let large, let sweep, _):
                out.arc(radii: r, rotation: rot, largeArc: large, sweep: !sweep, to: from)
            default: break
            }
        }
        if closed { out.close() }
        return out
    }

    /// Every open subpath closed, as a fill closes it.
    func closingEverySubpath() -> BezierPath {
        var out = BezierPath()
        for part in subpaths where part.elements.count > 1 {
            out.append(part)
            if case .close? = part.elements.last {} else { out.close() }
        }
        return out
    }
}
