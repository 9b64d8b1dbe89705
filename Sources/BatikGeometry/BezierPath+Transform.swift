extension BezierPath {
    /// The path mapped through `t`. Arcs and quadratics become cubics first, which an affine map
    /// carries exactly.
    public func transformed(by t: AffineTransform) -> BezierPath {
        if t == .identity { return self }
        let mapped: [PathElement] = cubicsOnly().elements.map { e in
            switch e {
            case .move(let p): return .move(to: t.apply(p))
            case .line(let p): return .line(to: t.apply(p))
            case .cubic(let c1, let c2, let p): return .cubic(control1: t.apply(c1), control2: t.apply(c2), to: t.apply(p))
            case .quad(let c, let p): return .quad(control: t.apply(c), to: t.apply(p))
            case .arc, .close: return e
            }
        }
        return BezierPath(mapped)
    }

    public func translated(by v: Vector) -> BezierPath { transformed(by: .translation(v)) }
    public func rotated(by a: Angle, about center: Point = .zero) -> BezierPath {
        transformed(by: .rotation(a, about: center))
    }
    public func scaled(by s: Double) -> BezierPath { transformed(by: .scale(s)) }

    /// The bounding box of the end and control points (with arcs as cubics): it always holds the
    /// path and is cheap; `bounds` is the tight box.
    public var controlBounds: Rect? {
        var points: [Point] = []
        for e in cubicsOnly().elements {
            switch e {
            case .move(let p), .line(let p): points.append(p)
            case .quad(let c, let p): points.append(c); points.append(p)
            case .cubic(let c1, let c2, let p): points.append(c1); points.append(c2); points.append(p)
            case .arc, .close: break
            }
        }
        return Rect(enclosing: points)
    }
}
