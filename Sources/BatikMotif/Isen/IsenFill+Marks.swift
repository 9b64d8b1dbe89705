import BatikGeometry

/// Turning a fill into marks inside one placed shape. The kinds live in their own files; this one
/// holds what they share: the room left inside the outline, the grid frame, jitter, and the marks
/// a dot or a line becomes.
extension IsenFill {
    /// The fill's dots and lines inside `placement.shape`, as `.isenDot` and `.isenLine` marks in
    /// the placement's order. Throws when GEOS cannot fill or inset the shape.
    public func marks(in placement: IsenPlacement) throws(RegionError) -> [Mark] {
        let area = IsenArea(shape: try Region(path: placement.shape), placement: placement, margin: margin)
        switch kind {
        case .cecek: return try cecekMarks(area)
        case .cecekPitu: return try cecekPituMarks(area)
        case .sawut: return try sawutMarks(area)
        case .galaran: return try galaranMarks(area, angle: angle)
        case .crosshatch:
            return try galaranMarks(area, angle: angle) + galaranMarks(area, angle: angle + .degrees(90), set: 1)
        case .ukel: return try ukelMarks(area)
        case .sisik: return try sisikMarks(area, dots: false)
        case .gringsing: return try sisikMarks(area, dots: true)
        }
    }

    /// How far the centre of a dot or line must keep from the outline's edge: half the wax line
    /// the canting lays (`lineWidth`, the bore plus the spread), the reach of its outermost spout
    /// for multi-spout cantings, and `waxGap`, so that the two waxes stay apart on the cloth.
    static func clearance(of tool: CantingTool) -> Double {
        tool.lineWidth / 2 + (tool.spouts.map { ($0.x * $0.x + $0.y * $0.y).squareRoot() }.max() ?? 0) + waxGap
    }

    /// A dot: one point, dabbed (a zero-length line, which round caps draw as a disc).
    func dot(at p: Point, with tool: CantingTool, order: Int) -> Mark {
        var path = BezierPath()
        path.move(to: p)
        path.line(to: p)
        return Mark(path: path, fill: nil, outline: stroke(tool), order: order, kind: .isenDot)
    }

    /// A line along `path`.
    func line(_ path: BezierPath, with tool: CantingTool, order: Int) -> Mark {
        Mark(path: path, fill: nil, outline: stroke(tool), order: order, kind: .isenLine)
    }

    func stroke(_ tool: CantingTool) -> Stroke { Stroke(tool: tool.name, width: tool.lineWidth, colour: colour) }

    /// The frame grids and lines are laid out in: the element's frame without its scale (sizes are
    /// on the cloth), turned by `angle`.
    func gridFrame(_ placement: IsenPlacement, angle: Angle? = nil) -> AffineTransform {
        AffineTransform.rotation(angle ?? self.angle).then(Self.rigidPart(of: placement.frame))
    }

    /// The rotation (with any reflection) and translation of `t`, its scale taken out.
    static func rigidPart(of t: AffineTransform) -> AffineTransform {
        let origin = t.apply(Point.zero)
        let ex = t.apply(Vector(1, 0)).normalized
        let ey = ex.perpendicular * (t.isReflection ? -1 : 1)
        return AffineTransform(xx: ex.dx, yx: ex.dy, xy: ey.dx, yy: ey.dy, x0: origin.x, y0: origin.y)
    }

    /// The points of a square or hexagonal grid of pitch `spacing` (in `frame`'s coordinates) whose
    /// places land within `margin` of `region`'s bounds, with their column and row.
    func gridPoints(
        covering region: Region, frame: AffineTransform, spacing: Double, grid: Grid, margin: Double = 0
    ) -> [(column: Int, row: Int, point: Point)] {
        guard spacing > 0, let box = Self.bounds(of: region, in: frame)?.outsetBy(margin) else { return [] }
        let rowPitch = grid == .hex ? spacing * 3.0.squareRoot() / 2 : spacing
        let rows = Int((box.minY / rowPitch).rounded(.down))...Int((box.maxY / rowPitch).rounded(.up))
        var result: [(Int, Int, Point)] = []
        for j in rows {
            let shift = grid == .hex && j & 1 != 0 ? spacing / 2 : 0
            let columns =
                Int(((box.minX - shift) / spacing).rounded(.down))...Int(((box.maxX - shift) / spacing).rounded(.up))
            for i in columns { result.append((i, j, Point(Double(i) * spacing + shift, Double(j) * rowPitch))) }
        }
        return result
    }

    /// The bounds of `region` seen in `frame`'s coordinates.
    static func bounds(of region: Region, in frame: AffineTransform) -> Rect? {
        guard let inverse = frame.inverted() else { return nil }
        return Rect(enclosing: region.polygons.lazy.flatMap(\.exterior).map { inverse.apply($0) })
    }

    /// How far jitter may move an item that sits `pitch` from its neighbours and is `width` wide:
    /// `jitter × pitch`, but never so far that two neighbours moving toward each other would leave
    /// less than `waxGap` between their waxes.
    func jitterReach(pitch: Double, width: Double) -> Double {
        min(jitter * pitch, max(0, (pitch - width - Self.waxGap) / 2))
    }

    /// A random displacement within a disc of radius `reach`, fixed by the seed, the copy and `parts`.
    func jitterOffset(reach: Double, copy: Int, _ parts: Int...) -> Vector {
        guard reach > 0 else { return .zero }
        var random = IsenRandom([seed, copy.seedPart] + parts.map(\.seedPart))
        let r = reach * random.unit().squareRoot()  // uniform over the disc's area
        return Vector(angle: .radians(2 * .pi * random.unit()), length: r)
    }

    /// A random number in [−1, 1), fixed by the seed, the copy and `parts`.
    func jitterAmount(copy: Int, _ parts: Int...) -> Double {
        guard jitter > 0 else { return 0 }
        var random = IsenRandom([seed, copy.seedPart] + parts.map(\.seedPart))
        return random.signed()
    }

    /// Line pieces shorter than twice the wax line's width (what the outline leaves of a line that
    /// only grazes the room) would read as specks, not lines; they are left out.
    static func isLine(_ piece: Polyline, drawnWith tool: CantingTool) -> Bool {
        piece.length >= 2 * tool.lineWidth
    }
}

/// The room an isen fill may use inside one placed shape.
struct IsenArea {
    /// The shape's fill.
    var shape: Region
    var placement: IsenPlacement
    var margin: Double

    /// Where the centre of a dot or line drawn with `tool` may lie: inside the outline by
    /// `IsenFill.clearance(of:)` and `margin`, and clear of what is drawn over the shape by the
    /// clearance alone (`margin` places the fill against its own outline).
    func inside(for tool: CantingTool) throws(RegionError) -> Region {
        let room = try withinOutline(for: tool)
        if placement.covered.isEmpty || room.isEmpty { return room }
        return try room.difference(placement.covered.outset(by: IsenFill.clearance(of: tool)))
    }

    /// The room inside the outline alone, not minding what is drawn over the shape.
    func withinOutline(for tool: CantingTool) throws(RegionError) -> Region {
        try shape.inset(by: placement.outlineWidth / 2 + IsenFill.clearance(of: tool) + margin)
    }
}
