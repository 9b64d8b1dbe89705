import BatikGeometry
import BatikRender
import BatikTestSupport
import BatikTrace
import Foundation
import Testing

@Suite("Tracing scanned pen drawings")
struct TracerTests {
    /// Millimetres per pixel of the test scans at 300 dpi.
    static let mm = 25.4 / 300

    /// Where a point of the scan lands in the traced drawing (centred on the ink box), in mm.
    static func cloth(_ p: Point, in scan: TestScan, mmPerPixel: Double = mm) -> Point {
        Point((p.x - scan.inkBox.centre.x) * mmPerPixel, (p.y - scan.inkBox.centre.y) * mmPerPixel)
    }

    @Test("the kawung scan traces to four ellipse lines and five filled discs where they were drawn")
    func kawung() throws {
        let scan = TestScan.kawung()
        try scan.saveForLooking("kawung-scan.png")
        let drawing = try Tracer.trace(scan.image, options: TraceOptions(scale: .dpi(300)))
        #expect(drawing.fills.count == 5, "\(drawing.fillBoxes)")
        #expect(drawing.lines.count == 4, "\(drawing.lineBoxes)")
        // Every filled disc is found at its place, its size within a pen width.
        for disc in scan.discs {
            let want = Self.cloth(disc.centre, in: scan)
            let match = drawing.fillBoxes.first { $0.centre.distance(to: want) < 0.5 }
            #expect(match != nil, "no fill near \(want)")
            if let match {
                #expect(abs(match.width - 2 * disc.r * Self.mm) < scan.penWidth * Self.mm, "\(match)")
            }
        }
        // Every ellipse's line (cut where the centre disc covers its inner end) is as wide as the
        // ellipse across, centred on it, and reaches its outer end.
        for e in scan.ellipses {
            let vertical = e.ry > e.rx
            let outward = vertical ? (e.centre.y < 300 ? -1.0 : 1.0) : (e.centre.x < 300 ? -1.0 : 1.0)
            let outer = Self.cloth(
                vertical
                    ? Point(e.centre.x, e.centre.y + outward * e.ry) : Point(e.centre.x + outward * e.rx, e.centre.y),
                in: scan)
            let across = 2 * min(e.rx, e.ry) * Self.mm
            let match = drawing.lineBoxes.first { box in
                let width = vertical ? box.width : box.height
                let middle = vertical ? box.centre.x : box.centre.y
                let end = vertical ? (outward < 0 ? box.minY : box.maxY) : (outward < 0 ? box.minX : box.maxX)
                return abs(width - across) < 0.4 && abs(middle - (vertical ? outer.x : outer.y)) < 0.4
                    && abs(end - (vertical ? outer.y : outer.x)) < 0.4
            }
            #expect(match != nil, "no line along the ellipse at \(e.centre): \(drawing.lineBoxes)")
        }
        // The pen was 6 px = 0.51 mm.
        #expect(abs(drawing.penWidth - 6 * Self.mm) < 1.5 * Self.mm, "pen \(drawing.penWidth)")
        #expect(abs(drawing.size.width - scan.inkBox.width * Self.mm) < 0.5, "\(drawing.size)")
    }

    @Test("the spiral and leaf trace to three lines, the spiral open, the leaf closed")
    func spiralAndLeaf() throws {
        let scan = TestScan.spiralAndLeaf()
        try scan.saveForLooking("spiral-scan.png")
        let drawing = try Tracer.trace(scan.image, options: TraceOptions(scale: .longerSide(300)))
        #expect(drawing.fills.isEmpty, "\(drawing.fillBoxes)")
        #expect(drawing.lines.count == 3, "\(drawing.lineBoxes)")
        #expect(drawing.lines.filter(\.isClosed).count == 1)
        // --size 30cm: the longer side of the drawing is 300 mm.
        #expect(abs(max(drawing.size.width, drawing.size.height) - 300) < 1e-6, "\(drawing.size)")
        let mmPerPixel = 300 / scan.inkBox.width
        let spiralEnd = Self.cloth(scan.openLines[0].last!, in: scan, mmPerPixel: mmPerPixel)
        let spiral = drawing.lines.first { !$0.isClosed && $0.length > 500 }
        #expect(spiral != nil)
        if let spiral {
            let ends = [spiral.points.first!, spiral.points.last!]
            #expect(ends.contains { $0.distance(to: spiralEnd) < 3 }, "spiral ends \(ends), drawn end \(spiralEnd)")
        }
    }

    @Test("tapering brush strokes stay filled shapes; even pen lines become lines")
    func brushStrokes() throws {
        let scan = TestScan.brushLeaves()
        try scan.saveForLooking("brush-scan.png")
        let drawing = try Tracer.trace(scan.image, options: TraceOptions(scale: .dpi(300)))
        #expect(drawing.lines.count == 2, "\(drawing.lineBoxes)")
        #expect(drawing.fills.count == 3, "\(drawing.fillBoxes)")
        // Each leaf keeps its length (160 px) as a filled shape, less the finest point of its tip,
        // which the blur fades below the threshold.
        for box in drawing.fillBoxes { #expect(abs(box.height - 160 * Self.mm) < 20 * Self.mm, "\(box)") }
    }

    @Test("a lattice of crossing pen lines comes out as straight lines on the lattice")
    func crossingLines() throws {
        let scan = TestScan.crossing()
        try scan.saveForLooking("crossing-scan.png")
        let drawing = try Tracer.trace(scan.image, options: TraceOptions(scale: .dpi(300)))
        // The lattice: lines at 60, 110, … 260 px both ways, from 60 to 260.
        let axes = (0..<5).map { 60 + 50 * Double($0) }
        var worst = 0.0, points = 0
        for line in drawing.lines {
            for p in line.points {
                let px = Point(p.x / Self.mm + scan.inkBox.centre.x, p.y / Self.mm + scan.inkBox.centre.y)
                guard px.x < 280, px.y < 280 else { continue }
                let dx = axes.map { abs(px.x - $0) }.min()!, dy = axes.map { abs(px.y - $0) }.min()!
                worst = max(worst, min(dx, dy) * Self.mm)
                points += 1
            }
        }
        #expect(points > 40)
        // Within a third of the pen's width (6 px = 0.51 mm) of the line drawn, junctions included.
        #expect(worst < 0.17, "worst \(worst) mm over \(points) points")
    }

    @Test("a JPEG of the scan traces like the PNG")
    func jpeg() throws {
        let scan = TestScan.kawung()
        let image = try ImageReader.read(try scan.jpeg(quality: 80))
        let drawing = try Tracer.trace(image, options: TraceOptions(scale: .dpi(300)))
        #expect(drawing.fills.count == 5)
        #expect(drawing.lines.count == 4)
    }

    @Test("specks of dust at most --despeckle pixels are gone; with --despeckle 0 they stay")
    func despeckle() throws {
        let scan = TestScan.spiralAndLeaf(specks: 30)
        let clean = try Tracer.trace(scan.image, options: TraceOptions(despeckle: 10, scale: .dpi(300)))
        #expect(clean.report.pieces == 3)
        let dusty = try Tracer.trace(scan.image, options: TraceOptions(despeckle: 0, scale: .dpi(300)))
        #expect(dusty.report.pieces >= 3 + 25, "\(dusty.report.pieces) pieces")
    }

    @Test("a photo taken at an angle comes out straight with --corners")
    func corners() throws {
        let scan = TestScan.kawung()
        let corners = Self.cameraCorners(page: 600, photo: Size(780, 700))
        let photo = scan.photographed(corners: corners, width: 780, height: 700)
        try photo.saveForLooking("kawung-photo.png")
        // Corners picked by hand miss by a few pixels: the table beyond must not trace as a frame.
        let picked = zip(corners, [(-3.0, -3.0), (3, -3), (3, 3), (-3, 3)]).map { Point($0.x + $1.0, $0.y + $1.1) }
        let straight = try Tracer.trace(photo.image, options: TraceOptions(scale: .longerSide(200), corners: picked))
        #expect(straight.fills.count == 5)
        #expect(straight.lines.count == 4)
        // The four corner dots form an upright square again: same rows, same columns, equal sides.
        let dots = straight.fillBoxes.filter { $0.width < 20 }.map(\.centre)
        #expect(dots.count == 4)
        if dots.count == 4 {
            let top = dots.filter { $0.y < 0 }, left = dots.filter { $0.x < 0 }
            #expect(top.count == 2 && left.count == 2)
            if top.count == 2, left.count == 2 {
                let side = abs(top[0].x - top[1].x)
                #expect(abs(top[0].y - top[1].y) < 0.02 * side, "\(top)")
                #expect(abs(left[0].x - left[1].x) < 0.02 * side, "\(left)")
                let height = abs(left[0].y - left[1].y)
                #expect(abs(height - side) < 0.1 * side, "sides \(side) × \(height)")
            }
        }
        // Without the corners the same dots are far from square: the tilted page looks shorter.
        let tilted = try Tracer.trace(photo.image, options: TraceOptions(scale: .longerSide(200)))
        let tiltedDots = tilted.fillBoxes.filter { $0.width < 20 }.map(\.centre)
        let xs = tiltedDots.map(\.x), ys = tiltedDots.map(\.y)
        if let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() {
            #expect((maxY - minY) < 0.9 * (maxX - minX), "\(tiltedDots)")
        }
    }

    /// Where the corners of a square page `page` pixels wide land in a photo taken by a pinhole
    /// camera (focal length 900 px, principal point at the photo's centre) with the page tilted
    /// 25° back and turned 12° to the side, 1400 px away.
    static func cameraCorners(page: Double, photo: Size) -> [Point] {
        let tilt = 25 * Double.pi / 180, turn = 12 * Double.pi / 180
        return [Point(0, 0), Point(page, 0), Point(page, page), Point(0, page)].map { p in
            var (x, y, z) = (p.x - page / 2, p.y - page / 2, 0.0)
            (y, z) = (y * cos(tilt) - z * sin(tilt), y * sin(tilt) + z * cos(tilt))
            (x, z) = (x * cos(turn) + z * sin(turn), -x * sin(turn) + z * cos(turn))
            z += 1400
            return Point(900 * x / z + photo.width / 2, 900 * y / z + photo.height / 2)
        }
    }

    @Test("the page's true proportions come back from a photo's corners")
    func proportions() {
        let corners = Self.cameraCorners(page: 600, photo: Size(780, 700))
        let aspect = PageProportions.aspect(corners: corners, photo: Size(780, 700))
        #expect(aspect != nil && abs(aspect! - 1) < 0.01, "\(String(describing: aspect)) from \(corners)")
        // A page seen straight on: the ratio of its sides.
        let flat = [Point(10, 20), Point(310, 20), Point(310, 220), Point(10, 220)]
        let ratio = PageProportions.aspect(corners: flat, photo: Size(400, 300))
        #expect(ratio != nil && abs(ratio! - 1.5) < 1e-9)
    }

    @Test("a blank page says there is nothing to trace")
    func blank() throws {
        let paper = RGBImage(width: 400, height: 300, fill: (219, 214, 204))
        #expect {
            try Tracer.trace(paper, options: TraceOptions(scale: .dpi(300)))
        } throws: { error in
            (error as? TraceError)?.kind == .nothingToTrace
                && (error as? TraceError)?.message.contains("blank") == true
        }
        // Paper with grain and noise only, no drawing.
        var grainy = RGBImage(width: 400, height: 300)
        var random = SplitMix64(seed: 9)
        for i in grainy.pixels.indices { grainy.pixels[i] = UInt8(210 + Int.random(in: -12...12, using: &random)) }
        #expect(throws: TraceError.self) { try Tracer.trace(grainy, options: TraceOptions(scale: .dpi(300))) }
    }

    @Test("an image over the pixel limit is refused before tracing")
    func pixelLimit() throws {
        let scan = TestScan.kawung()
        #expect {
            try Tracer.trace(scan.image, options: TraceOptions(scale: .dpi(300), maxPixels: 100_000))
        } throws: { error in
            (error as? TraceError)?.kind == .tooLarge && "\(error)".contains("600 × 600")
        }
    }

    @Test("a page of thousands of separate marks is refused before the lines are worked out")
    func tooManyMarks() throws {
        // 72 × 72 dots of 4 × 4 pixels, 8 pixels apart: 5184 pieces, above the 4000 allowed.
        var page = RGBImage(width: 576, height: 576, fill: (225, 220, 210))
        for j in 0..<72 {
            for i in 0..<72 {
                for v in 0..<4 { for u in 0..<4 { page[8 * i + 2 + u, 8 * j + 2 + v] = (40, 40, 60) } }
            }
        }
        #expect {
            try Tracer.trace(page, options: TraceOptions(scale: .dpi(300)))
        } throws: { error in
            (error as? TraceError)?.kind == .tooLarge && "\(error)".contains("5184 separate marks")
        }
    }

    @Test(
        "corners that are not a page are refused",
        arguments: [
            [Point(0, 0), Point(100, 0), Point(100, 100)],
            [Point(0, 0), Point(100, 0), Point(0, 100), Point(100, 100)],
            [Point(0, 0), Point(100, 0), Point(5000, 100), Point(0, 100)],
            [Point(0, 0), Point(50, 0), Point(100, 0), Point(0, 100)],
        ])
    func badCorners(corners: [Point]) throws {
        let scan = TestScan.kawung(specks: 0)
        #expect {
            try Tracer.trace(scan.image, options: TraceOptions(scale: .dpi(300), corners: corners))
        } throws: { error in
            (error as? TraceError)?.kind == .badCorners
        }
    }

    @Test("Otsu's threshold falls between the ink and the paper")
    func otsu() {
        var histogram = [Int](repeating: 0, count: 256)
        histogram[40] = 100
        histogram[50] = 300
        histogram[200] = 5000
        histogram[220] = 4000
        let level = OtsuThreshold.level(of: histogram)
        #expect(level != nil && level! >= 50 && level! < 200)
        var flat = [Int](repeating: 0, count: 256)
        flat[128] = 10
        #expect(OtsuThreshold.level(of: flat) == nil)
    }
}
