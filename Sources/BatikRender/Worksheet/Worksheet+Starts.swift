internal import BatikGeometry
internal import BatikMotif
internal import BatikWax

/// The canting strokes of a step over its drawing: each stroke's centreline, and for the first
/// strokes of each canting in the drawing a dot where the canting goes down, an arrow for the
/// direction and the stroke's number in the planned order. Numbers run on from one canting to
/// the next, so "1–16 klowong, 17–32 isen" reads as the order of work.
extension Worksheet {
    /// What the numbers of one canting's pass cover in a drawing.
    struct PassNumbers {
        var pass: CantingPass
        var row: CantingFigures.Row
        /// Strokes of the pass inside the drawing.
        var count: Int
        /// Number of its first stroke in the drawing (numbers run on across passes).
        var first: Int
        /// How many strokes carry their number.
        var shown: Int

    }

    /// At most this many numbers per canting in one drawing: more would hide the motif.
    static let numbersPerPass = 30

    /// Draws the strokes of step `index` that reach into `window` and numbers their starts.
    func drawStarts(step index: Int, on page: PageCanvas, window: Rect, scale: Double, box: Rect, art: WorksheetArt)
        -> [PassNumbers]
    {
        let t = Self.clothToPage(window: window, scale: scale, box: box)
        let seen = window.outsetBy(0.5)
        var result: [PassNumbers] = []
        var next = 1
        for (pass, row) in art.passes[index] ?? [] {
            let strokes = pass.strokes.filter { stroke in
                guard let bounds = Rect(enclosing: stroke.points) else { return false }
                return bounds.outsetBy(pass.tool.lineWidth / 2).intersects(seen)
            }
            result.append(PassNumbers(pass: pass, row: row, count: strokes.count, first: next, shown: 0))
            next += strokes.count
        }
        page.withClip(box) {
            // Centrelines first, under every number.
            for numbers in result {
                let lines = numbers.pass.strokes.filter { $0.kind == .line && $0.points.count > 1 }
                for stroke in lines {
                    guard let bounds = Rect(enclosing: stroke.points), bounds.intersects(seen) else { continue }
                    var path = BezierPath()
                    path.move(to: t.apply(stroke.points[0]))
                    for p in stroke.points.dropFirst() { path.line(to: t.apply(p)) }
                    if stroke.isClosed { path.close() }
                    page.stroke(path, width: 0.18, colour: Self.centreline, alpha: 0.75)
                }
            }
            var taken: [Rect] = []
            for k in result.indices {
                let strokes = result[k].pass.strokes.filter { stroke in
                    guard let bounds = Rect(enclosing: stroke.points) else { return false }
                    return bounds.outsetBy(result[k].pass.tool.lineWidth / 2).intersects(seen)
                }
                // Numbers go on the first strokes; one whose start is outside the drawing or has
                // no room for its number is passed over (the numbers still say the order).
                var shown = 0
                for (offset, stroke) in strokes.prefix(Self.numbersPerPass * 2).enumerated()
                where shown < Self.numbersPerPass {
                    let start = t.apply(stroke.start)
                    guard box.insetBy(0.5).contains(start),
                        let label = placeLabel(
                            result[k].first + offset, at: start, on: page, box: box, taken: &taken)
                    else { continue }
                    if stroke.kind == .line { drawDirection(of: stroke, through: t, on: page) }
                    page.fillCircle(centre: start, radius: 0.7, colour: .accent)
                    drawLabel(label.text, in: label.rect, on: page)
                    shown += 1
                }
                result[k].shown = shown
            }
        }
        return result
    }

    /// Dark brown for stroke centrelines: reads on wax yellow and on dyed cloth.
    static let centreline = RGBColour(hex: "#5a3208")!

    /// Finds a place for the number `n` beside `point` that stays in `box` and clear of earlier
    /// numbers; nil when there is none.
    private func placeLabel(_ n: Int, at point: Point, on page: PageCanvas, box: Rect, taken: inout [Rect])
        -> (text: String, rect: Rect)?
    {
        let text = String(n)
        let size = page.measure(text, style: Self.numberStyle)
        let w = size.width + 1.0
        let h = size.height + 0.3
        let gap = 0.9
        let candidates = [
            Point(point.x + gap, point.y - gap - h), Point(point.x - gap - w, point.y - gap - h),
            Point(point.x + gap, point.y + gap), Point(point.x - gap - w, point.y + gap),
            Point(point.x + gap + 0.4, point.y - h / 2), Point(point.x - gap - 0.4 - w, point.y - h / 2),
        ]
        for origin in candidates {
            let rect = Rect(origin: origin, size: Size(w, h))
            guard rect.minX >= box.minX, rect.maxX <= box.maxX, rect.minY >= box.minY, rect.maxY <= box.maxY,
                !taken.contains(where: { $0.outsetBy(0.2).intersects(rect) })
            else { continue }
            taken.append(rect)
            return (text, rect)
        }
        return nil
    }

    static let numberStyle = TextStyle(size: 6, weight: .bold, colour: .accent)

    private func drawLabel(_ text: String, in rect: Rect, on page: PageCanvas) {
        page.fillRect(rect, colour: .paper, alpha: 0.9)
        page.strokeRect(rect, width: 0.15, colour: .accent)
        page.text(text, at: rect.center, style: Self.numberStyle, anchor: .centre)
    }

    /// A short arrow from the start of a line along its first few page millimetres.
    private func drawDirection(of stroke: CantingStroke, through t: AffineTransform, on page: PageCanvas) {
        let wanted = 3.2
        var points = stroke.points.map(t.apply)
        if stroke.isClosed { points.append(points[0]) }
        var travelled = 0.0
        var end = points[0]
        for i in 1..<points.count {
            let d = points[i - 1].distance(to: points[i])
            if travelled + d >= wanted {
                end = points[i - 1] + (points[i] - points[i - 1]) * ((wanted - travelled) / max(d, 1e-9))
                travelled = wanted
                break
            }
            travelled += d
            end = points[i]
        }
        guard travelled > 0.8 else { return }
        page.arrow(from: points[0], to: end, width: 0.3, head: 1.3, colour: .accent)
    }
}
