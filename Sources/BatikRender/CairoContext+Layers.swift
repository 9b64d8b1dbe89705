internal import BatikGeometry
internal import BatikMotif
internal import CCairo

/// Drawing calls for stage layers: translucent wax over the cloth (drawn opaque into a group, then
/// painted with an alpha, so overlapping pieces do not darken), clipped outlines and dashes.
extension CairoContext {
    func save() { cairo_save(pointer) }
    func restore() { cairo_restore(pointer) }

    /// Starts drawing into an off-screen group the size of the target.
    func pushGroup() { cairo_push_group(pointer) }

    /// Ends the group and makes it the source.
    func popGroupToSource() { cairo_pop_group_to_source(pointer) }

    /// Paints the source over the clip with a constant opacity.
    func paint(alpha: Double) { cairo_paint_with_alpha(pointer, alpha) }

    /// Intersects the clip with the current path (which is consumed).
    func clip() { cairo_clip(pointer) }

    func resetClip() { cairo_reset_clip(pointer) }

    /// Dashes of `lengths` in user units for following strokes; empty for solid lines.
    func setDash(_ lengths: [Double]) {
        lengths.withUnsafeBufferPointer { cairo_set_dash(pointer, $0.baseAddress, Int32($0.count), 0) }
    }

    func strokePreservingPath() { cairo_stroke_preserve(pointer) }
}

extension CairoContext {
    /// A source of diagonal hatching (lines rising to the right, `period` user units apart,
    /// `lineWidth` wide) in `colour`, locked to the user space in effect now. Meant for a user
    /// space of whole device pixels: the tile is `period` pixels square and drawn unscaled, which
    /// pixman repeats quickly (a scaled repeating pattern is many times slower).
    func setHatchSource(period: Int, lineWidth: Double, colour: RGBColour) throws(CairoError) {
        let side = Int32(max(period, 2))
        guard let tile = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, side, side) else {
            throw CairoError(rawValue: CAIRO_STATUS_NO_MEMORY.rawValue)
        }
        defer { cairo_surface_destroy(tile) }
        try CairoError.check(cairo_surface_status(tile))
        let s = Double(side)
        if let cr = cairo_create(tile) {
            cairo_set_source_rgb(cr, colour.red, colour.green, colour.blue)
            cairo_set_line_width(cr, lineWidth)
            // The line x + y = s and its neighbours through the corners, so the tile repeats seamlessly.
            for c in [0.0, s, 2 * s] {
                cairo_move_to(cr, c - s - 1, s + 1)
                cairo_line_to(cr, c + 1, -1)
            }
            cairo_stroke(cr)
            let status = cairo_status(cr)
            cairo_destroy(cr)
            try CairoError.check(status)
        }
        guard let pattern = cairo_pattern_create_for_surface(tile) else {
            throw CairoError(rawValue: CAIRO_STATUS_NO_MEMORY.rawValue)
        }
        defer { cairo_pattern_destroy(pattern) }
        cairo_pattern_set_extend(pattern, CAIRO_EXTEND_REPEAT)
        cairo_pattern_set_filter(pattern, CAIRO_FILTER_NEAREST)
        cairo_set_source(pointer, pattern)
    }
}

extension CairoContext {
    enum Operator {
        /// Source over destination (the default).
        case over
        /// Source only where the destination has coverage, keeping the destination's alpha.
        case atop

        var cairo: cairo_operator_t { self == .over ? CAIRO_OPERATOR_OVER : CAIRO_OPERATOR_ATOP }
    }

    func setOperator(_ op: Operator) { cairo_set_operator(pointer, op.cairo) }
}
