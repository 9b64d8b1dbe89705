public import BatikGeometry
public import BatikMotif
internal import CCairo

/// Draws one page of a document in millimetres on the paper (origin at the top left, y down).
///
/// Every length is in millimetres except text sizes (points, `TextStyle`); a transform pushed with
/// `withTransform` maps a drawing's own units (the cloth's millimetres, scaled for an overview)
/// onto the page. Line widths are given in page millimetres whatever the transform, so a hairline
/// stays a hairline on a reduced overview.
public final class PageCanvas {
    let context: CairoContext
    /// The paper, in millimetres.
    public let size: Size
    /// Current user space (millimetres of whatever is drawn) → page millimetres.
    private(set) var transform: AffineTransform = .identity

    /// Typographic points per unit of the page: 72/25.4 on a PDF page in millimetres; 1 on an
    /// image measured in pixels (text sizes are then pixels, as at 72 DPI).
    let pointsPerUnit: Double
    /// Page units → the surface's device units (PDF points, or pixels).
    let pageToDevice: AffineTransform

    init(context: CairoContext, size: Size, pointsPerUnit: Double = PDFDocument.pointsPerMillimetre) {
        self.context = context
        self.size = size
        self.pointsPerUnit = pointsPerUnit
        self.pageToDevice = .scale(pointsPerUnit)
        context.setRoundLineEnds()
        context.setFillRule(.winding)
    }

    /// How much a length in the current user space grows on the page (for line widths).
    var userScale: Double { ((transform.xx * transform.xx + transform.yx * transform.yx).squareRoot()
        + (transform.xy * transform.xy + transform.yy * transform.yy).squareRoot()) / 2 }

    /// Runs `body` with `t` applied before the current transform; restores the clip and transform.
    public func withTransform<R>(_ t: AffineTransform, _ body: () throws -> R) rethrows -> R {
        let saved = transform
        transform = t.then(transform)
        cairo_save(context.pointer)
        defer {
            cairo_restore(context.pointer)
            transform = saved
        }
        return try body()
    }

    /// Runs `body` with drawing clipped to `rect` (current user space).
    public func withClip<R>(_ rect: Rect, _ body: () throws -> R) rethrows -> R {
        cairo_save(context.pointer)
        defer { cairo_restore(context.pointer) }
        applyTransform()
        cairo_new_path(context.pointer)
        cairo_rectangle(context.pointer, rect.minX, rect.minY, rect.width, rect.height)
        cairo_clip(context.pointer)
        return try body()
    }

    func applyTransform() { context.setTransform(transform.then(pageToDevice)) }

    private func source(_ colour: RGBColour, alpha: Double) {
        cairo_set_source_rgba(context.pointer, colour.red, colour.green, colour.blue, alpha)
    }

    private func strokeStyle(width: Double, colour: RGBColour, alpha: Double, dash: [Double]) {
        source(colour, alpha: alpha)
        let scale = max(userScale, 1e-9)
        context.setLineWidth(width / scale)
        let pattern = dash.map { $0 / scale }
        cairo_set_dash(context.pointer, pattern, Int32(pattern.count), 0)
    }

    /// Strokes `path` `width` page-millimetres wide.
    public func stroke(
        _ path: BezierPath, width: Double, colour: RGBColour = .ink, alpha: Double = 1, dash: [Double] = []
    ) {
        applyTransform()
        context.newPath()
        context.append(CairoPath(path))
        strokeStyle(width: width, colour: colour, alpha: alpha, dash: dash)
        context.stroke()
    }

    public func fill(_ path: BezierPath, colour: RGBColour, alpha: Double = 1) {
        applyTransform()
        context.newPath()
        context.append(CairoPath(path))
        source(colour, alpha: alpha)
        context.fill()
    }

    public func line(
        from a: Point, to b: Point, width: Double, colour: RGBColour = .ink, alpha: Double = 1, dash: [Double] = []
    ) {
        applyTransform()
        cairo_new_path(context.pointer)
        cairo_move_to(context.pointer, a.x, a.y)
        cairo_line_to(context.pointer, b.x, b.y)
        strokeStyle(width: width, colour: colour, alpha: alpha, dash: dash)
        context.stroke()
    }

    public func strokeRect(_ r: Rect, width: Double, colour: RGBColour = .ink, alpha: Double = 1, dash: [Double] = []) {
        applyTransform()
        cairo_new_path(context.pointer)
        cairo_rectangle(context.pointer, r.minX, r.minY, r.width, r.height)
        strokeStyle(width: width, colour: colour, alpha: alpha, dash: dash)
        context.stroke()
    }

    public func fillRect(_ r: Rect, colour: RGBColour, alpha: Double = 1) {
        applyTransform()
        cairo_new_path(context.pointer)
        cairo_rectangle(context.pointer, r.minX, r.minY, r.width, r.height)
        source(colour, alpha: alpha)
        context.fill()
    }

    public func fillCircle(centre: Point, radius: Double, colour: RGBColour, alpha: Double = 1) {
        applyTransform()
        cairo_new_path(context.pointer)
        cairo_arc(context.pointer, centre.x, centre.y, radius, 0, 2 * .pi)
        source(colour, alpha: alpha)
        context.fill()
    }

    public func strokeCircle(centre: Point, radius: Double, width: Double, colour: RGBColour = .ink, dash: [Double] = []) {
        applyTransform()
        cairo_new_path(context.pointer)
        cairo_arc(context.pointer, centre.x, centre.y, radius, 0, 2 * .pi)
        strokeStyle(width: width, colour: colour, alpha: 1, dash: dash)
        context.stroke()
    }

    /// A line from `a` to `b` ending in a filled arrowhead `head` page-millimetres long.
    public func arrow(from a: Point, to b: Point, width: Double, head: Double = 2.2, colour: RGBColour = .ink) {
        let length = (b - a).length
        guard length > 0 else { return }
        let scale = max(userScale, 1e-9)
        let h = min(head / scale, length)
        let u = (b - a) / length
        let n = Vector(-u.dy, u.dx)
        let base = b - u * h
        line(from: a, to: base + u * (h * 0.2), width: width, colour: colour)
        var tip = BezierPath()
        tip.move(to: b)
        tip.line(to: base + n * (h * 0.45))
        tip.line(to: base - n * (h * 0.45))
        tip.close()
        fill(tip, colour: colour)
    }

    /// A registration crosshair: a circle and a cross `radius` page-millimetres, centred on `p`.
    public func crosshair(at p: Point, radius: Double = 3, colour: RGBColour = .registration) {
        let r = radius / max(userScale, 1e-9)
        line(from: p - Vector(r * 1.4, 0), to: p + Vector(r * 1.4, 0), width: 0.15, colour: colour)
        line(from: p - Vector(0, r * 1.4), to: p + Vector(0, r * 1.4), width: 0.15, colour: colour)
        strokeCircle(centre: p, radius: r, width: 0.15, colour: colour)
        strokeCircle(centre: p, radius: r * 0.45, width: 0.15, colour: colour)
    }
}

extension PageCanvas {
    /// Paints a recording surface with `t` (the recording's units → current user space) applied.
    func paint(_ recording: CairoSurface, transform t: AffineTransform = .identity) {
        withTransform(t) {
            applyTransform()
            cairo_set_source_surface(context.pointer, recording.pointer, 0, 0)
            cairo_paint(context.pointer)
        }
    }
}
