import BatikGeometry
internal import Yams

/// Reading each shape's own keys into a `ShapeSpec`, with the checks that keep its construction
/// meaningful (positive sizes, a petal no wider than long, spiral turns within the limit…).
extension MotifReader {
    func readShape(_ kind: ShapeKind, _ f: [String: Field], at position: TextPosition) -> ShapeSpec? {
        func size(_ key: String) -> Double? { f[key].flatMap { self.size($0.value, key: key) } }
        func sizePair(_ key: String) -> (Double, Double)? {
            guard let field = f[key], let (w, h) = pair(field.value, key: key, what: "[width, height]") else { return nil }
            for v in [w, h] where v <= 0 {
                error("'\(key)' must be greater than 0 on both sides, found \(format(v))", at: field.value.position)
                return nil
            }
            return (w, h)
        }
        switch kind {
        case .circle:
            return size("r").map { .circle(r: $0) }
        case .ellipse:
            return sizePair("size").map { .ellipse(width: $0.0, height: $0.1) }
        case .rectangle:
            guard let (w, h) = sizePair("size") else { return nil }
            var corner = 0.0
            if let c = f["corner"] {
                guard let v = number(c.value, key: "corner") else { return nil }
                guard v >= 0 else {
                    error("'corner' must be 0 or more, found \(format(v))", at: c.value.position)
                    return nil
                }
                corner = v
            }
            return .rectangle(width: w, height: h, corner: corner)
        case .polygon:
            return readPolygon(f, at: position)
        case .star:
            guard let n = f["points"].flatMap({ integer($0.value, key: "points", in: 2...MotifLimits.copiesPerRepeat) }),
                let r = size("r"), let inner = size("inner")
            else { return nil }
            guard inner < r else {
                error(
                    "a star's 'inner' radius (\(format(inner))) must be smaller than its 'r' (\(format(r)))",
                    at: f["inner"]!.value.position)
                return nil
            }
            return .star(points: n, r: r, inner: inner)
        case .petal:
            guard let l = size("length"), let w = size("width") else { return nil }
            guard w <= l else {
                error(
                    "a petal's 'width' (\(format(w))) must not be larger than its 'length' (\(format(l)))",
                    at: f["width"]!.value.position,
                    hint: "the length lies along y; to lay a petal on its side, swap the values and add rotate: 90")
                return nil
            }
            return .petal(length: l, width: w)
        case .teardrop:
            guard let l = size("length"), let w = size("width") else { return nil }
            guard l > w else {
                error(
                    "a teardrop's 'length' (\(format(l))) must be larger than its 'width' (\(format(w)))",
                    at: f["length"]!.value.position, hint: "for a round dot use shape: circle")
                return nil
            }
            return .teardrop(length: l, width: w)
        case .spiral:
            guard let r = size("r"), let turnsField = f["turns"], let turns = number(turnsField.value, key: "turns")
            else { return nil }
            guard turns > 0 else {
                error("'turns' must be greater than 0, found \(format(turns))", at: turnsField.value.position)
                return nil
            }
            guard turns <= MotifLimits.spiralTurns else {
                error(
                    "'turns' is \(format(turns)); the limit is \(format(MotifLimits.spiralTurns)) turns per spiral",
                    at: turnsField.value.position)
                return nil
            }
            return .spiral(r: r, turns: turns)
        case .blade:
            guard let l = size("length"), let w = size("width") else { return nil }
            var bend = 0.5
            if let b = f["bend"] {
                guard let v = number(b.value, key: "bend") else { return nil }
                bend = v
            }
            return .blade(length: l, width: w, bend: bend)
        case .wave:
            guard let l = size("length"), let a = f["amplitude"], let amplitude = number(a.value, key: "amplitude")
            else { return nil }
            var lambda: Double?
            if f["wavelength"] != nil {
                guard let v = size("wavelength") else { return nil }
                lambda = v
            }
            let waves = l / (lambda ?? l)
            guard waves <= MotifLimits.wavesPerShape else {
                error(
                    "this wave has \(format(waves.rounded(.up))) waves; the limit is \(format(MotifLimits.wavesPerShape)) waves per shape",
                    at: f["wavelength"]!.value.position, hint: "use a longer wavelength or a shorter length")
                return nil
            }
            return .wave(length: l, amplitude: amplitude, wavelength: lambda)
        case .lsystem:
            return readLSystem(f, at: position)
        case .path:
            guard let dField = f["d"], let d = text(dField.value, key: "d") else { return nil }
            do {
                let p = try BezierPath(svgPathData: d)
                guard !p.isEmpty else {
                    error("'d' holds no path", at: dField.value.position, hint: "e.g. d: \"M0 0 L10 0 L5 8 Z\"")
                    return nil
                }
                guard p.elements.count <= MotifLimits.pathVertices else {
                    error(
                        "the path has \(p.elements.count) points; the limit is \(MotifLimits.pathVertices) points per path",
                        at: dField.value.position,
                        hint: "simplify it (Inkscape: Path ▸ Simplify); \(AdjustableLimit.vertices.howToChange)")
                    return nil
                }
                if let bounds = p.controlBounds, max(bounds.width, bounds.height) > MotifLimits.shapeSize {
                    error(
                        "the path is \(format(max(bounds.width, bounds.height))) mm across; the limit is \(format(MotifLimits.shapeSize)) mm for one shape",
                        at: dField.value.position)
                    return nil
                }
                return .path(p)
            } catch {
                let node = dField.value
                let place = node.textOffsetsAreColumns ? node.textStart.movedRight(by: error.offset) : node.position
                self.error("in 'd': \(error.message)", at: place, hint: "'d' is SVG path data in mm, e.g. \"M0 0 L10 0 L5 8 Z\"")
                return nil
            }
        }
    }

    /// `points: [[x, y], …]` (at least 3), or `sides` and `r` for a regular polygon.
    private func readPolygon(_ f: [String: Field], at position: TextPosition) -> ShapeSpec? {
        if let p = f["points"] {
            for key in ["sides", "r"] {
                if let other = f[key] {
                    error(
                        "a polygon takes either 'points' or 'sides' and 'r', not both", at: other.key.position,
                        hint: "remove '\(key)', or remove 'points' for a regular polygon")
                    return nil
                }
            }
            guard let items = list(p.value, key: "points") else { return nil }
            guard items.count >= 3 else {
                error("a polygon needs at least 3 points, found \(items.count)", at: p.value.position)
                return nil
            }
            var points: [Point] = []
            for item in items {
                guard let q = point(item, key: "points") else { return nil }
                points.append(q)
            }
            return .polygon(points)
        }
        guard let s = f["sides"], let r = f["r"] else {
            error(
                "a polygon needs 'points', or 'sides' and 'r'", at: position,
                hint: "points: [[0, -5], [5, 5], [-5, 5]], or sides: 6 and r: 5")
            return nil
        }
        guard let n = integer(s.value, key: "sides", in: 3...MotifLimits.copiesPerRepeat),
            let radius = size(r.value, key: "r")
        else { return nil }
        return .regularPolygon(sides: n, r: radius)
    }
}
