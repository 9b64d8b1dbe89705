internal import BatikGeometry
internal import BatikMotif
internal import BatikWax
internal import CCairo

/// The drawing of the cloth on a worksheet page: the cloth in its colours at a step (faded for
/// waxing steps so the wax stands out), the pencil lines while the cloth is still undyed, the wax
/// as `batik layers` shows it (old wax light and hatched, this step's wax warm and outlined,
/// scraped wax in red dashes), all in vector paths.
extension Worksheet {
    /// How the cloth is shown.
    enum ClothState {
        /// After step `index`; `faded` whitens the cloth so the wax of the step stands out.
        case step(Int, faded: Bool)
        /// After nglorod, no wax.
        case final
    }

    /// Cloth millimetres → page millimetres for a drawing of `window` at `scale` in `box`.
    static func clothToPage(window: Rect, scale: Double, box: Rect) -> AffineTransform {
        AffineTransform.translation(Vector(-window.minX, -window.minY)).then(.scale(scale))
            .then(.translation(Vector(box.minX, box.minY)))
    }

    /// Draws the cloth of `window` into the page rectangle `box` (top-left aligned; the box is the
    /// window at `scale`), with a thin frame. The cloth's own edge is drawn where the window
    /// reaches it.
    func drawCloth(on page: PageCanvas, window: Rect, scale: Double, box: Rect, state: ClothState, art: WorksheetArt)
        throws
    {
        let t = Self.clothToPage(window: window, scale: scale, box: box)
        let colours: [String: RGBColour]
        var step: ProcessStep?
        switch state {
        case .step(let index, _):
            step = plan.steps[index]
            colours = plan.steps[index].colours
        case .final:
            colours = plan.finalColours
        }
        let palette = Palette(cloth: motif.cloth, colours: colours, backgroundRecipe: art.background)
        let tileArt = try TileArt(marks: art.layout.tileMarks, palette: palette)
        try page.withTransform(t) {
            try page.withClip(window) {
                page.fillRect(window, colour: palette.background)
                for level in tileArt.levels {
                    for placement in art.layout.placements
                    where level.inkBounds.transformed(by: placement).intersects(window) {
                        page.context.setTransform(placement.then(page.transform).then(page.pageToDevice))
                        for mark in level.marks { page.context.draw(mark) }
                    }
                }
                if case .step(_, let faded) = state, faded {
                    page.fillRect(window, colour: .paper, alpha: Self.fade)
                }
                if let step, showsPencil(step) {
                    drawPencilLines(on: page, window: window, strong: step.kind == .nyorek, art: art)
                }
                if let step { try drawWax(of: step, on: page, window: window, box: box, art: art) }
            }
        }
        page.strokeRect(box, width: 0.3, colour: .ink)
        // The cloth's own edges, where the window reaches them: a heavier line.
        let area = plan.area
        let edges: [(Bool, Point, Point)] = [
            (window.minX <= area.minX, Point(box.minX, box.minY), Point(box.minX, box.maxY)),
            (window.minY <= area.minY, Point(box.minX, box.minY), Point(box.maxX, box.minY)),
            (window.maxX >= area.maxX, Point(box.maxX, box.minY), Point(box.maxX, box.maxY)),
            (window.maxY >= area.maxY, Point(box.minX, box.maxY), Point(box.maxX, box.maxY)),
        ]
        for (reached, a, b) in edges where reached { page.line(from: a, to: b, width: 1.0, colour: .ink) }
    }

    /// How much a faded cloth is whitened.
    static let fade = 0.45

    /// The pencil lines of nyorek show until the first bath covers them.
    func showsPencil(_ step: ProcessStep) -> Bool {
        step.kind != .nglorod && !step.kind.isBath && !hasBathBefore(step)
    }

    /// True when some bath comes before `step` (the pencil lines are then under dye and wax).
    func hasBathBefore(_ step: ProcessStep) -> Bool {
        guard let index = plan.steps.firstIndex(of: step) else { return false }
        return plan.steps[..<index].contains { $0.kind.isBath }
    }

    private func drawPencilLines(on page: PageCanvas, window: Rect, strong: Bool, art: WorksheetArt) {
        let paths = art.layout.tileMarks.map { CairoPath($0.path) }
        let bounds = art.layout.tileMarks.compactMap { $0.path.controlBounds }.reduce(nil as Rect?) {
            $0?.union($1) ?? $1
        }
        guard let bounds else { return }
        let c = LayerRenderer.pencil
        cairo_set_source_rgba(page.context.pointer, c.red, c.green, c.blue, strong ? 0.9 : 0.45)
        for placement in art.layout.placements where bounds.transformed(by: placement).intersects(window) {
            let t = placement.then(page.transform)
            page.context.setTransform(t.then(page.pageToDevice))
            page.context.setLineWidth((strong ? 0.25 : 0.15) / Self.scale(of: t))
            page.context.setDash([])
            for path in paths {
                page.context.newPath()
                page.context.append(path)
                page.context.stroke()
            }
        }
    }

    /// A repeating tile of `ground` crossed by one hatch line (1.6 page-mm period, 0.2 mm wide),
    /// drawn as vectors on a recording surface. The caller owns the returned pattern.
    static func hatchPattern(ground: RGBColour) -> OpaquePointer {
        let period = LayerRenderer.hatchPeriod
        var extents = cairo_rectangle_t(x: 0, y: 0, width: period, height: period)
        let tile = cairo_recording_surface_create(CAIRO_CONTENT_COLOR, &extents)!
        let cr = cairo_create(tile)!
        cairo_set_source_rgb(cr, ground.red, ground.green, ground.blue)
        cairo_paint(cr)
        let h = LayerRenderer.hatch
        cairo_set_source_rgb(cr, h.red, h.green, h.blue)
        cairo_set_line_width(cr, LayerRenderer.hatchWidth)
        // The line x + y = period and its neighbours through the corners, so tiles join.
        for c in [0.0, period, 2 * period] {
            cairo_move_to(cr, c - period - 0.1, period + 0.1)
            cairo_line_to(cr, c + 0.1, -0.1)
        }
        cairo_stroke(cr)
        cairo_destroy(cr)
        let pattern = cairo_pattern_create_for_surface(tile)!
        cairo_surface_destroy(tile)
        cairo_pattern_set_extend(pattern, CAIRO_EXTEND_REPEAT)
        return pattern
    }

    static func scale(of t: AffineTransform) -> Double {
        max((t.xx * t.xx + t.yx * t.yx).squareRoot(), 1e-9)
    }

    private func drawWax(of step: ProcessStep, on page: PageCanvas, window: Rect, box: Rect, art: WorksheetArt) throws {
        let context = page.context
        let cell = plan.cell
        // The wax reaches a little past its cell, so neighbouring cells overlap inside the group
        // (opaque there) and no hairline seam shows in a PDF viewer; its outline is clipped to
        // the cell, so the cut where it reaches past never shows. One path serves both, which
        // keeps the PDF small.
        let overlap = 0.3
        let oldWax = try art.aroundCell(step.waxed.filter { !step.added.contains($0) }, by: overlap)
        let newWax = try art.aroundCell(step.added, by: overlap)
        let scraped = try art.aroundCell(step.scraped, by: overlap)
        let cellPath = CairoPath(cell.region.path)
        let cells = plan.placements.filter { cell.bounds.outsetBy(overlap).transformed(by: $0).intersects(window) }
        let toDevice = { (p: AffineTransform) in p.then(page.transform).then(page.pageToDevice) }
        if oldWax != nil || newWax != nil {
            context.pushGroup()
            for (path, colour) in [(oldWax, LayerRenderer.wax), (newWax, LayerRenderer.newWax)] {
                guard let path else { continue }
                // A diagonal hatch in page millimetres tells wax from bare cloth of the same
                // colour: a tiling pattern, locked to the page, written once in the PDF.
                context.setTransform(page.pageToDevice)
                let pattern = Self.hatchPattern(ground: colour)
                cairo_set_source(context.pointer, pattern)
                cairo_pattern_destroy(pattern)
                for placement in cells {
                    context.setTransform(toDevice(placement))
                    context.newPath()
                    context.append(path)
                    context.fill()
                }
            }
            context.popGroupToSource()
            context.paint(alpha: newWax == nil ? 0.7 : 0.8)
        }
        for (path, colour, dashed, width) in [
            (newWax, LayerRenderer.newWaxOutline, false, 0.3), (scraped, LayerRenderer.scrapeOutline, true, 0.45),
        ] {
            guard let path else { continue }
            context.setSource(colour)
            for placement in cells {
                context.save()
                context.setTransform(toDevice(placement))
                context.newPath()
                context.append(cellPath)
                context.clip()
                context.newPath()
                context.append(path)
                let s = Self.scale(of: placement.then(page.transform))
                context.setLineWidth(width / s)
                context.setDash(dashed ? [1.4 / s, 0.9 / s] : [])
                context.stroke()
                context.restore()
            }
        }
        context.setDash([])
    }
}
