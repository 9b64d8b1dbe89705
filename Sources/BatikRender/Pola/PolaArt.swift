internal import BatikGeometry
internal import BatikMotif
internal import CCairo

/// The lines of a pola, drawn once: one recording per draw order of the tile, placed on each sheet
/// where the sheet shows it, and one recording of the whole cloth for the reduced overview. The PDF
/// holds the tile's lines once and each placement as a short reference (a whole kain of kawung
/// stays well under a megabyte), and a sheet refers only to the tiles it shows, so a viewer or a
/// printer draws a page of the pola as fast as a page of text.
///
/// Lines are drawn as a tracer needs them: every shape's edge in black, shapes painted in order
/// with white inside so that a shape hides the lines of what lies under it (as the cloth will),
/// isen-isen lighter and finer, or left out.
final class PolaArt {
    /// The cloth's lines in cloth millimetres, clipped to the cloth.
    let cloth: CairoSurface
    let area: Rect
    /// Each field's tile recordings by draw order (with their tile-local ink bounds), its
    /// placements, and the rectangle it is cut to (nil: one motif over the whole cloth).
    private let fields: [(levels: [(surface: CairoSurface, ink: Rect)], placements: [AffineTransform], clip: Rect?)]

    /// Width of a pola line on paper: a 2B pencil line is about this wide.
    static let lineWidth = 0.35
    static let isenWidth = 0.25
    static let lineColour = RGBColour(red: 0, green: 0, blue: 0)
    static let isenColour = RGBColour(red: 0.5, green: 0.5, blue: 0.5)

    convenience init(layout: MotifLayout, includeIsen: Bool) throws {
        try self.init(fields: [layout], area: layout.area, clipped: false, includeIsen: includeIsen)
    }

    /// The pola of a whole-cloth composition: every field's lines cut to its rectangle (the
    /// layout's `area`), and each rectangle's edge drawn as a line, where a field meets the next.
    convenience init(fields: [MotifLayout], area: Rect, includeIsen: Bool) throws {
        try self.init(fields: fields, area: area, clipped: true, includeIsen: includeIsen)
    }

    private init(fields layouts: [MotifLayout], area: Rect, clipped: Bool, includeIsen: Bool) throws {
        self.area = area
        var fields: [(levels: [(surface: CairoSurface, ink: Rect)], placements: [AffineTransform], clip: Rect?)] = []
        for layout in layouts {
            var levels: [(surface: CairoSurface, ink: Rect)] = []
            var start = 0
            let marks = layout.tileMarks
            while start < marks.count {
                var end = start
                while end < marks.count && marks[end].order == marks[start].order { end += 1 }
                let level = marks[start..<end].filter { includeIsen || $0.kind == .shape }
                start = end
                guard let ink = Self.inkBounds(of: level) else { continue }
                let surface = try CairoSurface.recording(extents: ink)
                let context = try CairoContext(surface: surface)
                context.setRoundLineEnds()
                context.setFillRule(.winding)
                for mark in level { Self.draw(mark, in: context) }
                try context.check()
                levels.append((surface, ink))
            }
            fields.append((levels, layout.placements, clipped ? layout.area : nil))
        }
        self.fields = fields

        cloth = try CairoSurface.recording(extents: Rect(x: 0, y: 0, width: area.width, height: area.height))
        let context = try CairoContext(surface: cloth)
        cairo_rectangle(context.pointer, 0, 0, area.width, area.height)
        cairo_clip(context.pointer)
        let toCloth = AffineTransform.translation(-area.origin.vector)
        let clothBox = Rect(x: 0, y: 0, width: area.width, height: area.height)
        for field in fields {
            let box = field.clip.map { Rect(origin: $0.origin - area.origin.vector, size: $0.size) } ?? clothBox
            cairo_save(context.pointer)
            cairo_rectangle(context.pointer, box.minX, box.minY, box.width, box.height)
            cairo_clip(context.pointer)
            for level in field.levels {
                for placement in field.placements {
                    let t = placement.then(toCloth)
                    guard level.ink.transformed(by: t).intersects(box) else { continue }
                    context.setTransform(t)
                    cairo_set_source_surface(context.pointer, level.surface.pointer, 0, 0)
                    cairo_paint(context.pointer)
                }
            }
            cairo_restore(context.pointer)
        }
        Self.drawEdges(of: fields.compactMap(\.clip), offset: area.origin.vector, in: context)
        try context.check()
    }

    /// Paints the part of the cloth inside `window` (cloth millimetres) with `clothToPage`: the
    /// tile recordings whose ink meets the window, clipped to the window, the cloth and each field.
    func paint(window: Rect, clothToPage: AffineTransform, on page: PageCanvas) {
        let clothBox = Rect(x: 0, y: 0, width: area.width, height: area.height)
        guard let visible = window.intersection(clothBox) else { return }
        let toCloth = AffineTransform.translation(-area.origin.vector)
        page.withTransform(clothToPage) {
            page.withClip(visible) {
                for field in fields {
                    let box = field.clip.map { Rect(origin: $0.origin - area.origin.vector, size: $0.size) } ?? clothBox
                    guard let shown = box.intersection(visible) else { continue }
                    page.withClip(shown) {
                        for level in field.levels {
                            for placement in field.placements {
                                let t = placement.then(toCloth)
                                guard level.ink.transformed(by: t).intersects(shown) else { continue }
                                page.paint(level.surface, transform: t)
                            }
                        }
                    }
                }
                let clips = fields.compactMap(\.clip)
                if !clips.isEmpty {
                    Self.drawEdges(of: clips, offset: area.origin.vector, in: page.context)
                }
            }
        }
    }

    /// The edges of the fields of a composition, as pola lines: where the border, the papan and
    /// the tumpal rows begin.
    private static func drawEdges(of boxes: [Rect], offset: Vector, in context: CairoContext) {
        guard !boxes.isEmpty else { return }
        context.newPath()
        for b in boxes { cairo_rectangle(context.pointer, b.minX - offset.dx, b.minY - offset.dy, b.width, b.height) }
        context.setSource(lineColour)
        context.setLineWidth(lineWidth)
        context.stroke()
    }

    private static func inkBounds(of marks: some Collection<Mark>) -> Rect? {
        marks.compactMap { mark in mark.path.controlBounds?.outsetBy(max(mark.outline?.width ?? 0, 1)) }
            .reduce(nil as Rect?) { $0?.union($1) ?? $1 }
    }

    private static func draw(_ mark: Mark, in context: CairoContext) {
        context.newPath()
        switch mark.kind {
        case .shape:
            context.append(CairoPath(mark.path))
            if mark.fill != nil {
                context.setSource(.paper)
                context.fillPreservingPath()
            }
            context.setSource(lineColour)
            context.setLineWidth(lineWidth)
            context.stroke()
        case .isenLine:
            context.append(CairoPath(mark.path))
            context.setSource(isenColour)
            context.setLineWidth(isenWidth)
            context.stroke()
        case .isenDot:
            // A dab of the canting: a dot as wide as its spout's line, at least visible.
            context.append(CairoPath(mark.path))
            context.setSource(isenColour)
            context.setLineWidth(max(mark.outline?.width ?? 0.8, 0.6))
            context.stroke()
        }
    }
}
