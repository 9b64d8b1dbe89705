import BatikGeometry
import CCairo

/// Product photos drawn with Cairo for the photo-template tests: a blank white T-shirt laid flat
/// on a plain beige backdrop, lit from the top left, with folds, a soft contact shadow and a
/// little sensor noise, so mask, shading and scale can be checked against what was drawn.
public struct TestPhoto: Sendable {
    public var width: Int
    public var height: Int
    /// RGB, three bytes a pixel, rows top to bottom.
    public var pixels: [UInt8]
    /// The drawn silhouette: true where the shirt is (pixel centre inside the outline).
    public var silhouette: [Bool]
    /// The silhouette's pixel box: minX, minY, maxX, maxY (inclusive).
    public var silhouetteBounds: (minX: Int, minY: Int, maxX: Int, maxY: Int)
    /// Pixels on a dark fold line and beside it, on the flat body, for shading checks.
    public var onFold: (x: Int, y: Int)
    public var offFold: (x: Int, y: Int)

    /// A white T-shirt, `width` × `height` pixels (4:3 or so works best).
    ///
    /// - Parameters:
    ///   - folds: draw the creases (a long diagonal fold through the body, smaller ones at the sleeves).
    ///   - noise: ± levels of sensor noise (deterministic).
    public static func shirt(width: Int = 480, height: Int = 400, folds: Bool = true, noise: Int = 2) -> TestPhoto {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        let w = Double(width), h = Double(height)
        let s = min(w / 480, h / 400)
        cairo_translate(cr, w / 2, h / 2)
        cairo_scale(cr, s, s)
        cairo_translate(cr, -240, -200)

        // Backdrop: beige wall, a little brighter at the top left.
        let wall = cairo_pattern_create_linear(0, 0, 480, 400)!
        cairo_pattern_add_color_stop_rgb(wall, 0, 0.882, 0.847, 0.780)
        cairo_pattern_add_color_stop_rgb(wall, 1, 0.852, 0.816, 0.748)
        cairo_save(cr)
        cairo_identity_matrix(cr)
        cairo_scale(cr, w / 480, h / 400)
        cairo_set_source(cr, wall)
        cairo_paint(cr)
        cairo_restore(cr)
        cairo_pattern_destroy(wall)

        func outline() {
            cairo_new_path(cr)
            cairo_move_to(cr, 190, 70)  // left shoulder at the neck
            cairo_curve_to(cr, 205, 95, 275, 95, 290, 70)  // neckline
            cairo_line_to(cr, 350, 88)  // right shoulder
            cairo_line_to(cr, 402, 150)  // right sleeve top
            cairo_line_to(cr, 360, 182)  // right sleeve end
            cairo_line_to(cr, 336, 160)  // right armpit
            cairo_curve_to(cr, 334, 230, 338, 300, 342, 338)  // right side
            cairo_curve_to(cr, 280, 346, 200, 346, 138, 338)  // hem
            cairo_curve_to(cr, 142, 300, 146, 230, 144, 160)  // left side
            cairo_line_to(cr, 120, 182)  // left sleeve end
            cairo_line_to(cr, 78, 150)  // left sleeve top
            cairo_line_to(cr, 130, 88)  // left shoulder
            cairo_close_path(cr)
        }

        // A soft contact shadow: the outline a little lower and right, faint, in a few rings.
        for k in 0..<4 {
            cairo_save(cr)
            cairo_translate(cr, 3 + Double(k), 4 + Double(k))
            outline()
            cairo_set_source_rgba(cr, 0.25, 0.2, 0.15, 0.035)
            cairo_set_line_width(cr, Double(2 + 2 * k))
            cairo_stroke_preserve(cr)
            cairo_fill(cr)
            cairo_restore(cr)
        }

        // The shirt: white, with a broad light falloff to the bottom right.
        outline()
        let light = cairo_pattern_create_linear(100, 60, 380, 360)!
        cairo_pattern_add_color_stop_rgb(light, 0, 0.975, 0.975, 0.968)
        cairo_pattern_add_color_stop_rgb(light, 1, 0.90, 0.90, 0.895)
        cairo_set_source(cr, light)
        cairo_fill_preserve(cr)
        cairo_pattern_destroy(light)
        cairo_save(cr)
        cairo_clip(cr)
        if folds {
            // Soft creases: wide faint strokes under narrow darker ones, a highlight beside.
            func crease(_ points: [(Double, Double)], dark: Double, highlight: Bool) {
                func path(_ dx: Double, _ dy: Double) {
                    cairo_new_path(cr)
                    cairo_move_to(cr, points[0].0 + dx, points[0].1 + dy)
                    cairo_curve_to(
                        cr, points[1].0 + dx, points[1].1 + dy, points[2].0 + dx, points[2].1 + dy, points[3].0 + dx,
                        points[3].1 + dy)
                }
                // Stacked strokes, wide and faint to narrow: a soft, roughly Gaussian valley.
                cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
                for width in [30.0, 22, 16, 11, 7, 4, 2] {
                    path(0, 0)
                    cairo_set_source_rgba(cr, 0.42, 0.42, 0.44, 0.022 * dark)
                    cairo_set_line_width(cr, width)
                    cairo_stroke(cr)
                }
                if highlight {
                    for width in [16.0, 9, 4] {
                        path(12, -5)
                        cairo_set_source_rgba(cr, 1, 1, 1, 0.16)
                        cairo_set_line_width(cr, width)
                        cairo_stroke(cr)
                    }
                }
            }
            crease([(170, 120), (210, 190), (250, 250), (300, 320)], dark: 3, highlight: true)
            crease([(300, 110), (290, 150), (300, 200), (318, 240)], dark: 1.5, highlight: false)
            crease([(104, 150), (110, 154), (118, 158), (126, 163)], dark: 1.2, highlight: false)
            crease([(376, 150), (370, 154), (362, 158), (354, 163)], dark: 1.2, highlight: false)
            crease([(160, 318), (200, 326), (250, 328), (320, 322)], dark: 1, highlight: false)
        }
        cairo_restore(cr)
        cairo_surface_flush(surface)

        // Pixels, with noise.
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        var rng = SplitMix64(seed: 2024)
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                let word = UnsafeRawPointer(data + y * stride).load(fromByteOffset: 4 * x, as: UInt32.self)
                let channels = [Int(word >> 16 & 0xFF), Int(word >> 8 & 0xFF), Int(word & 0xFF)]
                let n = noise > 0 ? Int(rng.next() % UInt64(2 * noise + 1)) - noise : 0
                for c in 0..<3 { pixels[3 * (y * width + x) + c] = UInt8(min(max(channels[c] + n, 0), 255)) }
            }
        }

        // The silhouette, by asking Cairo whether each pixel centre is inside the outline.
        outline()
        var silhouette = [Bool](repeating: false, count: width * height)
        var box = (minX: Int.max, minY: Int.max, maxX: -1, maxY: -1)
        for y in 0..<height {
            for x in 0..<width {
                var ux = Double(x) + 0.5, uy = Double(y) + 0.5
                cairo_device_to_user(cr, &ux, &uy)
                if cairo_in_fill(cr, ux, uy) != 0 {
                    silhouette[y * width + x] = true
                    box = (min(box.minX, x), min(box.minY, y), max(box.maxX, x), max(box.maxY, y))
                }
            }
        }
        func device(_ x: Double, _ y: Double) -> (x: Int, y: Int) {
            var dx = x, dy = y
            cairo_user_to_device(cr, &dx, &dy)
            return (Int(dx), Int(dy))
        }
        return TestPhoto(
            width: width, height: height, pixels: pixels, silhouette: silhouette, silhouetteBounds: box,
            onFold: device(231.25, 220), offFold: device(200, 260))
    }
}
