/// A sequence of subpaths made of lines, quadratic and cubic Bézier segments and elliptic arcs, in
/// absolute coordinates. The value type every shape, mark and outline in the toolkit is made of.
public struct BezierPath: Hashable, Sendable {
    public private(set) var elements: [PathElement]

    public init(_ elements: [PathElement] = []) {
        self.elements = elements
    }

    public var isEmpty: Bool { elements.isEmpty }
}

extension BezierPath {
    public mutating func move(to p: Point) { elements.append(.move(to: p)) }
    public mutating func line(to p: Point) { elements.append(.line(to: p)) }
    public mutating func quad(control c: Point, to p: Point) { elements.append(.quad(control: c, to: p)) }
    public mutating func cubic(_ c1: Point, _ c2: Point, to p: Point) {
        elements.append(.cubic(control1: c1, control2: c2, to: p))
    }
    public mutating func arc(radii: Vector, rotation: Angle = .zero, largeArc: Bool, sweep: Bool, to p: Point) {
        elements.append(.arc(radii: radii, rotation: rotation, largeArc: largeArc, sweep: sweep, to: p))
    }
    public mutating func close() { elements.append(.close) }

    /// Appends every subpath of `other`.
    public mutating func append(_ other: BezierPath) { elements.append(contentsOf: other.elements) }

    public func appending(_ other: BezierPath) -> BezierPath {
        var copy = self
        copy.append(other)
        return copy
    }

    /// A closed polygon through `points` (nil-free: fewer than two points gives an empty path).
    public static func polygon(_ points: [Point], closed: Bool = true) -> BezierPath {
        guard let first = points.first, points.count >= 2 else { return BezierPath() }
        var path = BezierPath([.move(to: first)])
        for p in points.dropFirst() { path.line(to: p) }
        if closed { path.close() }
        return path
    }

    /// True when every subpath ends with `close`.
    public var isClosed: Bool {
        var open = false
        for e in elements {
            switch e {
            case .move: if open { return false }; open = true
            case .close: open = false
            default: break
            }
        }
        return !open
    }

    /// The subpaths, each starting with a `move`.
    public var subpaths: [BezierPath] {
        var result: [BezierPath] = []
        var current: [PathElement] = []
        for e in elements {
            if case .move = e, !current.isEmpty {
                result.append(BezierPath(current))
                current = []
            }
            current.append(e)
        }
        if !current.isEmpty { result.append(BezierPath(current)) }
        return result
    }
}
