extension BezierPath {
    /// The subpaths as explicit segments. A drawing command with no subpath open (at the start, or
    /// after `close`) starts one at the current point, as SVG does after `Z`; subpaths with no
    /// drawn segment (a lone `move`) are dropped, since they draw nothing.
    var segmentedSubpaths: [SegmentedSubpath] {
        var result: [SegmentedSubpath] = []
        var current: SegmentedSubpath?
        var point = Point.zero

        func finish() {
            if let c = current, !c.segments.isEmpty { result.append(c) }
            current = nil
        }
        func add(_ segment: PathSegment) {
            if current == nil { current = SegmentedSubpath(start: point, segments: [], isClosed: false) }
            current!.segments.append(segment)
            point = segment.end
        }

        for e in elements {
            switch e {
            case .move(let p):
                finish()
                current = SegmentedSubpath(start: p, segments: [], isClosed: false)
                point = p
            case .line(let p):
                add(.line(point, p))
            case .quad(let c, let p):
                add(.quad(point, c, p))
            case .cubic(let c1, let c2, let p):
                add(.cubic(point, c1, c2, p))
            case .arc(let radii, let rotation, let largeArc, let sweep, let p):
                if point == p { continue }  // F.6.2: an arc to the current point draws nothing
                if let arc = EllipticalArc(from: point, radii: radii, rotation: rotation, largeArc: largeArc, sweep: sweep, to: p) {
                    add(.arc(arc))
                } else {
                    add(.line(point, p))
                }
            case .close:
                if let start = current?.start {
                    current!.isClosed = true
                    finish()
                    point = start
                }
            }
        }
        finish()
        return result
    }
}
