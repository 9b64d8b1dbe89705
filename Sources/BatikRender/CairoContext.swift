internal import BatikGeometry
internal import BatikMotif
internal import CCairo

/// Owns a `cairo_t` drawing on a `CairoSurface` (kept alive as long as the context).
///
/// Drawing calls do not return a status: Cairo makes the context sticky-failed on the first error
/// and ignores what follows, so `check()` after a batch of drawing is enough and cheaper than a
/// check per call.
final class CairoContext {
    let pointer: OpaquePointer
    let surface: CairoSurface

    init(surface: CairoSurface) throws(CairoError) {
        guard let pointer = cairo_create(surface.pointer) else {
            throw CairoError(rawValue: CAIRO_STATUS_NO_MEMORY.rawValue)
        }
        self.pointer = pointer
        self.surface = surface
        try check()
    }

    deinit { cairo_destroy(pointer) }

    func check() throws(CairoError) {
        try CairoError.check(cairo_status(pointer))
    }

    /// Replaces the current transform (user space → device pixels).
    func setTransform(_ t: AffineTransform) {
        var m = cairo_matrix_t(xx: t.xx, yx: t.yx, xy: t.xy, yy: t.yy, x0: t.x0, y0: t.y0)
        cairo_set_matrix(pointer, &m)
    }

    /// A solid source colour (sRGB, opaque).
    func setSource(_ colour: RGBColour) {
        cairo_set_source_rgb(pointer, colour.red, colour.green, colour.blue)
    }

    func setAntialias(_ antialias: Antialias) { cairo_set_antialias(pointer, antialias.cairo) }

    func setFillRule(_ rule: FillRule) {
        cairo_set_fill_rule(pointer, rule == .winding ? CAIRO_FILL_RULE_WINDING : CAIRO_FILL_RULE_EVEN_ODD)
    }

    /// Round caps and joins: the end of a canting line is the round drop of wax from its spout.
    func setRoundLineEnds() {
        cairo_set_line_cap(pointer, CAIRO_LINE_CAP_ROUND)
        cairo_set_line_join(pointer, CAIRO_LINE_JOIN_ROUND)
    }

    /// The width of the next stroke, in user-space units at the time of the stroke.
    func setLineWidth(_ width: Double) { cairo_set_line_width(pointer, width) }

    /// Makes the whole surface transparent (ignoring the clip's shape only if there is none).
    func clear() {
        cairo_save(pointer)
        cairo_set_operator(pointer, CAIRO_OPERATOR_CLEAR)
        cairo_paint(pointer)
        cairo_restore(pointer)
    }

    /// Fills the whole clip with the source.
    func paint() { cairo_paint(pointer) }

    func newPath() { cairo_new_path(pointer) }
    func append(_ path: CairoPath) { path.append(to: pointer) }
    func fill() { cairo_fill(pointer) }
    func fillPreservingPath() { cairo_fill_preserve(pointer) }
    func rectangle(x: Double, y: Double, width: Double, height: Double) { cairo_rectangle(pointer, x, y, width, height) }
    func stroke() { cairo_stroke(pointer) }

    enum FillRule {
        case winding
        case evenOdd
    }

    enum Antialias {
        case none
        case good

        var cairo: cairo_antialias_t { self == .none ? CAIRO_ANTIALIAS_NONE : CAIRO_ANTIALIAS_GOOD }
    }
}

extension CairoContext {
    /// Copies an image surface (with its alpha, OVER) to whole-pixel position (x, y) in device
    /// space, without resampling.
    func paint(_ image: CairoSurface, x: Int, y: Int, width: Int, height: Int) {
        cairo_save(pointer)
        cairo_identity_matrix(pointer)
        cairo_set_source_surface(pointer, image.pointer, Double(x), Double(y))
        cairo_new_path(pointer)
        cairo_rectangle(pointer, Double(x), Double(y), Double(width), Double(height))
        cairo_fill(pointer)
        cairo_restore(pointer)
    }
}
