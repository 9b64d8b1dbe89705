internal import BatikGeometry
internal import BatikMotif
internal import BatikWax

/// A layout's tile marks made ready to draw: each path converted to Cairo path data once, each
/// recipe resolved to its colour, the marks grouped by draw order. Placing a tile appends these
/// paths under the placement's transform; no geometry is copied per tile.
struct TileArt {
    struct PreparedMark {
        let path: CairoPath
        let fill: RGBColour?
        let outline: (width: Double, colour: RGBColour)?
    }

    /// The marks of one draw order, and the tile-local box that holds all their ink.
    struct Level {
        let order: Int
        let marks: [PreparedMark]
        let inkBounds: Rect
    }

    let levels: [Level]

    init(marks: [Mark], palette: Palette) throws {
        var levels: [Level] = []
        var start = 0
        while start < marks.count {
            var end = start
            while end < marks.count && marks[end].order == marks[start].order { end += 1 }
            var prepared: [PreparedMark] = []
            var bounds: Rect?
            for (index, mark) in marks[start..<end].enumerated() {
                let number = start + index + 1
                let fill = try mark.fill.map { try palette.colour(of: $0, usedBy: "the fill of mark \(number)") }
                let outline = try mark.outline.flatMap { stroke -> (Double, RGBColour)? in
                    guard stroke.width > 0 else { return nil }
                    return (
                        stroke.width, try palette.colour(of: stroke.colour, usedBy: "the outline of mark \(number)")
                    )
                }
                guard fill != nil || outline != nil, let box = mark.path.controlBounds else { continue }
                // Round caps and joins reach at most half the line width beyond the path.
                let ink = box.outsetBy((outline?.0 ?? 0) / 2)
                bounds = bounds?.union(ink) ?? ink
                prepared.append(
                    PreparedMark(
                        path: CairoPath(mark.path), fill: fill.map(Self.quantised),
                        outline: outline.map { ($0.0, Self.quantised($0.1)) }))
            }
            if let bounds { levels.append(Level(order: marks[start].order, marks: prepared, inkBounds: bounds)) }
            start = end
        }
        self.levels = levels
    }

    /// The colour rounded to 8 bits per channel, as the PNG will hold it: Cairo then fills with
    /// exactly the recipe's hex value.
    static func quantised(_ c: RGBColour) -> RGBColour {
        func q(_ v: Double) -> Double { (min(max(v, 0), 1) * 255).rounded() / 255 }
        return RGBColour(red: q(c.red), green: q(c.green), blue: q(c.blue))
    }
}

extension Rect {
    /// The smallest axis-aligned box holding this box mapped through `t`.
    func transformed(by t: AffineTransform) -> Rect {
        Rect(enclosing: corners.map(t.apply))!
    }
}
