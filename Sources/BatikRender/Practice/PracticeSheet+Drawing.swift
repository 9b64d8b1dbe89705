public import BatikGeometry
internal import BatikMotif
internal import BatikWax

extension PracticeSheet {
    /// How much help the practice band gives, by level: the first levels are traced over faint
    /// dotted lines, the middle ones start from marked points, the last is done freehand.
    enum Guidance {
        case dottedStrokes
        case startPoints
        case frameOnly

        init(level: Int) {
            self = level <= 2 ? .dottedStrokes : level <= 4 ? .startPoints : .frameOnly
        }
    }

    /// Streams the PDF to `sink`.
    public func write(to sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        let pages = self.pages
        let document = try PDFDocument(firstPage: paper.size, metadata: metadata, sink: sink)
        for (index, page) in pages.enumerated() {
            try document.page(size: paper.size, label: label(of: page)) { canvas in
                drawHeader(page, on: canvas)
                for placed in page.drills { draw(placed, on: canvas) }
                drawBottom(page: index + 1, of: pages.count, on: canvas)
            }
        }
        try document.finish()
    }

    private func drawHeader(_ page: Page, on canvas: PageCanvas) {
        let m = Self.margin
        let width = paper.size.width - 2 * m
        var title = "\(PracticeWording.level[language]) \(page.level): " + PracticeDrill.levelTitle(page.level)[language]
        if page.part > 1 { title += " (\(page.part))" }
        // One line always: a long title (English, narrow paper) is set smaller rather than wrapped.
        var style = TextStyle.title
        while canvas.measure(title, style: style).width > width, style.size > 10 { style.size -= 1 }
        canvas.text(title, at: Point(m, 9), style: style)
        canvas.text(
            PracticeDrill.levelPurpose(page.level)[language], at: Point(m, 17.5), style: .body, width: width)
        canvas.text(
            PracticeWording.legend[language], at: Point(m, 23.5), style: TextStyle.small.with(colour: .accent),
            width: width)
        canvas.line(from: Point(m, 30), to: Point(m + width, 30), width: 0.2, colour: .pencil)
    }

    private func drawBottom(page: Int, of pages: Int, on canvas: PageCanvas) {
        let m = Self.margin
        let size = paper.size
        let rulerY = size.height - 22
        canvas.ruler(at: Point(m, rulerY), language: language)
        canvas.text(
            PracticeWording.rulerNote[language], at: Point(m + PageCanvas.rulerLength + 9, rulerY - 0.5),
            style: TextStyle.tiny.with(colour: .pencil), width: size.width - 2 * m - PageCanvas.rulerLength - 9)
        canvas.footer(
            title: metadata.title, page: page, of: pages, language: language, left: m, right: size.width - m,
            bottom: size.height - 7)
    }

    private func draw(_ placed: PlacedDrill, on canvas: PageCanvas) {
        let drill = placed.drill
        let m = Self.margin
        let right = paper.size.width - m
        let tool = drill.toolLabel[language]
        canvas.text("\(placed.number)  \(drill.title[language])", at: Point(m, placed.top), style: .heading)
        canvas.text(
            tool, at: Point(right, placed.top + 0.6), style: TextStyle.body.with(weight: .bold, colour: .accent),
            anchor: .topRight)
        var instruction = drill.instruction[language]
        if let spacing = spacingNote(drill) { instruction += " (\(spacing))" }
        canvas.text(instruction, at: Point(m, placed.top + 5.6), style: .body, width: right - m)
        let captionY = placed.model.minY - 0.8
        let caption = TextStyle.tiny.with(colour: .pencil)
        canvas.text(PracticeWording.example[language], at: Point(placed.model.minX, captionY), style: caption, anchor: .bottomLeft)
        canvas.text(
            PracticeWording.yourTurn[language], at: Point(placed.practice.minX, captionY), style: caption,
            anchor: .bottomLeft)

        canvas.strokeRect(placed.model, width: 0.2, colour: .pencil, alpha: 0.7)
        canvas.withTransform(.translation(placed.model.origin.vector)) { drawModel(drill, on: canvas) }
        canvas.strokeRect(placed.practice, width: 0.3, colour: .pencil)
        canvas.withTransform(.translation(placed.practice.origin.vector)) {
            drawBand(drill, guidance: Guidance(level: drill.level), on: canvas)
        }
    }

    /// "jarak titik 2,5 mm" / "dots 2.5 mm apart".
    func spacingNote(_ drill: PracticeDrill) -> String? {
        if let pitch = drill.pitch {
            let n = LocalizedText.number(pitch, decimals: 2)[language]
            return language == .id ? "jarak titik \(n) mm" : "dots \(n) mm apart"
        }
        if let spacing = drill.spacing {
            let n = LocalizedText.number(spacing, decimals: 2)[language]
            return language == .id ? "jarak garis \(n) mm" : "lines \(n) mm apart"
        }
        return nil
    }

    private func drawModel(_ drill: PracticeDrill, on canvas: PageCanvas) {
        for guide in drill.guides { canvas.stroke(guide, width: 0.25, colour: .pencil, dash: [1.2, 1.0]) }
        for (i, stroke) in drill.strokes.enumerated() {
            let leadIn = stroke.lead == nil
            switch stroke.kind {
            case .line:
                canvas.practiceLine(
                    stroke.points, closed: stroke.isClosed, width: drill.tool.lineWidth, number: i + 1,
                    lead: stroke.leadDirection, leadIn: leadIn)
            case .dots:
                canvas.practiceDots(
                    stroke.points, tool: drill.tool, number: i + 1, lead: stroke.leadDirection, leadIn: leadIn)
            }
        }
    }

    private func drawBand(_ drill: PracticeDrill, guidance: Guidance, on canvas: PageCanvas) {
        for guide in drill.guides { canvas.stroke(guide, width: 0.25, colour: .pencil, dash: [1.2, 1.0]) }
        for stroke in drill.strokes {
            switch guidance {
            case .dottedStrokes:
                if stroke.kind == .line {
                    canvas.stroke(
                        BezierPath.polygon(stroke.points, closed: stroke.isClosed), width: 0.3, colour: .pencil,
                        alpha: 0.6, dash: [0.01, 1.6])
                } else {
                    for p in stroke.points {
                        canvas.strokeCircle(centre: p, radius: drill.tool.lineWidth / 2, width: 0.12, colour: .pencil)
                    }
                }
                canvas.fillCircle(centre: stroke.start, radius: 0.7, colour: .accent, alpha: 0.6)
            case .startPoints:
                canvas.strokeCircle(centre: stroke.start, radius: 0.9, width: 0.2, colour: .accent)
            case .frameOnly:
                break
            }
        }
    }
}
