public import BatikGeometry
internal import CCairo
internal import CPango

extension PageCanvas {
    /// Where a text's box sits relative to the point it is drawn at: (0, 0) puts the box's top left
    /// on the point, (0.5, 0.5) its centre, (1, 1) its bottom right.
    public struct Anchor: Hashable, Sendable {
        public var x: Double
        public var y: Double
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
        public static let topLeft = Anchor(x: 0, y: 0)
        public static let top = Anchor(x: 0.5, y: 0)
        public static let topRight = Anchor(x: 1, y: 0)
        public static let left = Anchor(x: 0, y: 0.5)
        public static let centre = Anchor(x: 0.5, y: 0.5)
        public static let right = Anchor(x: 1, y: 0.5)
        public static let bottomLeft = Anchor(x: 0, y: 1)
        public static let bottom = Anchor(x: 0.5, y: 1)
        public static let bottomRight = Anchor(x: 1, y: 1)
    }

    /// Draws `text` with Pango, its box placed by `anchor` on `point` (current user space), wrapped
    /// at `width` page-millimetres if given, turned by `rotation` about the point. `markup` allows
    /// Pango markup (`<b>…</b>`); escape user text with `PageCanvas.escaped`. Returns the box's size
    /// in page millimetres.
    @discardableResult
    public func text(
        _ text: String, at point: Point, style: TextStyle, anchor: Anchor = .topLeft, width: Double? = nil,
        rotation: Angle = .zero, markup: Bool = false
    ) -> Size {
        let layout = makeLayout(text, style: style, width: width, markup: markup)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let box = layoutSize(layout, width: width)
        // The text is set in points, unscaled by any transform pushed for the drawing.
        let onPage = transform.apply(point)
        let placement = AffineTransform.translation(x: -anchor.x * box.width, y: -anchor.y * box.height)
            .then(.rotation(rotation))
            .then(.translation(onPage.vector))
        let toPoints = AffineTransform.scale(1 / pointsPerUnit).then(placement).then(pageToDevice)
        cairo_save(context.pointer)
        context.setTransform(toPoints)
        cairo_move_to(context.pointer, 0, 0)
        cairo_set_source_rgb(context.pointer, style.colour.red, style.colour.green, style.colour.blue)
        pango_cairo_update_layout(context.pointer, layout)
        pango_cairo_show_layout(context.pointer, layout)
        cairo_restore(context.pointer)
        return box
    }

    /// The size `text` would take, in page millimetres.
    public func measure(_ text: String, style: TextStyle, width: Double? = nil, markup: Bool = false) -> Size {
        let layout = makeLayout(text, style: style, width: width, markup: markup)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        return layoutSize(layout, width: width)
    }

    /// `text` made safe to put inside Pango markup.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c)
            }
        }
        return out
    }

    private func makeLayout(_ text: String, style: TextStyle, width: Double?, markup: Bool) -> OpaquePointer {
        let layout = pango_cairo_create_layout(context.pointer)!
        let pangoContext = pango_layout_get_context(layout)
        // 72 dots per inch: a font's size in points is then its size in the layout's units, which
        // are the page's points. Pango's default of 96 would print 9 pt text as 12 pt.
        pango_cairo_context_set_resolution(pangoContext, 72)
        // Unhinted metrics: the same layout whatever the output, so line breaks never depend on it.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(pangoContext, options)
        cairo_font_options_destroy(options)
        pango_layout_context_changed(layout)

        let font = pango_font_description_from_string(style.fontDescription)
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        if let width {
            pango_layout_set_width(layout, Int32((width * pointsPerUnit * Double(PANGO_SCALE)).rounded()))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        switch style.alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .centre: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        if markup {
            pango_layout_set_markup(layout, text, -1)
        } else {
            pango_layout_set_text(layout, text, -1)
        }
        return layout
    }

    /// The layout's box: as wide as the wrapping width when there is one (aligned lines sit inside
    /// it), else as wide as the text.
    private func layoutSize(_ layout: OpaquePointer, width wrapWidth: Double?) -> Size {
        var width: Int32 = 0
        var height: Int32 = 0
        pango_layout_get_size(layout, &width, &height)
        let points = 1 / (Double(PANGO_SCALE) * pointsPerUnit)
        return Size(wrapWidth ?? Double(width) * points, Double(height) * points)
    }
}
