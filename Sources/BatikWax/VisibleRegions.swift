public import BatikGeometry
public import BatikMotif

/// What the cloth shows in one repeat cell: overlaps resolved by draw order with polygon booleans,
/// so every visible piece has exactly one recipe (DESIGN.md, "The colour model").
///
/// Each mark contributes its parts bottom first: the fill of a shape (the closed path filled), then
/// its outline as the area of the wax line (the path flattened and buffered by half the line width,
/// round caps and joins); isen-isen lines and dots contribute their wax line or dot the same way.
/// Later parts cover earlier ones. The cell gathers the marks of every tile placement that reaches
/// into it, ordered as the renderer draws them (all marks of one draw order in every tile before
/// the next order; within an order, tiles row by row, then the tile's marks in file order), so
/// cells placed on the lattice tile the plane exactly and agree with the preview. The background
/// recipe is what is left of the cell.
public struct VisibleRegions: Sendable {
    /// The repeat cell the regions fill.
    public var cell: RepeatCell
    /// The pieces, background first, then in draw order of the parts that made them; pieces of
    /// the same part from different tile placements are united. They do not overlap and together
    /// cover the cell.
    public var regions: [RecipeRegion]

    public init(cell: RepeatCell, regions: [RecipeRegion]) {
        self.cell = cell
        self.regions = regions
    }

    /// The visible regions of one cell of `motif`'s repeat. Curves are flattened within
    /// `tolerance` and round line ends within `Tolerance.shape`.
    public init(motif: Motif, tolerance: Double = Tolerance.flattening) throws(RegionError) {
        let cell = RepeatCell(tile: motif.tile)
        let cellBounds = cell.bounds
        var tileParts: [[RecipeRegion]] = []
        for (index, mark) in motif.tileMarks.enumerated() {
            tileParts.append(try Self.parts(of: mark, index: index, tolerance: tolerance))
        }
        let partBounds = tileParts.map { $0.map { $0.region.bounds } }
        let tileInk = partBounds.joined().compactMap { $0 }.reduce(nil as Rect?) { $0?.union($1) ?? $1 }

        var layers: [(key: [Int], region: RecipeRegion)] = []
        if let tileInk {
            for (copyIndex, copy) in cell.copies.enumerated() {
                let ink = Rect(enclosing: tileInk.corners.map(copy.apply))!
                for point in cell.latticePoints(moving: ink, over: cellBounds) {
                    let t = copy.thenTranslated(by: cell.offset(i: point.i, j: point.j))
                    for (markIndex, parts) in tileParts.enumerated() {
                        for (partIndex, part) in parts.enumerated() {
                            guard let box = partBounds[markIndex][partIndex],
                                Rect(enclosing: box.corners.map(t.apply))!.overlaps(cellBounds)
                            else { continue }
                            var placed = part
                            placed.region = part.region.transformed(by: t)
                            let order = motif.tileMarks[markIndex].order
                            layers.append(([order, point.j, point.i, copyIndex, markIndex, partIndex], placed))
                        }
                    }
                }
            }
        }
        layers.sort { $0.key.lexicographicallyPrecedes($1.key) }
        let regions = try Self.resolve(layers.map(\.region), background: motif.background, within: cell.region)
        self.init(cell: cell, regions: regions)
    }

    /// The parts of one mark in tile-local millimetres, bottom first: a shape's fill, then its
    /// outline; an isen-isen line or dot as its wax. Marks that draw nothing give none.
    public static func parts(of mark: Mark, index: Int, tolerance: Double = Tolerance.flattening) throws(RegionError)
        -> [RecipeRegion]
    {
        var result: [RecipeRegion] = []
        if mark.kind == .shape, let fill = mark.fill {
            let region = try Region(path: mark.path, tolerance: tolerance)
            if !region.isEmpty { result.append(RecipeRegion(recipe: fill, region: region, source: .fill(mark: index))) }
        }
        if let stroke = mark.outline, stroke.width > 0 {
            let region = try Region(stroking: mark.path.flattened(tolerance: tolerance), width: stroke.width)
            let source: RecipeRegion.Source
            switch mark.kind {
            case .shape: source = .outline(mark: index, tool: stroke.tool)
            case .isenLine: source = .isenLine(mark: index, tool: stroke.tool)
            case .isenDot: source = .isenDot(mark: index, tool: stroke.tool)
            }
            if !region.isEmpty { result.append(RecipeRegion(recipe: stroke.colour, region: region, source: source)) }
        }
        return result
    }

    /// The painter's algorithm with polygon booleans: `layers` bottom first, each cut by every later
    /// layer that overlaps it, all within `clip`; what no layer covers gets `background`. Pieces
    /// with the same source are united, and the result lists the background first, then sources in
    /// the order they first appear.
    public static func resolve(_ layers: [RecipeRegion], background: String, within clip: Region) throws(RegionError)
        -> [RecipeRegion]
    {
        var clipped: [RecipeRegion] = []
        for var layer in layers {
            layer.region = try layer.region.repairingIfNeeded { (r) throws(RegionError) in try r.intersection(clip) }
            if !layer.region.isEmpty { clipped.append(layer) }
        }
        let boxes = clipped.map { $0.region.bounds! }
        let index = BoxIndex(boxes)

        var visible: [RecipeRegion] = []
        for (i, layer) in clipped.enumerated() {
            let above = index.overlapping(boxes[i]).filter { $0 > i }
            var piece = layer
            if !above.isEmpty {
                let cover = try Region.union(above.map { clipped[$0].region })
                piece.region = try layer.region.difference(cover)
            }
            if !piece.region.isEmpty { visible.append(piece) }
        }

        var result: [RecipeRegion] = []
        let ground = try clip.difference(try Region.union(clipped.map(\.region)))
        if !ground.isEmpty { result.append(RecipeRegion(recipe: background, region: ground, source: .background)) }
        // Unite the pieces of each source, keeping first-appearance order.
        var order: [RecipeRegion.Source] = []
        var pieces: [RecipeRegion.Source: [RecipeRegion]] = [:]
        for piece in visible {
            if pieces[piece.source] == nil { order.append(piece.source) }
            pieces[piece.source, default: []].append(piece)
        }
        for source in order {
            let group = pieces[source]!
            var merged = group[0]
            if group.count > 1 { merged.region = try Region.union(group.map(\.region)) }
            result.append(merged)
        }
        return result
    }
}

/// A uniform grid of boxes, to find the boxes that overlap a box without testing all of them
/// (marks of isen-isen fills come in thousands).
struct BoxIndex {
    private let boxes: [Rect]
    private let origin: Point
    private let size: Double
    private let columns: Int
    private let rows: Int
    private var buckets: [[Int]]

    init(_ boxes: [Rect]) {
        self.boxes = boxes
        let all = boxes.reduce(nil as Rect?) { $0?.union($1) ?? $1 } ?? Rect(x: 0, y: 0, width: 1, height: 1)
        // About one box per bucket on average, and never more than 256 × 256 buckets.
        let side = max((all.width * all.height / Double(max(boxes.count, 1))).squareRoot(), 1e-3)
        let columns = min(max(Int((all.width / side).rounded(.up)), 1), 256)
        let rows = min(max(Int((all.height / side).rounded(.up)), 1), 256)
        self.origin = all.origin
        self.size = max(all.width / Double(columns), all.height / Double(rows), 1e-9)
        self.columns = columns
        self.rows = rows
        buckets = Array(repeating: [], count: columns * rows)
        for (n, box) in boxes.enumerated() {
            let (c0, c1, r0, r1) = range(box)
            for r in r0...r1 { for c in c0...c1 { buckets[r * columns + c].append(n) } }
        }
    }

    private func range(_ box: Rect) -> (Int, Int, Int, Int) {
        func clamp(_ v: Double, _ n: Int) -> Int { min(max(Int(v.rounded(.down)), 0), n - 1) }
        return (
            clamp((box.minX - origin.x) / size, columns), clamp((box.maxX - origin.x) / size, columns),
            clamp((box.minY - origin.y) / size, rows), clamp((box.maxY - origin.y) / size, rows)
        )
    }

    /// Indices of the boxes that overlap `box` with positive area, ascending.
    func overlapping(_ box: Rect) -> [Int] {
        let (c0, c1, r0, r1) = range(box)
        var found = Set<Int>()
        for r in r0...r1 {
            for c in c0...c1 {
                for n in buckets[r * columns + c] where boxes[n].overlaps(box) { found.insert(n) }
            }
        }
        return found.sorted()
    }
}
