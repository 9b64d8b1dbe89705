public import BatikGeometry
internal import BatikMotif
public import BatikWax

extension MotifPracticeSheet {
    /// Colours of the passes' numbers and starts, in order: outlines red, isen blue, then green
    /// and purple, so two cantings in one step read apart.
    static let passColours: [RGBColour] = [
        .accent, .registration, RGBColour(red: 0.1, green: 0.5, blue: 0.2), RGBColour(red: 0.5, green: 0.2, blue: 0.6),
    ]

    /// The model box and the practice box, in page millimetres.
    public var boxes: (model: Rect, practice: Rect) {
        let side = plan.area.width
        let m = PracticeSheet.margin
        let top = PracticeSheet.contentTop + 12
        let gap = paper.size.width - 2 * m - 2 * side
        let model = Rect(x: m, y: top, width: side, height: plan.area.height)
        let practice = Rect(x: m + side + max(6, gap), y: top, width: side, height: plan.area.height)
        return (model, practice)
    }

    /// Streams the one-page PDF to `sink`.
    public func write(to sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        let document = try PDFDocument(firstPage: paper.size, metadata: metadata, sink: sink)
        try document.page(size: paper.size, label: motif.name) { canvas in draw(on: canvas) }
        try document.finish()
    }

    private func draw(on canvas: PageCanvas) {
        let m = PracticeSheet.margin
        let size = paper.size
        let width = size.width - 2 * m
        canvas.text(
            "\(PracticeWording.documentTitle[language]) · \(motif.name)", at: Point(m, 9), style: .title, width: width)
        canvas.text(intro, at: Point(m, 17.5), style: .body, width: width)
        canvas.text(
            PracticeWording.legend[language], at: Point(m, 28), style: TextStyle.small.with(colour: .accent),
            width: width)

        let (model, practice) = boxes
        let caption = TextStyle.tiny.with(colour: .pencil)
        canvas.text(
            PracticeWording.example[language], at: Point(model.minX, model.minY - 0.8), style: caption,
            anchor: .bottomLeft)
        canvas.text(
            PracticeWording.yourTurn[language], at: Point(practice.minX, practice.minY - 0.8), style: caption,
            anchor: .bottomLeft)
        canvas.strokeRect(model, width: 0.2, colour: .pencil, alpha: 0.7)
        canvas.strokeRect(practice, width: 0.3, colour: .pencil)
        let enlarged = enlargement
        let toModel = AffineTransform.translation(model.origin - plan.area.origin)
        canvas.withClip(model) {
            canvas.withTransform(toModel) { drawStrokes(on: canvas, numbers: enlarged == nil) }
        }
        // The practice frame: the outlines as faint dots to trace over, as on a pola.
        canvas.withClip(practice) {
            canvas.withTransform(.translation(practice.origin - plan.area.origin)) {
                for pass in shownPasses where pass.stepName == StepKind.nglowong.rawValue {
                    for stroke in pass.strokes where stroke.kind == .line {
                        canvas.stroke(
                            BezierPath.polygon(stroke.points, closed: stroke.isClosed), width: 0.3, colour: .pencil,
                            alpha: 0.6, dash: [0.01, 1.4])
                    }
                }
            }
        }
        var legendTop = model.maxY + 6
        if let enlarged {
            let factor = LocalizedText.number(enlarged.scale)[language]
            canvas.text(
                language == .id
                    ? "Urutan goresan, diperbesar \(factor)× (bukan ukuran asli: berlatihlah pada ukuran asli di atas)"
                    : "Stroke order, enlarged \(factor)× (not actual size: practise at actual size above)",
                at: Point(enlarged.frame.minX, enlarged.frame.minY - 0.8), style: TextStyle.small.with(colour: .pencil),
                anchor: .bottomLeft)
            canvas.strokeRect(enlarged.frame, width: 0.2, colour: .pencil, alpha: 0.7)
            let toEnlarged = AffineTransform.translation(Point.zero - plan.area.origin)
                .then(.scale(enlarged.scale)).then(.translation(enlarged.frame.origin.vector))
            canvas.withClip(enlarged.frame) {
                canvas.withTransform(toEnlarged) { drawStrokes(on: canvas, numbers: true) }
            }
            legendTop = enlarged.frame.maxY + 4
        }
        drawLegend(on: canvas, top: legendTop)
        let rulerY = size.height - 22
        canvas.ruler(at: Point(m, rulerY), language: language)
        canvas.text(
            PracticeWording.rulerNote[language], at: Point(m + PageCanvas.rulerLength + 9, rulerY - 0.5),
            style: TextStyle.tiny.with(colour: .pencil), width: size.width - 2 * m - PageCanvas.rulerLength - 9)
        canvas.footer(
            title: metadata.title, page: 1, of: 1, language: language, left: m, right: size.width - m,
            bottom: size.height - 7)
    }

    /// What the sheet shows, and that it is at true scale (or a crop of a repeat too big).
    var intro: String {
        let side = LocalizedText.number(plan.area.width)[language]
        let repeatSide = LocalizedText.number(max(motif.tile.size.width, motif.tile.size.height))[language]
        if isCrop {
            return language == .id
                ? "Potongan \(side) × \(side) mm dari satu ulangan (\(repeatSide) mm) yang lebih besar dari kertas — tetap skala 1:1, tidak diperkecil. Goresan bernomor menurut urutan yang disarankan: tepi dulu, lalu isen."
                : "A \(side) × \(side) mm crop of one repeat (\(repeatSide) mm), which is larger than the paper — still at 1:1, not shrunk. Strokes are numbered in the recommended order: outlines first, then the isen."
        }
        return language == .id
            ? "\(side) × \(side) mm motif pada skala 1:1 (ulangan \(repeatSide) mm). Goresan bernomor menurut urutan yang disarankan: tepi dulu, lalu isen."
            : "\(side) × \(side) mm of the motif at 1:1 (repeat \(repeatSide) mm). Strokes are numbered in the recommended order: outlines first, then the isen."
    }

    /// Room kept under the drawings for the legend of passes.
    static let legendHeight = 26.0

    /// The enlarged order guide under the true-scale boxes, when the page has room to show it
    /// at least 1.5× (numbers on a small motif at 1:1 would cover its lines): its frame in page
    /// millimetres and its scale, in halves.
    public var enlargement: (frame: Rect, scale: Double)? {
        let m = PracticeSheet.margin
        let top = boxes.model.maxY + 10
        let height = paper.size.height - PracticeSheet.bottomBand - Self.legendHeight - top
        let width = paper.size.width - 2 * m
        let scale = (min(width / plan.area.width, height / plan.area.height, 4) * 2).rounded(.down) / 2
        guard scale >= 1.5 else { return nil }
        let size = Size(plan.area.width * scale, plan.area.height * scale)
        return (Rect(x: (paper.size.width - size.width) / 2, y: top, width: size.width, height: size.height), scale)
    }

    private func drawStrokes(on canvas: PageCanvas, numbers: Bool) {
        var number = 1
        for (p, pass) in shownPasses.enumerated() {
            let colour = Self.passColours[p % Self.passColours.count]
            let lines = pass.strokes.filter { $0.kind == .line }
            let width = pass.tool.lineWidth
            // Every line is drawn before any number, so a later grey line never covers a number.
            for stroke in lines {
                canvas.stroke(
                    BezierPath.polygon(stroke.points, closed: stroke.isClosed), width: width * canvas.userScale,
                    colour: .pencil, alpha: PageCanvas.modelAlpha)
            }
            for run in Self.runs(of: pass.strokes) {
                let first = pass.strokes[run.lowerBound]
                if first.kind == .dab {
                    canvas.practiceDots(
                        pass.strokes[run].map(\.start), tool: pass.tool, number: numbers ? number + run.lowerBound : nil,
                        lead: Vector(-1, -1).normalized,
                        leadIn: false, colour: colour)
                } else {
                    canvas.practiceLine(
                        first.points, closed: first.isClosed, width: width, number: numbers ? number + run.lowerBound : nil,
                        lead: -direction(of: first), leadIn: false, colour: colour, arrowEvery: 18)
                }
            }
            number += pass.strokes.count
        }
    }

    private func direction(of stroke: CantingStroke) -> Vector {
        for p in stroke.points.dropFirst() where p.distance(to: stroke.start) > 1e-6 { return (p - stroke.start).normalized }
        return Vector(1, 0)
    }

    /// Index ranges of the strokes that get one number: every line alone; dabs in runs, a run
    /// breaking where the hand jumps more than twice the usual step (a new row or shape).
    static func runs(of strokes: [CantingStroke]) -> [Range<Int>] {
        var gaps: [Double] = []
        for i in strokes.indices.dropFirst() where strokes[i].kind == .dab && strokes[i - 1].kind == .dab {
            gaps.append(strokes[i - 1].start.distance(to: strokes[i].start))
        }
        let typical = gaps.sorted().dropFirst(gaps.count / 2).first ?? 0
        var runs: [Range<Int>] = []
        var start = 0
        for i in strokes.indices.dropFirst() {
            let joined = strokes[i].kind == .dab && strokes[i - 1].kind == .dab
                && strokes[i - 1].start.distance(to: strokes[i].start) <= 2 * typical
            if !joined {
                runs.append(start..<i)
                start = i
            }
        }
        if !strokes.isEmpty { runs.append(start..<strokes.count) }
        return runs
    }

    private func drawLegend(on canvas: PageCanvas, top: Double) {
        let m = PracticeSheet.margin
        let width = paper.size.width - 2 * m
        var y = top
        var number = 1
        for (p, pass) in shownPasses.enumerated() {
            let colour = Self.passColours[p % Self.passColours.count]
            let last = number + pass.strokes.count - 1
            let d = LocalizedText.number(pass.tool.spoutDiameter, decimals: 2)[language]
            let dabs = pass.strokes.allSatisfy { $0.kind == .dab }
            let what: String
            switch (language, dabs) {
            case (.id, true): what = "titik; angka di titik pertama setiap baris"
            case (.id, false): what = "garis; satu angka per goresan"
            case (.en, true): what = "dots; a number on the first dot of each row"
            case (.en, false): what = "lines; one number per stroke"
            }
            let spout = language == .id ? "cucuk" : "spout"
            let text = "\(number)–\(last)  \(pass.stepName) · canting \(pass.tool.name) · \(spout) \(d) mm — \(what)"
            canvas.fillCircle(centre: Point(m + 1.2, y + 1.8), radius: 1.1, colour: colour)
            let box = canvas.text(text, at: Point(m + 4, y), style: TextStyle.body.with(colour: colour), width: width - 4)
            y += box.height + 1.5
            number = last + 1
        }
        canvas.text(PracticeWording.afterwards[language], at: Point(m, y + 1), style: TextStyle.small.with(colour: .pencil), width: width)
    }
}
