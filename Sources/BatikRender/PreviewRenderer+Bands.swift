internal import BatikGeometry
internal import BatikMotif
internal import CCairo
internal import Dispatch
internal import Foundation

extension PreviewRenderer {
    /// Threads that draw bands: the machine's cores, at most four (beyond that the PNG writer,
    /// which compresses on one thread, is the bottleneck and more bands in flight only cost memory).
    public static let defaultThreads: Int = {
        max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
    }()

    /// A field made ready for drawing bands: its ground, where each level's ink lands, and, decided
    /// once for the whole image, which placements are copied from which stamp. Read-only while
    /// bands are drawn, so any number of threads may share it.
    struct PreparedField {
        var field: FieldDrawing
        var background: RGBColour
        /// Where each level's ink lands on the cloth, per placement, in millimetres.
        var inkOnCloth: [[Rect]]
        /// Per level and placement: the stamp to copy, or nil to draw the marks.
        var stamps: [[TileStamps.Stamp?]]
        /// The field's rectangle in whole image pixels (x0, y0, x1, y1), when clipped.
        var pixels: (Int, Int, Int, Int)?
    }

    /// Draws the fields band by band and calls `band` with each band's RGB rows, in order from the
    /// top, on the calling thread. Bands are drawn on `threads` threads at once (each its own
    /// surface and context), at most `threads + 1` bands ahead of the one being handed over. Each
    /// clipped field paints its ground and its tiles inside its rectangle, snapped to whole pixels
    /// so that neighbouring fields meet without a seam.
    ///
    /// Every band is drawn from a cleared surface with the same state and the same stamps (chosen
    /// before the first band, in one fixed order), so a band's pixels do not depend on which
    /// thread drew it or what it drew before: the output is the same with any number of threads.
    func drawBands(
        fields: [FieldDrawing], area: Rect, size: PixelSize,
        band: (_ rgb: UnsafeRawBufferPointer, _ top: Int, _ rows: Int) throws -> Void
    ) throws {
        let s = Self.pixelsPerMillimetre(dpi: dpi)
        let rowsPerBand = min(bandHeight, size.height)
        let bandCount = (size.height + rowsPerBand - 1) / rowsPerBand
        let prepared = try prepare(fields: fields, area: area, size: size)
        let painter = BandPainter(
            fields: prepared, clothToImage: BatikGeometry.AffineTransform.translation(-area.origin.vector).then(.scale(s)),
            area: area, scale: s, size: size, rowsPerBand: rowsPerBand,
            clear: prepared.contains { $0.pixels != nil })

        let workers = max(1, min(threads, bandCount))
        if workers == 1 {
            let canvas = try painter.canvas()
            var rgb = [UInt8](repeating: 0, count: size.width * 3 * rowsPerBand)
            for index in 0..<bandCount {
                let (top, rows) = painter.rows(of: index)
                try rgb.withUnsafeMutableBytes { try painter.draw(band: index, on: canvas, into: $0) }
                try rgb.withUnsafeBytes { try band(UnsafeRawBufferPointer(rebasing: $0[0..<rows * size.width * 3]), top, rows) }
            }
            return
        }
        let pipeline = BandPipeline(
            painter: painter, bandCount: bandCount, workers: workers, slots: workers + 1,
            slotBytes: size.width * 3 * rowsPerBand)
        try pipeline.run { index, rgb in
            let (top, rows) = painter.rows(of: index)
            try band(UnsafeRawBufferPointer(rebasing: rgb[0..<rows * size.width * 3]), top, rows)
        }
    }

    /// Chooses every placement's stamp once, before any band, in field, level, placement order.
    private func prepare(fields: [FieldDrawing], area: Rect, size: PixelSize) throws -> [PreparedField] {
        let s = Self.pixelsPerMillimetre(dpi: dpi)
        let clothToImage = BatikGeometry.AffineTransform.translation(-area.origin.vector).then(.scale(s))
        // The image on the cloth, grown by a pixel for antialiased edges: what any band can show.
        let imageArea = Rect(
            x: area.minX - 1 / s, y: area.minY - 1 / s, width: (Double(size.width) + 2) / s,
            height: (Double(size.height) + 2) / s)
        return try fields.map { field -> PreparedField in
            let layout = field.layout
            var pixels: (Int, Int, Int, Int)?
            if field.clipped {
                let box = layout.area
                func px(_ v: Double) -> Int { Int(v.rounded()) }
                pixels = (
                    px((box.minX - area.minX) * s), px((box.minY - area.minY) * s), px((box.maxX - area.minX) * s),
                    px((box.maxY - area.minY) * s)
                )
            }
            let ink = field.art.levels.map { level in layout.placements.map { level.inkBounds.transformed(by: $0) } }
            // Stamps pay when tiles repeat: not for a handful of placements.
            let stamps = useStamps && layout.placements.count >= Self.stampThreshold ? TileStamps(art: field.art) : nil
            var chosen: [[TileStamps.Stamp?]] = []
            for levelIndex in field.art.levels.indices {
                var row = [TileStamps.Stamp?](repeating: nil, count: layout.placements.count)
                if let stamps {
                    for (placementIndex, placement) in layout.placements.enumerated()
                    where ink[levelIndex][placementIndex].intersects(imageArea) {
                        row[placementIndex] = try stamps.stamp(level: levelIndex, transform: placement.then(clothToImage))
                    }
                }
                chosen.append(row)
            }
            return PreparedField(
                field: field, background: TileArt.quantised(field.palette.background), inkOnCloth: ink, stamps: chosen,
                pixels: pixels)
        }
    }
}

/// One thread's band surface and its Cairo context, set up the same way for every band.
final class BandCanvas {
    let surface: CairoSurface
    let context: CairoContext

    init(width: Int, rows: Int) throws {
        surface = try CairoSurface.image(width: width, height: rows)
        context = try CairoContext(surface: surface)
        context.setAntialias(.good)
        context.setFillRule(.winding)
        context.setRoundLineEnds()
    }
}

/// Draws one band of prepared fields on a canvas and converts it to RGB. Holds only read-only
/// data (paths, stamps, boxes), so one painter serves every drawing thread.
struct BandPainter: @unchecked Sendable {
    let fields: [PreviewRenderer.PreparedField]
    let clothToImage: BatikGeometry.AffineTransform
    let area: Rect
    let scale: Double
    let size: PixelSize
    let rowsPerBand: Int
    /// Clear the band first: clipped fields need not cover the whole image.
    let clear: Bool

    func canvas() throws -> BandCanvas { try BandCanvas(width: size.width, rows: rowsPerBand) }

    /// The band's first row and its number of rows.
    func rows(of index: Int) -> (top: Int, rows: Int) {
        let top = index * rowsPerBand
        return (top, min(rowsPerBand, size.height - top))
    }

    func draw(band index: Int, on canvas: BandCanvas, into rgb: UnsafeMutableRawBufferPointer) throws {
        let (top, rows) = rows(of: index)
        let context = canvas.context
        let s = scale
        let device = clothToImage.then(.translation(x: 0, y: -Double(top)))
        // The band on the cloth, grown by a pixel for antialiased edges.
        let bandArea = Rect(
            x: area.minX - 1 / s, y: area.minY + (Double(top) - 1) / s,
            width: (Double(size.width) + 2) / s, height: (Double(rows) + 2) / s)
        context.setTransform(.identity)
        if clear { context.clear() }
        for p in fields {
            context.setTransform(.identity)
            if let (x0, y0, x1, y1) = p.pixels {
                guard y1 > top, y0 < top + rows, x1 > x0 else { continue }
                context.save()
                context.newPath()
                context.rectangle(x: Double(x0), y: Double(y0 - top), width: Double(x1 - x0), height: Double(y1 - y0))
                context.clip()
            }
            context.setSource(p.background)
            context.paint()
            for (levelIndex, level) in p.field.art.levels.enumerated() {
                for (placementIndex, placement) in p.field.layout.placements.enumerated()
                where p.inkOnCloth[levelIndex][placementIndex].intersects(bandArea) {
                    if let stamp = p.stamps[levelIndex][placementIndex] {
                        context.paint(stamp.surface, x: stamp.x, y: stamp.y - top, width: stamp.width, height: stamp.height)
                    } else {
                        context.setTransform(placement.then(device))
                        for mark in level.marks { context.draw(mark) }
                    }
                }
            }
            if p.pixels != nil {
                context.setTransform(.identity)
                context.restore()
            }
        }
        try context.check()
        try canvas.surface.flush()
        canvas.surface.withImageData { argb in
            ARGB32.convertToRGB(argb, stride: canvas.surface.imageStride, width: size.width, rows: rows, into: rgb)
        }
    }
}

/// Bands drawn on worker threads and handed over in order on the calling thread.
///
/// A window of `slots` RGB buffers bounds memory: a worker takes the next band only when fewer
/// than `slots` bands are started but not yet handed over, so band k + slots is never started
/// before band k has been handed over, and band k can use buffer k mod slots. One condition
/// guards everything (a `DispatchSemaphore` must not be released short of its start value, which
/// an early error would do).
final class BandPipeline: @unchecked Sendable {
    private let painter: BandPainter
    private let bandCount: Int
    private let workers: Int
    private let slots: Int
    private let buffers: [UnsafeMutableRawBufferPointer]
    private let condition = NSCondition()
    private var next = 0
    /// Bands handed over so far.
    private var delivered = 0
    private var cancelled = false
    private var finished: [Int: (any Error)?] = [:]

    init(painter: BandPainter, bandCount: Int, workers: Int, slots: Int, slotBytes: Int) {
        self.painter = painter
        self.bandCount = bandCount
        self.workers = workers
        self.slots = slots
        buffers = (0..<slots).map { _ in .allocate(byteCount: slotBytes, alignment: 16) }
    }

    deinit { for b in buffers { b.deallocate() } }

    func run(deliver: (_ band: Int, _ rgb: UnsafeRawBufferPointer) throws -> Void) throws {
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) { self.work() }
        }
        defer {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
            group.wait()
        }
        for index in 0..<bandCount {
            condition.lock()
            while finished[index] == nil { condition.wait() }
            let error = finished.removeValue(forKey: index)!
            condition.unlock()
            if let error { throw error }
            try deliver(index, UnsafeRawBufferPointer(buffers[index % slots]))
            condition.lock()
            delivered += 1
            condition.broadcast()
            condition.unlock()
        }
    }

    private func work() {
        var canvas: BandCanvas?
        var setupError: (any Error)?
        do {
            canvas = try painter.canvas()
        } catch {
            setupError = error
        }
        while true {
            condition.lock()
            while !cancelled && next < bandCount && next - delivered >= slots { condition.wait() }
            guard !cancelled, next < bandCount else {
                condition.unlock()
                return
            }
            let index = next
            next += 1
            condition.unlock()
            var failure = setupError
            if let canvas {
                do {
                    try painter.draw(band: index, on: canvas, into: buffers[index % slots])
                } catch {
                    failure = error
                }
            }
            condition.lock()
            finished[index] = .some(failure)
            condition.broadcast()
            condition.unlock()
        }
    }
}
