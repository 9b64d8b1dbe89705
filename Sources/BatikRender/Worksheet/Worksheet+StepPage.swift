internal import BatikGeometry
internal import BatikMotif
internal import BatikWax

/// One page per step: its number and title, what to do (the plan's instructions), the drawing of
/// the cloth at the top-left corner with this step's wax or scraping highlighted and the canting
/// strokes numbered in the planned order, the cantings with their time and wax on the whole cloth,
/// and the colours after the step. Bath pages keep room for the trainer's notes.
extension Worksheet {
    func drawStep(_ index: Int, on page: PageCanvas, art: WorksheetArt) throws {
        let step = plan.steps[index]
        let left = contentLeft
        var y = Self.top
        page.text(
            "\(WorksheetWording.step[language]) \(index + 1) \(WorksheetWording.of[language]) \(plan.steps.count) · "
                + "\(motif.name) · \(clothDescription[language])",
            at: Point(left, y), style: TextStyle.small.with(colour: .pencil))
        y += 4.5
        y += page.text("\(index + 1). \(step.title[language])", at: Point(left, y), style: .title, width: contentWidth)
            .height + 2
        for paragraph in step.instructions[language].split(separator: "\n") {
            y += page.text(Self.keepingUnits(String(paragraph)), at: Point(left, y), style: .body, width: contentWidth).height + 0.8
        }
        if step.kind == .nyorek {
            y += page.text(WorksheetWording.nyorekNote[language], at: Point(left, y), style: .body, width: contentWidth)
                .height + 0.8
        }
        if step.kind.isBath, let dye = motif.dyes.first(where: { $0.name == step.bath }) {
            let method = dye.method == .dip ? WorksheetWording.dip : WorksheetWording.colet
            y += page.text(
                WorksheetWording.bathDye(dye.name, hex: dye.colour.hex, method: method)[language], at: Point(left, y),
                style: TextStyle.body.with(weight: .bold), width: contentWidth
            ).height + 0.8
        }
        y += 2.5

        // The drawing gets what the text below it leaves.
        let passes = art.passes[index] ?? []
        let below = 16 + (passes.isEmpty ? 0 : Double(passes.count + 1) * 4.4 + 9) + 14
            + (step.kind.isBath ? 30 : 0) + (step.kind == .nglorod ? 12 : 0)
        let boxSize = Size(contentWidth, max(50, min(contentWidth * 0.8, contentBottom - y - below)))
        let (window, scale) = art.window(for: boxSize, atCorner: true)
        let box = Rect(origin: Point(left, y), size: Size(window.width * scale, window.height * scale))
        let state: ClothState =
            step.kind == .nglorod ? .final : .step(index, faded: !(step.kind.isBath || step.kind == .nyorek))
        try drawCloth(on: page, window: window, scale: scale, box: box, state: state, art: art)
        let numbers = passes.isEmpty ? [] : drawStarts(step: index, on: page, window: window, scale: scale, box: box, art: art)
        y = box.maxY + 1.2

        var caption = WorksheetWording.startWindow(
            width: number(window.width / 10, 1), height: number(window.height / 10, 1),
            scale: scale >= 1 ? number(scale, 2) : number(1 / scale, 1), enlarged: scale > 1)[language]
        let drawn = numbers.reduce(0) { $0 + $1.count }
        let shown = numbers.reduce(0) { $0 + $1.shown }
        if drawn > 0 {
            caption +=
                " " + (shown < drawn
                    ? WorksheetWording.firstNumbers(shown, of: drawn)[language] : WorksheetWording.allNumbered[language])
        }
        y += page.text(caption, at: Point(left, y), style: TextStyle.small.with(colour: .pencil), width: contentWidth)
            .height + 1.2
        y = drawLegend(for: step, numbered: shown > 0, on: page, at: y) + 3

        if !numbers.isEmpty { y = drawPassTable(numbers, step: index, on: page, at: y, art: art) + 3 }
        if step.kind == .ngerok, step.figures.scrapedArea > 0 {
            let area = Self.areaText(step.figures.scrapedArea)
            y += page.text(WorksheetWording.scrapedArea(area)[language], at: Point(left, y), style: .body, width: contentWidth)
                .height + 2
        }
        if step.kind == .nglorod {
            y = drawFinalColours(on: page, at: y)
        } else {
            y = drawColoursAfter(step, on: page, at: y)
        }
        if step.kind.isBath || step.kind == .nglorod {
            drawNoteLines(
                on: page, from: y + 3,
                label: step.kind.isBath ? WorksheetWording.notes : WorksheetWording.trainerNotes)
        }
    }

    /// `text` with no line break between "Ø" and its number, or a number and "mm".
    static func keepingUnits(_ text: String) -> String {
        text.replacingOccurrences(of: "Ø ", with: "Ø\u{a0}").replacingOccurrences(of: " mm", with: "\u{a0}mm")
    }

    /// "29,3 cm²", or m² from 1000 cm² on (as `batik plan` writes it).
    static func areaText(_ mm2: Double) -> LocalizedText {
        let cm2 = mm2 / 100
        if cm2 >= 1000 {
            let n = LocalizedText.number(cm2 / 10_000, decimals: 2)
            return LocalizedText(id: n.id + " m²", en: n.en + " m²")
        }
        let n = LocalizedText.number(cm2, decimals: 1)
        return LocalizedText(id: n.id + " cm²", en: n.en + " cm²")
    }

    /// The key to the drawing: only what this step's drawing shows.
    private func drawLegend(for step: ProcessStep, numbered: Bool, on page: PageCanvas, at top: Double) -> Double {
        var items: [(LocalizedText, (Rect) -> Void)] = []
        if showsPencil(step) {
            items.append((WorksheetWording.pencil, { r in
                page.line(from: Point(r.minX, r.center.y), to: Point(r.maxX, r.center.y), width: 0.25, colour: LayerRenderer.pencil)
            }))
        }
        if !step.added.isEmpty {
            items.append((WorksheetWording.newWax, { r in
                page.fillRect(r, colour: LayerRenderer.newWax, alpha: 0.9)
                page.strokeRect(r, width: 0.3, colour: LayerRenderer.newWaxOutline)
            }))
        }
        if step.kind != .nglorod, step.waxed.contains(where: { !step.added.contains($0) }) {
            items.append((WorksheetWording.oldWax, { r in
                page.fillRect(r, colour: LayerRenderer.wax)
                page.withClip(r) {
                    var x = r.minX - r.height
                    while x < r.maxX {
                        page.line(from: Point(x, r.maxY), to: Point(x + r.height, r.minY), width: 0.2, colour: LayerRenderer.hatch)
                        x += 1.6
                    }
                }
                page.strokeRect(r, width: 0.1, colour: .pencil)
            }))
        }
        if !step.scraped.isEmpty {
            items.append((WorksheetWording.scraped, { r in
                page.strokeRect(r, width: 0.45, colour: LayerRenderer.scrapeOutline, dash: [1.4, 0.9])
            }))
        }
        if numbered {
            items.append((WorksheetWording.starts, { r in
                let p = Point(r.minX + 1, r.maxY - 0.8)
                page.arrow(from: p, to: p + Vector(3, 0), width: 0.3, head: 1.3, colour: .accent)
                page.fillCircle(centre: p, radius: 0.7, colour: .accent)
                page.text("1", at: Point(r.maxX - 0.6, r.minY), style: Self.numberStyle, anchor: .topRight)
            }))
        }
        var x = contentLeft
        var y = top
        let style = TextStyle.small
        for (label, swatch) in items {
            let text = label[language]
            let width = 7 + 1.5 + page.measure(text, style: style).width
            if x + width > contentRight {
                x = contentLeft
                y += 4.5
            }
            swatch(Rect(x: x, y: y + 0.2, width: 7, height: 3.2))
            page.text(text, at: Point(x + 8.5, y), style: style)
            x += width + 5
        }
        return items.isEmpty ? top : y + 4.5
    }

    /// The cantings of the step: spout, strokes and dots, line length, time and wax on the whole
    /// cloth, and which numbers of the drawing are theirs.
    private func drawPassTable(
        _ numbers: [PassNumbers], step index: Int, on page: PageCanvas, at top: Double, art: WorksheetArt
    ) -> Double {
        let left = contentLeft
        var y = top
        let columns: [(LocalizedText, Double)] = [
            (WorksheetWording.strokes, 62), (WorksheetWording.dots, 82), (WorksheetWording.lineMetres, 102),
            (WorksheetWording.time, 122), (WorksheetWording.grams, 140),
        ]
        let head = TextStyle.small.with(weight: .bold)
        page.text(
            "\(WorksheetWording.cantings[language]) (\(language == .id ? "seluruh kain" : "whole cloth"))",
            at: Point(left, y), style: head)
        for (title, x) in columns { page.text(title[language], at: Point(left + x, y), style: head, anchor: .topRight) }
        page.text(WorksheetWording.numbersInDrawing[language], at: Point(contentRight, y), style: head, anchor: .topRight)
        y += 4
        page.line(from: Point(left, y - 0.5), to: Point(contentRight, y - 0.5), width: 0.15, colour: .pencil)
        for n in numbers {
            let row = n.row
            let tool = n.pass.tool
            page.text(
                "\(tool.name) Ø \(number(tool.spoutDiameter, 1)) mm", at: Point(left, y), style: .body)
            let cells = [
                number(Double(row.lines + row.dabs), 0), number(Double(row.dots), 0), number(row.penDown / 1000, 1),
                WorksheetWording.clock(row.seconds), number(row.waxGrams, 1),
            ]
            for (text, column) in zip(cells, columns) {
                page.text(text, at: Point(left + column.1, y), style: .body, anchor: .topRight)
            }
            // The numbers that belong to this canting in the drawing (not all may be written).
            let range = n.count == 0 ? "—" : n.count == 1 ? "\(n.first)" : "\(n.first)–\(n.first + n.count - 1)"
            page.text(range, at: Point(contentRight, y), style: .body, anchor: .topRight)
            y += 4.4
        }
        let totals = art.totals(step: index)
        y += 1
        y += page.text(
            WorksheetWording.stepEstimate(
                time: WorksheetWording.duration(totals.seconds), wax: WorksheetWording.grams(totals.grams),
                cloth: clothDescription)[language],
            at: Point(left, y), style: TextStyle.body.with(weight: .bold), width: contentWidth
        ).height
        y += page.text(
            WorksheetWording.estimateNote[language], at: Point(left, y), style: TextStyle.tiny.with(colour: .pencil),
            width: contentWidth
        ).height
        return y
    }

    /// "Warna kain sesudah langkah ini" and a row of small swatches, each with its wax.
    private func drawColoursAfter(_ step: ProcessStep, on page: PageCanvas, at top: Double) -> Double {
        let left = contentLeft
        var y = top
        y += page.text(WorksheetWording.coloursAfter[language], at: Point(left, y), style: .heading).height + 1.5
        let waxed = Set(step.waxed)
        let used = Set(plan.regions.map(\.recipe))
        var x = left
        let style = TextStyle.small
        for recipe in motif.recipes where used.contains(recipe.name) {
            guard let colour = step.colours[recipe.name] else { continue }
            let pieces = plan.regions.indices.filter { plan.regions[$0].recipe == recipe.name }
            let under = pieces.filter { waxed.contains($0) }.count
            var text = "\(recipe.name) \(colour.hex)"
            if under == pieces.count, under > 0 {
                text += " (\(WorksheetWording.underWax[language]))"
            } else if under > 0 {
                text += " (\(WorksheetWording.partlyUnderWax[language]))"
            }
            let width = 6 + 1.5 + page.measure(text, style: style).width
            if x + width > contentRight {
                x = left
                y += 6
            }
            let square = Rect(x: x, y: y, width: 6, height: 4.5)
            page.fillRect(square, colour: colour)
            page.strokeRect(square, width: 0.2, colour: .pencil)
            page.text(text, at: Point(x + 7.5, y + 0.5), style: style)
            x += width + 6
        }
        return y + 6
    }

    private func drawFinalColours(on page: PageCanvas, at top: Double) -> Double {
        var y = top
        y += page.text(WorksheetWording.finalColours[language], at: Point(contentLeft, y), style: .heading).height + 1.5
        let column = contentWidth / 2
        var rowBottom = y
        for (k, recipe) in motif.recipes.filter({ plan.finalColours[$0.name] != nil }).enumerated() {
            let x = contentLeft + Double(k % 2) * column
            if k % 2 == 0 { y = rowBottom }
            let bottom = drawSwatchEntry(
                recipe: recipe, colour: plan.finalColours[recipe.name]!, at: Point(x, y), width: column - 4, on: page)
            rowBottom = max(rowBottom, bottom + 2)
        }
        return rowBottom
    }

    /// Ruled lines for the trainer's notes, down to the footer.
    private func drawNoteLines(on page: PageCanvas, from top: Double, label: LocalizedText) {
        guard contentBottom - top > 12 else { return }
        page.text(label[language], at: Point(contentLeft, top), style: TextStyle.small.with(colour: .pencil))
        var y = top + 9
        var count = 0
        while y <= contentBottom - 2, count < 6 {
            page.line(from: Point(contentLeft, y), to: Point(contentRight, y), width: 0.15, colour: .pencil)
            y += 8
            count += 1
        }
    }
}
