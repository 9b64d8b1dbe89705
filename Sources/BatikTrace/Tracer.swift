public import BatikGeometry
import BatikMotif
public import BatikRender
import BatikWax
import Foundation

/// Traces a photo or scan of a pen drawing into a `TracedDrawing`: straighten (when corners are
/// given), grey, even out the lighting, threshold (Otsu unless given), despeckle and trace
/// (potrace), measure the pen, scale to the real size, split lines from filled areas.
/// See docs/trace.md.
public enum Tracer {
    public static func trace(_ image: RGBImage, options: TraceOptions) throws(TraceError) -> TracedDrawing {
        try checkPixels(width: image.width, height: image.height, limit: options.maxPixels, what: "the image")
        var grey = GreyImage(image)
        if let corners = options.corners {
            grey = try straighten(grey, corners: corners, limit: options.maxPixels)
        }
        if options.evenLighting { grey = grey.evenlyLit() }

        let threshold: UInt8
        if let given = options.threshold {
            threshold = given
        } else {
            threshold = try automaticThreshold(grey)
        }
        let mask = InkMask(grey, threshold: threshold)
        let inkPixels = mask.inkCount
        guard inkPixels > 0 else {
            throw TraceError(
                .nothingToTrace, "no pixel is as dark as the threshold \(threshold): there is nothing to trace",
                hint: "leave out --threshold to let batik choose, or give a higher one")
        }
        if inkPixels * 2 > mask.width * mask.height {
            throw TraceError(
                .nothingToTrace,
                "\(inkPixels * 100 / (mask.width * mask.height)) % of the picture is darker than the threshold \(threshold): that is the paper or a shadow, not a pen drawing",
                hint:
                    "photograph the drawing in even light, give the page's --corners to leave out the table, or a lower --threshold"
            )
        }

        var outlines: [TracedOutline]
        do {
            outlines = try Potrace.trace(mask, settings: Potrace.Settings(despeckle: options.despeckle))
        } catch {
            throw TraceError(.failed, error.message)
        }
        let traced = outlines.count
        if options.corners != nil {
            // Corners picked by hand miss the page's by a few pixels; what then touches the
            // straightened edge is the table or the page's shadow, not the drawing, which keeps
            // clear of the paper's edge.
            let w = Double(grey.width), h = Double(grey.height)
            outlines.removeAll { outline in
                guard let b = outline.exterior.bounds else { return true }
                return b.minX <= Self.edgeContact || b.minY <= Self.edgeContact || b.maxX >= w - Self.edgeContact
                    || b.maxY >= h - Self.edgeContact
            }
        }
        if outlines.isEmpty, traced > 0 {
            throw TraceError(
                .nothingToTrace, "every mark inside the corners touches the page's edge: there is nothing to trace",
                hint: "check the --corners: top-left, top-right, bottom-right, bottom-left of the page, in pixels")
        }
        guard !outlines.isEmpty else {
            throw TraceError(
                .nothingToTrace,
                "every mark on the page is a speck of at most \(options.despeckle) pixels: there is nothing to trace",
                hint: "give a smaller --despeckle")
        }
        guard outlines.count <= TraceLimits.outlines else {
            throw TraceError(
                .tooLarge,
                "the page has \(outlines.count) separate marks after despeckling; the limit is \(TraceLimits.outlines)",
                hint: "this looks like paper grain or noise: give a larger --despeckle, or a lower --threshold")
        }
        let segments = outlines.reduce(0) { $0 + $1.segmentCount }
        guard segments <= TraceLimits.segments else {
            throw TraceError(
                .tooLarge, "the tracing has \(segments) curve segments; the limit is \(TraceLimits.segments)",
                hint: "trace a simpler drawing, or a smaller scan")
        }

        let penPixels = PenWidth.pixels(in: mask) ?? 1
        let paths = outlines.map(\.path)
        let edgeLength = paths.reduce(0) { $0 + $1.length(tolerance: 0.5) }
        let samples = edgeLength / (penPixels / MedialAxis.samplesPerLineWidth)
        guard samples <= Double(TraceLimits.edgeSamples) else {
            throw TraceError(
                .tooLarge,
                "the ink's edges are \(Int(edgeLength)) pixels long for a pen \(Self.millimetres(penPixels)) pixels wide: \(Int(samples / 1000)) thousand samples to find the middle lines; the limit is \(TraceLimits.edgeSamples / 1000) thousand",
                hint: "trace a part of the drawing at a time, or scan at a lower resolution (150 dpi halves the work)")
        }
        guard let box = Rect(enclosing: paths.compactMap(\.bounds).flatMap { [$0.origin, Point($0.maxX, $0.maxY)] }),
            box.width > 0, box.height > 0
        else { throw TraceError(.nothingToTrace, "the traced marks have no extent: there is nothing to trace") }
        let mmPerPixel = options.scale.millimetresPerPixel(inkWidth: box.width, inkHeight: box.height)
        guard mmPerPixel.isFinite, mmPerPixel > 0 else {
            throw TraceError(.badSetting, "the size asked for gives no scale")
        }
        let size = Size(box.width * mmPerPixel, box.height * mmPerPixel)
        let largest = MotifLimits.tileSide.upperBound
        guard size.width <= largest, size.height <= largest else {
            throw TraceError(
                .badSetting,
                "the drawing would be \(millimetres(size.width)) × \(millimetres(size.height)) mm on the cloth; a motif tile is at most \(millimetres(largest)) mm a side",
                hint: "give a smaller --size, or the scan's true --dpi")
        }
        let centre = Point(box.origin.x + box.width / 2, box.origin.y + box.height / 2)
        let toCloth = AffineTransform.translation(x: -centre.x, y: -centre.y).then(.scale(mmPerPixel))
        let penWidth = penPixels * mmPerPixel

        let parts: LinesAndFills.Parts
        do {
            parts = try LinesAndFills.split(paths.map { $0.transformed(by: toCloth) }, penWidth: penWidth)
        } catch {
            throw TraceError(.failed, "the traced shapes could not be split into lines and areas: \(error.message)")
        }
        let elements = parts.fills.count + parts.lines.count
        guard elements <= TraceLimits.elements else {
            throw TraceError(
                .tooLarge, "the tracing gives \(elements) lines and areas; the limit is \(TraceLimits.elements)",
                hint: "give a larger --despeckle to drop small marks")
        }
        let report = TraceReport(
            width: grey.width, height: grey.height, threshold: threshold,
            thresholdIsAutomatic: options.threshold == nil,
            pieces: outlines.count, millimetresPerPixel: mmPerPixel, penWidthPixels: penPixels)
        return TracedDrawing(
            fills: parts.fills, lines: parts.lines, penWidth: penWidth, size: size,
            report: report)
    }

    /// Ink this close to the edge of a straightened page, in pixels, touches it.
    static let edgeContact = 1.5

    static func checkPixels(width: Int, height: Int, limit: Int, what: String) throws(TraceError) {
        guard width * height <= limit else {
            let mp = (Double(width) * Double(height) / 1e6).formatted(.number.precision(.fractionLength(1)))
            throw TraceError(
                .tooLarge,
                "\(what) is \(width) × \(height) pixels (\(mp) MP); tracing takes at most \((Double(limit) / 1e6).formatted()) MP",
                hint: "scan at 300 dpi, or scale the photo down")
        }
    }

    /// The page between `corners` as an upright rectangle.
    static func straighten(_ grey: GreyImage, corners: [Point], limit: Int) throws(TraceError) -> GreyImage {
        guard corners.count == 4 else {
            throw TraceError(
                .badCorners, "--corners needs four points (eight numbers), got \(corners.count)",
                hint: "top-left, top-right, bottom-right, bottom-left: --corners x1,y1,x2,y2,x3,y3,x4,y4")
        }
        let slack = 0.02 * Double(max(grey.width, grey.height))
        for (k, p) in corners.enumerated()
        where
            !(p.x >= -slack && p.y >= -slack && p.x <= Double(grey.width) + slack && p.y <= Double(grey.height) + slack)
        {
            throw TraceError(
                .badCorners,
                "corner \(k + 1) (\(millimetres(p.x)), \(millimetres(p.y))) is outside the \(grey.width) × \(grey.height) image",
                hint: "give the corners in pixels of the image, from its top-left")
        }
        guard isConvexClockwise(corners) else {
            throw TraceError(
                .badCorners, "the four corners do not go round the page as a four-sided shape",
                hint: "give them in the order top-left, top-right, bottom-right, bottom-left")
        }
        let (w, h) = GreyImage.straightenedSize(
            corners: corners, photo: Size(Double(grey.width), Double(grey.height)))
        try checkPixels(width: w, height: h, limit: limit, what: "the straightened page")
        guard var straight = grey.straightened(corners: corners, width: w, height: h) else {
            throw TraceError(
                .badCorners, "three of the four corners lie on one line", hint: "give the page's four corners")
        }
        return straight
    }

    /// True for a convex quadrilateral visited clockwise on the screen (y down): every turn has the
    /// same sign and a real size.
    static func isConvexClockwise(_ q: [Point]) -> Bool {
        let area = Polyline(q, isClosed: true).signedArea
        let scale = q.map { abs($0.x) + abs($0.y) }.max() ?? 1
        guard area > 1e-6 * scale * scale else { return false }
        for i in 0..<4 {
            let a = q[i], b = q[(i + 1) % 4], c = q[(i + 2) % 4]
            let cross = (b - a).dx * (c - b).dy - (b - a).dy * (c - b).dx
            if cross <= 0 { return false }
        }
        return true
    }

    /// Otsu's level, refused when the two classes are too alike to be ink and paper.
    static func automaticThreshold(_ grey: GreyImage) throws(TraceError) -> UInt8 {
        let histogram = grey.histogram
        let blank = TraceError(
            .nothingToTrace, "the page looks blank: nothing on it is clearly darker than the paper",
            hint: "check that this is the right file; for a very faint pencil drawing give --threshold (e.g. 200)")
        guard let level = OtsuThreshold.level(of: histogram) else { throw blank }
        var n0 = 0.0, s0 = 0.0, n1 = 0.0, s1 = 0.0
        for (g, count) in histogram.enumerated() {
            if g <= Int(level) {
                n0 += Double(count)
                s0 += Double(g * count)
            } else {
                n1 += Double(count)
                s1 += Double(g * count)
            }
        }
        guard n0 > 0, n1 > 0, s1 / n1 - s0 / n0 >= TraceOptions.minimumContrast else { throw blank }
        return level
    }

    static func millimetres(_ v: Double) -> String { v.formatted(.number.precision(.fractionLength(0...1))) }
}
