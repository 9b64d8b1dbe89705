import BatikGeometry
internal import Yams

/// `repeat:` on an element: one local repeat or a list applied in order, each copying what came
/// before. Copies are made after the element's own transform, about the tile origin unless
/// `about:` says otherwise.
///
/// - `{ rotate: n, about: [x, y] }`: n copies, each turned a further 360°/n (clockwise on paper).
/// - `{ mirror: x | y | xy, about: [x, y] }`: the original and its mirror image(s): x flips
///   left-right, y up-down, xy gives all four.
/// - `{ count: n, step: [dx, dy] }`: n copies, each moved a further step.
/// - `{ count: n, arc: { r:, from:, to: }, about: [x, y], orient: true }`: n copies on a circle of
///   radius r around `about`, from angle `from` to `to` (degrees, 0° to the right, 90° down;
///   defaults 0 and 360). A full circle spaces copies 360°/n apart; a part circle puts the first
///   at `from` and the last at `to`. With `orient`, each copy is also turned to face outward: what
///   points up in the element points away from the centre.
extension MotifReader {
    static let rotateRepeatKeys = ["rotate", "about"]
    static let mirrorRepeatKeys = ["mirror", "about"]
    static let countRepeatKeys = ["count", "step", "arc", "about", "orient"]
    static let arcKeys = ["r", "from", "to"]

    func readRepeats(_ node: Node) -> [LocalRepeat] {
        if case .sequence(let items) = node { return items.compactMap(readRepeat) }
        return readRepeat(node).map { [$0] } ?? []
    }

    private func readRepeat(_ node: Node) -> LocalRepeat? {
        guard case .mapping(let mapping) = node else {
            error(
                "expected a repeat such as { rotate: 4 } for 'repeat', found \(node.kindDescription)", at: node.position,
                hint: "repeats are { rotate: n }, { mirror: x }, { count: n, step: [dx, dy] } or { count: n, arc: { r: 10 } }")
            return nil
        }
        let keys = Set(mapping.keys.compactMap(\.text))
        let limit = MotifLimits.copiesPerRepeat
        let note = "copies per repeat"
        if keys.contains("rotate") {
            let f = fields(of: node, in: "a rotate repeat", allowed: Self.rotateRepeatKeys)
            let about = f["about"].map { point($0.value, key: "about") } ?? .zero
            guard let n = integer(f["rotate"]!.value, key: "rotate", in: 1...limit, limitNote: note), let about else {
                return nil
            }
            return LocalRepeat(
                copies: (0..<n).map { k in .rotation(.degrees(360 * Double(k) / Double(n)), about: about) }, centre: about)
        }
        if keys.contains("mirror") {
            let f = fields(of: node, in: "a mirror repeat", allowed: Self.mirrorRepeatKeys)
            let about = f["about"].map { point($0.value, key: "about") } ?? .zero
            guard let axis = choice(f["mirror"]!.value, key: "mirror", from: ["x", "y", "xy"], what: "mirror axis"),
                let about
            else { return nil }
            switch axis {
            case "x", "y": return LocalRepeat(copies: [.identity, Self.mirror(axis, about: about)])
            default:
                return LocalRepeat(copies: [
                    .identity, Self.mirror("x", about: about), Self.mirror("y", about: about),
                    Self.mirror("xy", about: about),
                ])
            }
        }
        if keys.contains("count") {
            return readCountRepeat(node, limit: limit, note: note)
        }
        error(
            "a repeat needs 'rotate', 'mirror' or 'count'", at: node.position,
            hint: keys.first.flatMap { Suggestions.didYouMean($0, in: ["rotate", "mirror", "count"]) }
                ?? "e.g. { rotate: 4 } or { count: 5, step: [10, 0] }")
        return nil
    }

    private func readCountRepeat(_ node: Node, limit: Int, note: String) -> LocalRepeat? {
        let f = fields(of: node, in: "a count repeat", allowed: Self.countRepeatKeys)
        let n = integer(f["count"]!.value, key: "count", in: 1...limit, limitNote: note)
        switch (f["step"], f["arc"]) {
        case (.some(let step), nil):
            for key in ["about", "orient"] {
                if let extra = f[key] {
                    error("'\(key)' applies to copies on an arc, not to a step repeat", at: extra.key.position)
                }
            }
            guard let n, let d = pair(step.value, key: "step", what: "[dx, dy]") else { return nil }
            return LocalRepeat(copies: (0..<n).map { k in .translation(x: d.0 * Double(k), y: d.1 * Double(k)) })
        case (nil, .some(let arc)):
            let a = fields(of: arc.value, in: "arc", allowed: Self.arcKeys, required: ["r"])
            let r = a["r"].flatMap { size($0.value, key: "r") }
            let from = a["from"].map { number($0.value, key: "from") } ?? 0
            let to = a["to"].map { number($0.value, key: "to") } ?? 360
            let about = f["about"].map { point($0.value, key: "about") } ?? .zero
            let orient = f["orient"].map { bool($0.value, key: "orient") } ?? false
            guard let n, let r, let from, let to, let about, let orient else { return nil }
            let span = to - from
            let fullCircle = abs(abs(span) - 360) < 1e-9
            let step = n == 1 ? 0 : (fullCircle ? span / Double(n) : span / Double(n - 1))
            let copies = (0..<n).map { k in
                let angle = Angle.degrees(from + step * Double(k))
                let turn: AffineTransform = orient ? .rotation(angle + .degrees(90)) : .identity
                return turn.then(.translation(about.vector + Vector(angle: angle, length: r)))
            }
            return LocalRepeat(copies: copies, centre: about)
        case (.some, .some):
            error("a count repeat has either 'step' or 'arc', not both", at: node.position)
            return nil
        case (nil, nil):
            error(
                "a count repeat needs 'step' or 'arc'", at: node.position,
                hint: "step: [dx, dy] for copies in a line, arc: { r: 10 } for copies on a circle")
            return nil
        }
    }
}
