import BatikGeometry

/// The shapes an element can draw (`shape:`), the keys each takes, and how each is built. The
/// constructions themselves are documented on `BezierPath` (BezierPath+BatikShapes.swift).
enum ShapeKind: String, CaseIterable, Sendable {
    case circle, ellipse, rectangle, polygon, star, petal, teardrop, spiral, blade, wave, path, lsystem

    /// Every key the shape takes.
    var keys: [String] {
        switch self {
        case .circle: ["r"]
        case .ellipse: ["size"]
        case .rectangle: ["size", "corner"]
        case .polygon: ["points", "sides", "r"]
        case .star: ["points", "r", "inner"]
        case .petal: ["length", "width"]
        case .teardrop: ["length", "width"]
        case .spiral: ["r", "turns"]
        case .blade: ["length", "width", "bend"]
        case .wave: ["length", "amplitude", "wavelength"]
        case .path: ["d"]
        case .lsystem: ["axiom", "rules", "angle", "iterations", "step", "heading"]
        }
    }

    /// Keys that must be present (a polygon's alternatives are checked by the reader).
    var requiredKeys: [String] {
        switch self {
        case .polygon: []
        case .rectangle: ["size"]
        case .blade: ["length", "width"]
        case .wave: ["length", "amplitude"]
        case .lsystem: ["axiom", "rules", "angle", "iterations", "step"]
        default: keys
        }
    }

    /// Shapes that are lines, never areas: they take an outline but no fill.
    var isAlwaysOpen: Bool { self == .spiral || self == .wave || self == .lsystem }

    /// Why `fill` and `isen` do not apply to this open shape, for messages.
    var openShapeReason: String {
        switch self {
        case .path: "this path is open"
        case .lsystem: "an L-system draws lines, not an area"
        default: "a \(rawValue) is a line, not an area"
        }
    }

    static var allKeys: [String] {
        var seen: [String] = []
        for k in allCases.flatMap(\.keys) where !seen.contains(k) { seen.append(k) }
        return seen
    }
}

/// A shape with its sizes evaluated, ready to become a path.
enum ShapeSpec: Hashable, Sendable {
    case circle(r: Double)
    case ellipse(width: Double, height: Double)
    case rectangle(width: Double, height: Double, corner: Double)
    case polygon([Point])
    case regularPolygon(sides: Int, r: Double)
    case star(points: Int, r: Double, inner: Double)
    case petal(length: Double, width: Double)
    case teardrop(length: Double, width: Double)
    case spiral(r: Double, turns: Double)
    case blade(length: Double, width: Double, bend: Double)
    case wave(length: Double, amplitude: Double, wavelength: Double?)
    case path(BezierPath)
    /// An L-system already drawn by the turtle (its limits are checked before drawing), with the
    /// number of segments it drew, for the tile's segment limit.
    case lsystem(BezierPath, segments: Int)

    /// The outline in shape-local millimetres, centred on the origin as each constructor says.
    var path: BezierPath {
        switch self {
        case .circle(let r): .circle(radius: r)
        case .ellipse(let w, let h): .ellipse(radii: Vector(w / 2, h / 2))
        case .rectangle(let w, let h, let corner):
            .rectangle(Rect(x: -w / 2, y: -h / 2, width: w, height: h), cornerRadius: corner)
        case .polygon(let points): .polygon(points)
        case .regularPolygon(let n, let r): .regularPolygon(sides: n, radius: r)
        case .star(let n, let r, let inner): .star(points: n, outerRadius: r, innerRadius: inner)
        case .petal(let l, let w): .petal(length: l, width: w)
        case .teardrop(let l, let w): .teardrop(length: l, width: w)
        case .spiral(let r, let turns): .spiral(outerRadius: r, turns: turns)
        case .blade(let l, let w, let bend): .blade(length: l, width: w, bend: bend)
        case .wave(let l, let a, let lambda): .wave(length: l, amplitude: a, wavelength: lambda)
        case .path(let p): p
        case .lsystem(let p, _): p
        }
    }

    /// Turtle segments drawn by an L-system; 0 for every other shape.
    var turtleSegments: Int {
        if case .lsystem(_, let n) = self { return n }
        return 0
    }
}
