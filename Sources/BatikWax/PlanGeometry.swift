import BatikGeometry
import BatikMotif

/// The geometry behind a plan: where the cells lie on the cloth, what each canting draws, and the
/// amounts of a step over the whole cloth. Everything is computed once per cell and placed.
struct PlanGeometry {
    let motif: Motif
    let visible: VisibleRegions
    let cell: RepeatCell
    /// The cloth area in cell-local coordinates of the cell at lattice point (0, 0).
    let clothLocal: Rect
    let cellPlacements: [CellPlacement]
    let tolerance = Tolerance.flattening

    /// A cell on the cloth: its move from cell-local to cloth coordinates and, for a cell cut by
    /// the cloth's edge, the part of the cloth it covers (cell-local).
    struct CellPlacement {
        let offset: Vector
        let transform: AffineTransform
        let clip: Region?
        /// The cloth in cell-local coordinates, for a cell cut by the cloth's edge.
        let clipBox: Rect?
    }

    init(motif: Motif, visible: VisibleRegions, area: Rect) {
        self.motif = motif
        self.visible = visible
        self.cell = visible.cell
        // Layouts anchor the lattice at the centre of the cloth area; so do the cells.
        let anchor = area.center.vector
        let local = Rect(origin: area.origin - anchor, size: area.size)
        clothLocal = local
        let cell = visible.cell
        let cellBox = cell.bounds
        var placements: [CellPlacement] = []
        for point in cell.latticePoints(moving: cellBox, over: local) {
            let offset = cell.offset(i: point.i, j: point.j)
            let box = Rect(origin: cellBox.origin + offset, size: cellBox.size)
            let transform = AffineTransform.translation(offset + anchor)
            if box.minX >= local.minX && box.maxX <= local.maxX && box.minY >= local.minY && box.maxY <= local.maxY {
                placements.append(CellPlacement(offset: offset, transform: transform, clip: nil, clipBox: nil))
                continue
            }
            let clipBox = Rect(origin: local.origin - offset, size: local.size)
            let clip = Region(rect: clipBox)
            // A parallelogram's box may meet the cloth where the cell itself does not.
            guard let covered = try? cell.region.intersection(clip), covered.area > 0 else { continue }
            placements.append(CellPlacement(offset: offset, transform: transform, clip: covered, clipBox: clipBox))
        }
        cellPlacements = placements
    }

    var regions: [RecipeRegion] { visible.regions }

    /// `region` (cell-local) with its copies in the neighbouring cells that reach `box`, united:
    /// the repeat seen around the cell.
    func periodic(_ region: Region, near box: Rect) throws(RegionError) -> Region {
        try cell.repeated(region, near: box)
    }

    func union(_ pieces: [Int]) throws(RegionError) -> Region {
        try Region.union(pieces.map { regions[$0].region })
    }

    // MARK: Work

    private enum Group: Hashable {
        case line(tool: String, width: Double)
        case dot(tool: String, width: Double)
        case area
    }

    /// What each canting and brush does to wax `pieces`, given the pieces that stay unwaxed
    /// through the coming bath: lines first (in draw order of their marks), then dots, then areas.
    func work(for pieces: [Int], unwaxed: [Int]) throws -> [WaxWork] {
        var order: [Group] = []
        var members: [Group: [Int]] = [:]
        for i in pieces {
            let source = regions[i].source
            let group: Group
            switch source {
            case .background, .fill: group = .area
            case .outline(let m, let tool), .isenLine(let m, let tool):
                group = .line(tool: tool, width: motif.tileMarks[m].outline?.width ?? 0)
            case .isenDot(let m, let tool): group = .dot(tool: tool, width: motif.tileMarks[m].outline?.width ?? 0)
            }
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(i)
        }
        func rank(_ g: Group) -> Int {
            switch g {
            case .line: 0
            case .dot: 1
            case .area: 2
            }
        }
        order = order.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(
            \.element)
        let keep = try union(unwaxed)
        var result: [WaxWork] = []
        for group in order {
            let groupMembers = members[group]!
            let recipes = unique(groupMembers.map { regions[$0].recipe })
            switch group {
            case .line(let tool, let width):
                result.append(
                    try lineWork(tool: tool, width: width, pieces: groupMembers, keep: keep, recipes: recipes))
            case .dot(let tool, let width):
                result.append(try dotWork(tool: tool, width: width, pieces: groupMembers, keep: keep, recipes: recipes))
            case .area:
                result += try areaWork(pieces: groupMembers)
            }
        }
        return result
    }

    /// The marks (indices into `tileMarks`) behind `pieces`, in draw order.
    private func marks(of pieces: [Int]) -> [Int] {
        unique(pieces.compactMap { regions[$0].source.mark }).sorted()
    }

    /// Where a line of `width` may not run: the cloth that stays unwaxed, grown by what a line
    /// along its edge may overlap it.
    private func forbidden(_ keep: Region, width: Double, near box: Rect) throws(RegionError) -> Region {
        let around = try periodic(keep, near: box.outsetBy(width))
        let reach = width / 2 - ResistPlanner.lineClearance
        return reach > 0 ? try around.outset(by: reach) : around
    }

    private func lineWork(tool: String, width: Double, pieces: [Int], keep: Region, recipes: [String]) throws -> WaxWork
    {
        var lines: [Polyline] = []
        for m in marks(of: pieces) {
            for copy in cell.copies {
                lines += motif.tileMarks[m].path.transformed(by: copy).flattened(tolerance: tolerance)
                    .filter { $0.points.count >= 2 }
            }
        }
        guard let box = Rect(enclosing: lines.flatMap(\.points)) else {
            return WaxWork(tool: tool, areas: try union(pieces), width: width, recipes: recipes)
        }
        let drawn = try forbidden(keep, width: width, near: box).cutting(lines)
        let reached = try Region(stroking: drawn, width: width + 2 * ResistPlanner.lineClearance)
        let remainder = try remainder(of: pieces, reached: reached)
        return WaxWork(tool: tool, lines: drawn, areas: remainder, width: width, recipes: recipes)
    }

    private func dotWork(tool: String, width: Double, pieces: [Int], keep: Region, recipes: [String]) throws -> WaxWork
    {
        var centres: [Point] = []
        for m in marks(of: pieces) {
            guard let p = motif.tileMarks[m].path.flattened(tolerance: tolerance).first?.points.first else { continue }
            for copy in cell.copies { centres.append(copy.apply(p)) }
        }
        guard let box = Rect(enclosing: centres) else {
            return WaxWork(tool: tool, areas: try union(pieces), width: width, recipes: recipes)
        }
        let forbidden = try forbidden(keep, width: width, near: box)
        let locator = PointLocator(forbidden)
        let dabbed = centres.filter { !locator.contains($0) }
        var reached: [Region] = []
        for c in dabbed { reached.append(try Region(dotAt: c, diameter: width + 2 * ResistPlanner.lineClearance)) }
        let remainder = try remainder(of: pieces, reached: try Region.union(reached))
        return WaxWork(tool: tool, dots: dabbed, areas: remainder, width: width, recipes: recipes)
    }

    /// What of `pieces` the lines or dots (`reached`, cell-local, repeated around the cell) leave.
    private func remainder(of pieces: [Int], reached: Region) throws(RegionError) -> Region {
        let target = try union(pieces)
        let cover = try periodic(reached, near: cell.bounds)
        let left = try target.difference(cover)
        return Region(polygons: left.polygons.filter { $0.area >= ResistPlanner.smallestRemainder })
    }

    /// Areas to block: each connected area (followed across cells) to the brush when it is
    /// large, to the canting tembok otherwise.
    private func areaWork(pieces: [Int]) throws -> [WaxWork] {
        let all = try union(pieces)
        let recipes = unique(pieces.map { regions[$0].recipe })
        // How big a patch is to brush over is the area inside its outline: holes do not count,
        // and leaving them out keeps the repeat around the cell cheap.
        let outlines = Region(polygons: all.polygons.map { Polygon(exterior: $0.exterior) })
        let seams = try periodic(outlines, near: cell.bounds.outsetBy(max(cell.bounds.width, cell.bounds.height)))
        let parts = seams.polygons.map { ($0, Rect(enclosing: $0.exterior)!) }
        var small: [Polygon] = [], large: [Polygon] = []
        for p in all.polygons {
            var connected = Polygon(exterior: p.exterior).area
            if connected < ResistPlanner.brushArea, let box = Rect(enclosing: p.exterior) {
                let piece = Region(polygons: [p])
                for (q, qBox) in parts where qBox.overlaps(box) {
                    if try !piece.intersection(Region(polygons: [q])).isEmpty { connected = max(connected, q.area) }
                }
            }
            if connected >= ResistPlanner.brushArea { large.append(p) } else { small.append(p) }
        }
        var result: [WaxWork] = []
        for (tool, polygons) in [("tembok", small), ("kuas", large)] where !polygons.isEmpty {
            let areas = Region(polygons: polygons)
            var found = Set<String>()
            for i in pieces where !found.contains(regions[i].recipe) {
                if try regions[i].region.intersection(areas).area > 0 { found.insert(regions[i].recipe) }
            }
            let width = motif.tools[tool]?.lineWidth ?? 0
            result.append(WaxWork(tool: tool, areas: areas, width: width, recipes: recipes.filter(found.contains)))
        }
        return result
    }

    // MARK: Colet

    /// Errors for the recipes that get the colet bath `dye` while touching cloth that neither gets
    /// it nor is waxed.
    func coletLeaks(
        dye: Dye, receivers: Set<String>, waxed: [Bool], positions: [String: SourcePosition], file: String
    ) throws -> [Diagnostic] {
        let epsilon = Tolerance.flattening
        var open: [(String, Region)] = []
        for r in motif.recipes.map(\.name) where !receivers.contains(r) {
            let pieces = regions.indices.filter { regions[$0].recipe == r && !waxed[$0] }
            if !pieces.isEmpty { open.append((r, try union(pieces))) }
        }
        var result: [Diagnostic] = []
        for r in motif.recipes.map(\.name) where receivers.contains(r) {
            let pieces = regions.indices.filter { regions[$0].recipe == r }
            guard !pieces.isEmpty else { continue }
            let grown = try union(pieces).outset(by: epsilon)
            guard let box = grown.bounds else { continue }
            var leaks: [(String, Point)] = []
            for (o, region) in open {
                let touch = try grown.intersection(try periodic(region, near: box))
                // Its top-left-most point says where to look.
                if touch.area > epsilon * ResistPlanner.shortestContact, let p = touch.polygons.first?.exterior.first {
                    leaks.append((o, p))
                }
            }
            guard let (first, near) = leaks.first else { continue }
            let others = leaks.map(\.0)
            let position = positions[r]
            func mm(_ v: Double) -> String { LocalizedText.number(v, decimals: 1).en }
            result.append(
                Diagnostic(
                    file: file, line: position?.line ?? 0, column: position?.column ?? 0,
                    message:
                        "colour '\(r)' is brushed with the colet dye '\(dye.name)', but it is not enclosed by wax: "
                        + "it touches \(others.map { "'\($0)'" }.joined(separator: ", ")), which "
                        + (others.count == 1 ? "is" : "are") + " not waxed when '\(dye.name)' is brushed on "
                        + "(near x = \(mm(near.x)), y = \(mm(near.y)) mm from the tile centre), so the dye would run into '\(first)'",
                    hint:
                        "give the shapes coloured '\(r)' a wax outline in a colour that is still waxed then (one with "
                        + "no baths, such as putih), or dye '\(dye.name)' by dipping (method: dip)"))
        }
        return result
    }

    // MARK: Figures

    /// The cloth area of `pieces` over all cells, in square millimetres. In a cell cut by the
    /// cloth's edge only the pieces that cross the edge are clipped.
    func clothArea(of pieces: [Int]) throws(RegionError) -> Double {
        if pieces.isEmpty { return 0 }
        let areas = pieces.map { regions[$0].region.area }
        let boxes = pieces.map { regions[$0].region.bounds }
        let whole = areas.reduce(0, +)
        var total = 0.0
        for p in cellPlacements {
            guard let clip = p.clip, let clipBox = p.clipBox else {
                total += whole
                continue
            }
            for (n, i) in pieces.enumerated() {
                guard let box = boxes[n], box.overlaps(clipBox) else { continue }
                if box.minX >= clipBox.minX && box.maxX <= clipBox.maxX && box.minY >= clipBox.minY
                    && box.maxY <= clipBox.maxY
                {
                    total += areas[n]
                } else {
                    total += try regions[i].region.intersection(clip).area
                }
            }
        }
        return total
    }

    /// Wax area, line length and dots of a waxing step over the cloth.
    func figures(added: [Int], work: [WaxWork]) throws -> StepFigures {
        let lines = work.flatMap(\.lines)
        let dots = work.flatMap(\.dots)
        var length = 0.0, count = 0
        let ink = Rect(enclosing: lines.flatMap(\.points) + dots)
        if let ink {
            let whole = lines.reduce(0) { $0 + $1.length }
            for p in cell.latticePoints(moving: ink, over: clothLocal) {
                let offset = cell.offset(i: p.i, j: p.j)
                let box = Rect(origin: ink.origin + offset, size: ink.size)
                let local = Rect(origin: clothLocal.origin - offset, size: clothLocal.size)
                if box.minX >= clothLocal.minX && box.maxX <= clothLocal.maxX && box.minY >= clothLocal.minY
                    && box.maxY <= clothLocal.maxY
                {
                    length += whole
                    count += dots.count
                } else {
                    length += try Region(rect: local).clipping(lines).reduce(0) { $0 + $1.length }
                    count += dots.filter { local.contains($0) }.count
                }
            }
        }
        return StepFigures(waxedArea: try clothArea(of: added), lineLength: length, dots: count)
    }
}

/// The elements in first-appearance order, without repeats.
func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}
