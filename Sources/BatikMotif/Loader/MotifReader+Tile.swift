import BatikGeometry
internal import Yams

/// `tile: { size: [w, h], repeat: … }`: the repeating unit and how it repeats on the cloth.
extension MotifReader {
    static let tileKeys = ["size", "repeat"]
    static let repeatKeys = ["lattice", "angle", "group"]
    static var latticeNames: [String] { Lattice.Kind.allCases.map(\.rawValue) }
    static var groupNames: [String] { WallpaperGroup.allCases.map(\.rawValue) }

    func readTile(_ node: Node) -> Tile? {
        let f = fields(of: node, in: "tile", allowed: Self.tileKeys, required: ["size"])
        let size = f["size"].flatMap { tileSize($0.value) }
        let repeatKind = f["repeat"].map { readTileRepeat($0.value) } ?? .lattice(.square, angle: .degrees(45))
        guard let size, let repeatKind else { return nil }
        return Tile(size: size, repeat: repeatKind)
    }

    /// `[w, h]`, or one number for a square tile; each side within `MotifLimits.tileSide`.
    private func tileSize(_ node: Node) -> Size? {
        let w: Double?, h: Double?
        if case .sequence = node {
            guard let (a, b) = pair(node, key: "size", what: "[width, height]") else { return nil }
            (w, h) = (a, b)
        } else {
            w = number(node, key: "size")
            h = w
        }
        guard let w, let h else { return nil }
        let limits = MotifLimits.tileSide
        for (side, v) in [("width", w), ("height", h)] where !limits.contains(v) {
            error(
                "tile \(side) is \(format(v)) mm; a tile side must be from \(format(limits.lowerBound)) to \(format(limits.upperBound)) mm",
                at: node.position)
            return nil
        }
        return Size(w, h)
    }

    /// A lattice name, a wallpaper group name, `{ lattice: KIND, angle: deg }` or `{ group: G }`.
    private func readTileRepeat(_ node: Node) -> Tile.Repeat? {
        if case .mapping = node {
            let f = fields(of: node, in: "tile repeat", allowed: Self.repeatKeys)
            if f["lattice"] != nil, f["group"] != nil {
                error(
                    "tile repeat has both 'lattice' and 'group'", at: node.position,
                    hint: "choose one: a lattice repeats the tile as it is, a group also turns and mirrors it")
                return nil
            }
            if let g = f["group"] {
                if let a = f["angle"] {
                    error("'angle' applies to diagonal lattices, not to wallpaper groups", at: a.key.position)
                }
                return group(g.value)
            }
            guard let l = f["lattice"] else {
                error("tile repeat needs 'lattice' or 'group'", at: node.position, hint: "e.g. repeat: { lattice: diagonal, angle: 45 }")
                return nil
            }
            guard let name = choice(l.value, key: "lattice", from: Self.latticeNames, what: "lattice"),
                let kind = Lattice.Kind(rawValue: name)
            else { return nil }
            var angle = Angle.degrees(45)
            if let a = f["angle"] {
                guard let deg = number(a.value, key: "angle") else { return nil }
                angle = .degrees(deg)
                if kind != .diagonal {
                    warning(
                        "'angle' is used only by the diagonal lattice; \(name) ignores it", at: a.key.position,
                        hint: "remove it, or write lattice: diagonal")
                }
            }
            return .lattice(kind, angle: angle)
        }
        guard let name = text(node, key: "repeat") else { return nil }
        if let kind = Lattice.Kind(rawValue: name) { return .lattice(kind, angle: .degrees(45)) }
        if let g = WallpaperGroup(rawValue: name) { return .wallpaper(g) }
        error(
            "unknown repeat '\(name)'", at: node.position,
            hint: Suggestions.didYouMean(name, in: Self.latticeNames + Self.groupNames)
                ?? "lattices: \(Self.latticeNames.joined(separator: ", ")); or a wallpaper group such as { group: p4m }")
        return nil
    }

    private func group(_ node: Node) -> Tile.Repeat? {
        guard let name = choice(node, key: "group", from: Self.groupNames, what: "wallpaper group"),
            let g = WallpaperGroup(rawValue: name)
        else { return nil }
        return .wallpaper(g)
    }
}
