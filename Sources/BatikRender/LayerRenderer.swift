internal import BatikGeometry
public import BatikMotif
public import BatikWax
internal import CCairo

/// Draws one step of a resist plan as a true-to-scale PNG (a "stage layer"): the cloth in the
/// colours it has after the step, the wax on it as a light translucent yellow-white, the wax laid
/// in this step a little warmer and outlined, and wax scraped in this step outlined with red
/// dashes. The first step (nyorek) shows the pencil lines of the pattern on the undyed cloth.
///
/// The cloth is painted from the marks in draw order, as the preview paints it, in the colours of
/// the step. Wax and outlines come from the plan's repeat cell, united per step, converted to
/// Cairo paths once and placed at every cell placement; they reach slightly into the neighbouring
/// cells (outlines clipped to the cell), so cell edges never show. The image is drawn and written
/// in horizontal bands like the preview, so memory stays at one band.
public struct LayerRenderer: Sendable {
    /// Wax already on the cloth: light yellow-white, painted over the cloth with `waxOpacity`.
    public static let wax = RGBColour(hex: "#fff8dc")!
    /// Wax laid in this step: warmer, so it stands out from older wax.
    public static let newWax = RGBColour(hex: "#ffe88a")!
    public static let waxOpacity = 0.62
    /// The outline of the wax laid in this step.
    public static let newWaxOutline = RGBColour(hex: "#b85c00")!
    /// The dashed outline of the wax scraped off in this step.
    public static let scrapeOutline = RGBColour(hex: "#d0302a")!
    /// The hatching on wax: lines `hatchWidth` wide, `hatchPeriod` apart (millimetres).
    public static let hatch = RGBColour(hex: "#d9b866")!
    public static let hatchPeriod = 1.6
    public static let hatchWidth = 0.2
    /// Pencil lines of the pattern (nyorek).
    public static let pencil = RGBColour(hex: "#55504a")!
    /// Width of outlines and pencil lines on the cloth, in millimetres.
    public static let outlineWidth = 0.35
    public static let pencilWidth = 0.25

    public var dpi: Double
    public var bandHeight: Int

    public init(dpi: Double, bandHeight: Int = PreviewRenderer.defaultBandHeight) {
        self.dpi = dpi
        self.bandHeight = bandHeight
    }

    /// Renders step `index` of `plan` as an RGB PNG into `sink` and returns the image size.
    /// `layout` is the motif laid out on the plan's area: its marks, painted in draw order in the
    /// colours of this step, give the cloth (as in the preview, so no seams show between regions),
    /// and the pencil lines of the first step.
    ///
    /// - Throws: `RenderError` (before any byte is written) for a resolution or size out of range,
    ///   `RegionError`, `CairoError`, `PNGError`, or the sink's own error.
    @discardableResult
    public func render(
        plan: ResistPlan, step index: Int, layout: MotifLayout, metadata: [PNGText] = [],
        to sink: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) throws -> PixelSize {
        let size = try PreviewRenderer(dpi: dpi, bandHeight: bandHeight).checkedPixelSize(for: plan.area)
        let step = plan.steps[index]
        let cell = plan.cell
        let s = PreviewRenderer.pixelsPerMillimetre(dpi: dpi)
        let background = plan.regions.first { $0.source == .background }?.recipe ?? ""
        let palette = Palette(cloth: .white, colours: step.colours, backgroundRecipe: background)
        let art = try TileArt(marks: layout.tileMarks, palette: palette)

        // Wax as one region per cell, reaching a little into the neighbouring cells (where it is
        // the same wax), so that cells painted side by side leave no seam; outlines reach a
        // little further and are clipped to the cell, so cell edges never show.
        let overlap = 2 / s
        let margin = Self.outlineWidth + overlap
        func aroundCell(_ indices: [Int], by distance: Double) throws -> CairoPath? {
            guard !indices.isEmpty else { return nil }
            let united = try Region.union(indices.map { plan.regions[$0].region })
            let around = try cell.repeated(united, near: cell.bounds.outsetBy(distance))
            return CairoPath(try around.intersection(try cell.region.outset(by: distance)).path)
        }
        let waxPath = try aroundCell(step.waxed.filter { !step.added.contains($0) }, by: overlap)
        let newWaxPath = try aroundCell(step.added, by: overlap)
        let addedOutline = try aroundCell(step.added, by: margin)
        let scrapedOutline = try aroundCell(step.scraped, by: margin)
        let cellPath = CairoPath(cell.region.path)
        let pencilMarks = step.kind == .nyorek ? layout.tileMarks.map { CairoPath($0.path) } : []
        let pencilBounds = layout.tileMarks.compactMap { $0.path.controlBounds }.reduce(nil as Rect?) {
            $0?.union($1) ?? $1
        }

        let writer = try PNGWriter(
            width: size.width, height: size.height, pixelFormat: .rgb, dpi: dpi, text: metadata, sink: sink)
        let rowsPerBand = min(bandHeight, size.height)
        let hatchPixels = max(4, Int((Self.hatchPeriod * s).rounded()))
        let surface = try CairoSurface.image(width: size.width, height: rowsPerBand)
        let context = try CairoContext(surface: surface)
        context.setAntialias(.good)
        context.setFillRule(.winding)
        context.setRoundLineEnds()
        let area = plan.area
        let inkOnCloth = art.levels.map { level in layout.placements.map { level.inkBounds.transformed(by: $0) } }
        let cellBoxes = plan.placements.map { cell.bounds.outsetBy(margin).transformed(by: $0) }
        let clothToImage = AffineTransform.translation(-area.origin.vector).then(.scale(s))
        var rgb = [UInt8](repeating: 0, count: size.width * 3 * rowsPerBand)

        var top = 0
        while top < size.height {
            let rows = min(rowsPerBand, size.height - top)
            let device = clothToImage.then(.translation(x: 0, y: -Double(top)))
            let band = Rect(
                x: area.minX - 1 / s, y: area.minY + (Double(top) - 1) / s,
                width: (Double(size.width) + 2) / s, height: (Double(rows) + 2) / s)
            let cells = plan.placements.indices.filter { cellBoxes[$0].intersects(band) }

            // The cloth in this step's colours: the ground, then the marks in draw order.
            context.setTransform(.identity)
            context.setSource(TileArt.quantised(palette.background))
            context.paint()
            for (levelIndex, level) in art.levels.enumerated() {
                for (placementIndex, placement) in layout.placements.enumerated()
                where inkOnCloth[levelIndex][placementIndex].intersects(band) {
                    context.setTransform(placement.then(device))
                    for mark in level.marks { context.draw(mark) }
                }
            }
            // The wax: opaque in a group, hatched, then painted translucent over the cloth.
            if waxPath != nil || newWaxPath != nil {
                context.setTransform(.identity)
                context.pushGroup()
                for (path, colour) in [(waxPath, Self.wax), (newWaxPath, Self.newWax)] {
                    guard let path else { continue }
                    context.setSource(colour)
                    for c in cells {
                        context.setTransform(plan.placements[c].then(device))
                        context.newPath()
                        context.append(path)
                        context.fill()
                    }
                }
                // A faint hatch tells wax from bare cloth of the same colour; it runs in cloth
                // coordinates and lands only on the wax (ATOP).
                context.setTransform(.translation(x: 0, y: -Double(top)))
                try context.setHatchSource(
                    period: hatchPixels, lineWidth: max(1, Self.hatchWidth * s), colour: Self.hatch)
                context.setOperator(.atop)
                context.paint()
                context.setOperator(.over)
                context.setTransform(.identity)
                context.popGroupToSource()
                context.paint(alpha: Self.waxOpacity)
            }
            for (path, colour, dashed) in [
                (addedOutline, Self.newWaxOutline, false), (scrapedOutline, Self.scrapeOutline, true),
            ] {
                guard let path else { continue }
                context.setSource(colour)
                for c in cells {
                    context.save()
                    context.setTransform(plan.placements[c].then(device))
                    context.newPath()
                    context.append(cellPath)
                    context.clip()
                    context.newPath()
                    context.append(path)
                    context.setLineWidth(Self.outlineWidth)
                    context.setDash(dashed ? [1.2, 0.8] : [])
                    context.stroke()
                    context.restore()
                }
            }
            if !pencilMarks.isEmpty, let pencilBounds {
                context.setSource(Self.pencil)
                for placement in layout.placements
                where pencilBounds.outsetBy(Self.pencilWidth).transformed(by: placement).intersects(band) {
                    context.setTransform(placement.then(device))
                    context.setLineWidth(Self.pencilWidth)
                    for path in pencilMarks {
                        context.newPath()
                        context.append(path)
                        context.stroke()
                    }
                }
            }
            try context.check()
            try writer.write(band: surface, rows: rows, width: size.width, scratch: &rgb)
            top += rows
        }
        try writer.finish()
        return size
    }

    /// The text chunks of a layer: the step's title in `language` as `Title`, its instructions as
    /// `Description`, and the motif's name, parameters, the step and the resolution.
    public static func metadata(
        for motif: Motif, plan: ResistPlan, step index: Int, language: Language, dpi: Double,
        adding extra: [PNGText] = []
    ) -> [PNGText] {
        let step = plan.steps[index]
        return PreviewRenderer.metadata(
            for: motif, dpi: dpi,
            adding: [
                PNGText(keyword: "Title", text: "\(index + 1). \(step.title[language])"),
                PNGText(keyword: "Description", text: step.instructions[language]),
                PNGText(keyword: "batik:step", text: "\(index + 1) \(step.kind.rawValue)"),
            ] + extra)
    }
}
