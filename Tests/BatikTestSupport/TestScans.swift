import BatikGeometry
import CCairo
import Foundation

/// Pen drawings drawn with Cairo and then made to look scanned or photographed (grey paper, uneven
/// light, blur, noise, specks of dust), with what was drawn kept for the tracing tests to compare.
public struct TestScan: Sendable {
    public var width: Int
    public var height: Int
    /// RGB, three bytes a pixel, rows top to bottom.
    public var pixels: [UInt8]
    /// The pen's width in pixels.
    public var penWidth: Double
    /// Closed pen lines drawn, as ellipses: centre and semi-axes in pixels (axis-aligned).
    public var ellipses: [(centre: Point, rx: Double, ry: Double)]
    /// Filled discs: centre and radius in pixels.
    public var discs: [(centre: Point, r: Double)]
    /// Open pen lines drawn (the spiral, the leaf's middle vein), as points along them.
    public var openLines: [[Point]]
    /// The box around all the ink (pixels at least half covered), in pixels.
    public var inkBox: Rect
    /// Specks of dust added, each at most `speckArea` pixels.
    public var specks: Int
    public var speckArea: Int

    /// A kawung-like flower, 600 × 600 px (a 50.8 mm square at 300 dpi): four ellipse outlines
    /// around a filled centre disc that joins them, and a filled dot in each corner.
    public static func kawung(specks: Int = 40, seed: UInt64 = 1) -> TestScan {
        let pen = 6.0
        var ellipses: [(centre: Point, rx: Double, ry: Double)] = []
        for (dx, dy) in [(0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0)] {
            let vertical = dx == 0
            ellipses.append((Point(300 + 130 * dx, 300 + 130 * dy), vertical ? 55 : 105, vertical ? 105 : 55))
        }
        var discs: [(centre: Point, r: Double)] = [(Point(300, 300), 38)]
        for (dx, dy) in [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)] {
            discs.append((Point(300 + 200 * dx, 300 + 200 * dy), 14))
        }
        let coverage = draw(width: 600, height: 600) { cr in
            cairo_set_line_width(cr, pen)
            for e in ellipses {
                cairo_save(cr)
                cairo_translate(cr, e.centre.x, e.centre.y)
                cairo_scale(cr, e.rx, e.ry)
                cairo_arc(cr, 0, 0, 1, 0, 2 * Double.pi)
                cairo_restore(cr)
                cairo_stroke(cr)
            }
            for d in discs {
                cairo_arc(cr, d.centre.x, d.centre.y, d.r, 0, 2 * Double.pi)
                cairo_fill(cr)
            }
        }
        return degrade(
            coverage, width: 600, height: 600, pen: pen, ellipses: ellipses, discs: discs, openLines: [],
            specks: specks, seed: seed)
    }

    /// A line drawing, 640 × 480 px: an open spiral (ukel) on the left and a leaf on the right,
    /// its outline closed and its middle vein an open line that touches neither.
    public static func spiralAndLeaf(specks: Int = 40, seed: UInt64 = 2) -> TestScan {
        let pen = 5.0
        var spiral: [Point] = []
        let centre = Point(190, 240)
        let turns = 2.5
        for k in 0...400 {
            let t = Double(k) / 400
            let angle = t * turns * 2 * Double.pi
            let r = 12 + 118 * t
            spiral.append(Point(centre.x + r * cos(angle), centre.y + r * sin(angle)))
        }
        // The leaf: two circular arcs meeting in points at top (470, 80) and bottom (470, 400).
        let vein = [Point(470, 130), Point(470, 350)]
        let coverage = draw(width: 640, height: 480) { cr in
            cairo_set_line_width(cr, pen)
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_move_to(cr, spiral[0].x, spiral[0].y)
            for p in spiral.dropFirst() { cairo_line_to(cr, p.x, p.y) }
            cairo_stroke(cr)
            // Arcs through the tips bulging 90 px to each side: radius from chord 320, sagitta 90.
            let half = 160.0, sagitta = 90.0
            let r = (half * half + sagitta * sagitta) / (2 * sagitta)
            let a = asin(half / r)
            cairo_new_path(cr)
            cairo_arc(cr, 470 - (r - sagitta), 240, r, -a, a)
            cairo_arc(cr, 470 + (r - sagitta), 240, r, Double.pi - a, Double.pi + a)
            cairo_close_path(cr)
            cairo_stroke(cr)
            cairo_move_to(cr, vein[0].x, vein[0].y)
            cairo_line_to(cr, vein[1].x, vein[1].y)
            cairo_stroke(cr)
        }
        return degrade(
            coverage, width: 640, height: 480, pen: pen, ellipses: [], discs: [], openLines: [spiral, vein],
            specks: specks, seed: seed)
    }

    /// Two straight pen lines 6 px wide across a 600 × 400 page and, between them, three leaves
    /// painted as tapering blades (16 px at the base, a point at the tip, 160 px long), such as a
    /// brush or a marker makes: not lines a canting draws.
    public static func brushLeaves(seed: UInt64 = 3) -> TestScan {
        let pen = 6.0
        let lines = [[Point(60, 60), Point(540, 60)], [Point(60, 340), Point(540, 340)]]
        let coverage = draw(width: 600, height: 400) { cr in
            cairo_set_line_width(cr, pen)
            for l in lines {
                cairo_move_to(cr, l[0].x, l[0].y)
                cairo_line_to(cr, l[1].x, l[1].y)
                cairo_stroke(cr)
            }
            for k in 0..<3 {
                let x = 160 + 140 * Double(k)
                cairo_move_to(cr, x - 8, 280)
                cairo_line_to(cr, x + 8, 280)
                cairo_line_to(cr, x + 20, 120)
                cairo_close_path(cr)
                cairo_fill(cr)
            }
        }
        return degrade(
            coverage, width: 600, height: 400, pen: pen, ellipses: [], discs: [], openLines: lines, specks: 0,
            seed: seed)
    }

    /// A hand-drawn look: a lattice of crossing lines, a wavy line whose width wobbles between 4
    /// and 8 px, and a hatched square, 600 × 500 px.
    public static func crossing(seed: UInt64 = 4) -> TestScan {
        let coverage = draw(width: 600, height: 500) { cr in
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
            cairo_set_line_width(cr, 6)
            for k in 0..<5 {
                let v = 60 + 50 * Double(k)
                cairo_move_to(cr, 60, v); cairo_line_to(cr, 260, v)
                cairo_move_to(cr, v, 60); cairo_line_to(cr, v, 260)
            }
            cairo_stroke(cr)
            var x = 300.0
            while x < 560 {
                let w = 6 + 2 * sin(x / 13)
                cairo_set_line_width(cr, w)
                cairo_move_to(cr, x, 150 + 60 * sin(x / 40))
                cairo_line_to(cr, x + 4, 150 + 60 * sin((x + 4) / 40))
                cairo_stroke(cr)
                x += 4
            }
            cairo_set_line_width(cr, 6)
            cairo_rectangle(cr, 320, 300, 160, 140)
            cairo_stroke(cr)
            for k in 1..<8 {
                let t = 320 + 20 * Double(k)
                cairo_move_to(cr, t, 300); cairo_line_to(cr, t - 20 * Double(k) + 20 * Double(k) * 0.3, 440)
            }
            cairo_stroke(cr)
        }
        return degrade(
            coverage, width: 600, height: 500, pen: 6, ellipses: [], discs: [], openLines: [], specks: 20, seed: seed)
    }

    /// Ink coverage 0…1 per pixel of what `body` draws in black on white.
    static func draw(width: Int, height: Int, _ body: (OpaquePointer) -> Void) -> [Double] {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_set_source_rgb(cr, 0, 0, 0)
        body(cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        var coverage = [Double](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                // ARGB32 little-endian: blue first; black ink on white, so 1 − blue is the ink.
                coverage[y * width + x] = 1 - Double(data[y * stride + 4 * x]) / 255
            }
        }
        return coverage
    }

    /// Grey-beige paper lit unevenly (a fifth darker at the bottom right), blue-black ink, a
    /// 3 × 3 blur, ±12 levels of noise and `specks` dark specks of at most 4 pixels.
    static func degrade(
        _ coverage: [Double], width: Int, height: Int, pen: Double, ellipses: [(centre: Point, rx: Double, ry: Double)],
        discs: [(centre: Point, r: Double)], openLines: [[Point]], specks: Int, seed: UInt64
    ) -> TestScan {
        // The box around the drawing: pixels at least half covered, as a threshold sees them.
        var minX = width, minY = height, maxX = -1, maxY = -1
        for y in 0..<height {
            for x in 0..<width where coverage[y * width + x] >= 0.5 {
                minX = min(minX, x)
                maxX = max(maxX, x)
                minY = min(minY, y)
                maxY = max(maxY, y)
            }
        }
        let inkBox = Rect(
            x: Double(minX), y: Double(minY), width: Double(maxX + 1 - minX), height: Double(maxY + 1 - minY))
        var ink = coverage
        var random = SplitMix64(seed: seed)
        var placed = 0
        while placed < specks {
            let x = Int.random(in: 4..<(width - 6), using: &random),
                y = Int.random(in: 4..<(height - 6), using: &random)
            // Only on bare paper, away from the drawing, so the drawing itself is unchanged.
            var clear = true
            for v in (y - 4)...(y + 5) {
                for u in (x - 4)...(x + 5) where coverage[v * width + u] > 0 { clear = false }
            }
            guard clear else { continue }
            for (u, v) in [(0, 0), (1, 0), (0, 1), (1, 1)] { ink[(y + v) * width + x + u] = 1 }
            placed += 1
        }
        // Blur: 3 × 3 box.
        var blurred = ink
        for y in 0..<height {
            for x in 0..<width {
                var sum = 0.0, n = 0.0
                for v in max(0, y - 1)...min(height - 1, y + 1) {
                    for u in max(0, x - 1)...min(width - 1, x + 1) {
                        sum += ink[v * width + u]
                        n += 1
                    }
                }
                blurred[y * width + x] = sum / n
            }
        }
        let paper = (0.86, 0.84, 0.80), inkColour = (0.16, 0.17, 0.27)
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                let light = 1.0 - 0.2 * (Double(x) / Double(width) + Double(y) / Double(height)) / 2
                let c = blurred[y * width + x]
                let channels = [
                    (paper.0 * (1 - c) + inkColour.0 * c) * light, (paper.1 * (1 - c) + inkColour.1 * c) * light,
                    (paper.2 * (1 - c) + inkColour.2 * c) * light,
                ]
                for (k, value) in channels.enumerated() {
                    let noise = Double(Int.random(in: -12...12, using: &random))
                    pixels[(y * width + x) * 3 + k] = UInt8(max(0, min(255, (value * 255 + noise).rounded())))
                }
            }
        }
        return TestScan(
            width: width, height: height, pixels: pixels, penWidth: pen, ellipses: ellipses, discs: discs,
            openLines: openLines, inkBox: inkBox, specks: specks, speckArea: 4)
    }

    /// The scan photographed at an angle on a dark table: the page's corners land on `corners`
    /// (top-left, top-right, bottom-right, bottom-left) in a `width` × `height` photo.
    public func photographed(corners: [Point], width: Int, height: Int) -> TestScan {
        let page = [
            Point(0, 0), Point(Double(self.width), 0), Point(Double(self.width), Double(self.height)),
            Point(0, Double(self.height)),
        ]
        let toPage = Homography(from: corners, to: page)!
        var out = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                let i = (y * width + x) * 3
                guard let p = toPage.apply(Point(Double(x) + 0.5, Double(y) + 0.5)),
                    p.x >= 0, p.y >= 0, p.x < Double(self.width), p.y < Double(self.height)
                else {
                    out[i] = 70
                    out[i + 1] = 52
                    out[i + 2] = 40
                    continue
                }
                let j = (Int(p.y) * self.width + Int(p.x)) * 3
                out[i] = pixels[j]
                out[i + 1] = pixels[j + 1]
                out[i + 2] = pixels[j + 2]
            }
        }
        var copy = self
        copy.width = width
        copy.height = height
        copy.pixels = out
        return copy
    }
}
