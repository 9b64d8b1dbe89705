/// The width of the pen a drawing was made with, measured on its ink.
///
/// Every ink pixel gets its distance to the nearest paper pixel (a two-pass 3-4 chamfer distance
/// transform: G. Borgefors, "Distance transformations in digital images", CVGIP 34(3), 1986, within
/// 8 % of the Euclidean distance). Pixels on the ridge of that distance (no neighbour farther from
/// the paper) run along the middle of every line, and a line w pixels wide has a ridge about
/// (w + 1) / 2 from its edge (w / 2 + 1 for an even w; the estimate splits the difference). The
/// median over all ridge pixels is the typical line: filled areas have few ridge pixels for their
/// size, so a drawing of lines with a few filled shapes still measures its lines.
public enum PenWidth {
    /// The typical line width in pixels, or nil when the mask has no ink.
    public static func pixels(in mask: InkMask) -> Double? {
        let w = mask.width, h = mask.height
        guard w > 0, h > 0 else { return nil }
        let far = UInt16.max / 2
        var d = [UInt16](repeating: 0, count: w * h)
        for i in d.indices where mask.ink[i] { d[i] = far }
        func at(_ x: Int, _ y: Int) -> UInt16 { x < 0 || y < 0 || x >= w || y >= h ? 0 : d[y * w + x] }
        for y in 0..<h {
            for x in 0..<w where d[y * w + x] != 0 {
                let v = min(
                    d[y * w + x], at(x - 1, y) + 3, at(x, y - 1) + 3, at(x - 1, y - 1) + 4, at(x + 1, y - 1) + 4)
                d[y * w + x] = v
            }
        }
        for y in stride(from: h - 1, through: 0, by: -1) {
            for x in stride(from: w - 1, through: 0, by: -1) where d[y * w + x] != 0 {
                let v = min(
                    d[y * w + x], at(x + 1, y) + 3, at(x, y + 1) + 3, at(x + 1, y + 1) + 4, at(x - 1, y + 1) + 4)
                d[y * w + x] = v
            }
        }
        var ridge: [UInt16] = []
        for y in 0..<h {
            for x in 0..<w {
                let v = d[y * w + x]
                guard v != 0 else { continue }
                var top = true
                for dy in -1...1 {
                    for dx in -1...1 where (dx != 0 || dy != 0) && at(x + dx, y + dy) > v { top = false }
                }
                if top { ridge.append(v) }
            }
        }
        guard !ridge.isEmpty else { return nil }
        ridge.sort()
        let median = Double(ridge[ridge.count / 2]) / 3
        return max(1, 2 * median - 0.5)
    }
}
