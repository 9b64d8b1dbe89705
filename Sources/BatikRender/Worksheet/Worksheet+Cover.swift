internal import BatikGeometry
internal import BatikMotif
internal import BatikWax

/// The cover: the motif and where it comes from, a preview in the final colours, the palette with
/// the recipe of every colour, the materials for the cloth and the list of steps with their times.
extension Worksheet {
    func drawCover(on page: PageCanvas, art: WorksheetArt) throws {
        let left = contentLeft
        var y = Self.top
        page.text(
            "\(WorksheetWording.document[language]) · \(WorksheetWording.subtitle[language])", at: Point(left, y),
            style: TextStyle.small.with(colour: .pencil))
        y += 4.5
        y += page.text(motif.name, at: Point(left, y), style: TextStyle(size: 20, weight: .bold), width: contentWidth).height
        y += 1
        let origin = motif.origin(in: language.rawValue)
        if !origin.isEmpty {
            y += page.text(origin, at: Point(left, y), style: TextStyle.body.with(colour: .pencil), width: contentWidth)
                .height
        }
        // Sentences about the command line (`--set size=…`) are for the motif's users, not the class.
        let about = motif.description(in: language.rawValue).split(whereSeparator: \.isNewline).joined(separator: " ")
            .split(separator: ". ").filter { !$0.contains("--") }.joined(separator: ". ")
        if !about.isEmpty {
            y += 1
            y += page.text(about, at: Point(left, y), style: .small, width: contentWidth).height
        }
        y += 4

        // The preview on the left, the palette on the right.
        let previewWidth = (contentWidth * 0.56).rounded()
        let previewBox = Size(previewWidth, (previewWidth * 0.72).rounded())
        let (window, scale) = art.window(for: previewBox, atCorner: false)
        let box = Rect(origin: Point(left, y), size: Size(window.width * scale, window.height * scale))
        try drawCloth(on: page, window: window, scale: scale, box: box, state: .final, art: art)
        let caption =
            WorksheetWording.previewCaption[language] + "; "
            + WorksheetWording.previewWindow(
                width: number(window.width / 10, 1), height: number(window.height / 10, 1))[language] + "."
        let captionHeight = page.text(
            caption, at: Point(left, box.maxY + 1.2), style: TextStyle.tiny.with(colour: .pencil), width: box.width
        ).height
        let paletteLeft = box.maxX + 7
        var py = y
        py += page.text(WorksheetWording.colours[language], at: Point(paletteLeft, py), style: .heading).height + 1.5
        for recipe in motif.recipes where plan.finalColours[recipe.name] != nil {
            py = drawSwatchEntry(
                recipe: recipe, colour: plan.finalColours[recipe.name]!, at: Point(paletteLeft, py),
                width: contentRight - paletteLeft, on: page) + 2
        }
        y = max(box.maxY + 1.2 + captionHeight, py) + 5

        y = drawMaterials(on: page, at: y, art: art)
        y += 4
        drawStepList(on: page, at: y, art: art)
    }

    /// A colour swatch with its name, hex value and recipe; returns the y below it.
    func drawSwatchEntry(recipe: Recipe, colour: RGBColour, at point: Point, width: Double, on page: PageCanvas)
        -> Double
    {
        let side = 9.0
        let square = Rect(origin: point, size: Size(side, side))
        page.fillRect(square, colour: colour)
        page.strokeRect(square, width: 0.2, colour: .pencil)
        let textLeft = point.x + side + 2.5
        var y = point.y
        y += page.text(
            "<b>\(PageCanvas.escaped(recipe.name))</b>  \(colour.hex)", at: Point(textLeft, y), style: .body,
            width: width - side - 2.5, markup: true
        ).height
        y += page.text(
            recipeText(recipe), at: Point(textLeft, y), style: TextStyle.small.with(colour: .pencil),
            width: width - side - 2.5
        ).height
        return max(y, point.y + side)
    }

    /// Cloth, wax by kind, dyes and cantings, time; returns the y below.
    private func drawMaterials(on page: PageCanvas, at top: Double, art: WorksheetArt) -> Double {
        let left = contentLeft
        var y = top
        y += page.text(WorksheetWording.materials[language], at: Point(left, y), style: .heading).height + 1.5
        let labelWidth = 24.0
        func row(_ label: LocalizedText, _ value: String) {
            page.text(label[language], at: Point(left, y), style: TextStyle.body.with(weight: .bold))
            y += page.text(value, at: Point(left + labelWidth, y), style: .body, width: contentWidth - labelWidth)
                .height + 1.2
        }
        row(WorksheetWording.cloth, "\(clothDescription[language]) · mori \(motif.cloth.hex)")

        let wax = waxByKind(art: art)
        let total = wax.reduce(0) { $0 + $1.grams }
        if !wax.isEmpty {
            let parts = wax.map { "\($0.kind[language]) ≈ \(WorksheetWording.grams($0.grams)[language])" }
            row(
                WorksheetWording.wax,
                parts.joined(separator: "; ") + "; \(WorksheetWording.total[language]) ≈ "
                    + WorksheetWording.grams(total)[language])
        }
        let dyes = motif.dyes.enumerated().map { k, dye -> String in
            let method = dye.method == .dip ? WorksheetWording.dip : WorksheetWording.colet
            let reached = motif.recipes.filter { $0.baths.contains(dye.name) }.map(\.name)
            var text = "\(k + 1). \(dye.name) \(dye.colour.hex), \(method[language])"
            if !reached.isEmpty {
                text += language == .id ? " — untuk \(LocalizedText.list(reached).id)" : " — for \(LocalizedText.list(reached).en)"
            }
            return text
        }
        if !dyes.isEmpty { row(WorksheetWording.dyes, dyes.joined(separator: "\n")) }

        var tools: [CantingTool] = []
        for (_, list) in art.passes.sorted(by: { $0.key < $1.key }) {
            for (pass, _) in list where !tools.contains(where: { $0.name == pass.tool.name }) { tools.append(pass.tool) }
        }
        if !tools.isEmpty {
            let names = tools.map { "\($0.name) Ø \(number($0.spoutDiameter, 1)) mm" }
            var text = names.joined(separator: " · ")
            if art.passes.values.joined().contains(where: { $0.row.brushArea > 0 }) {
                text += " · " + WorksheetWording.brush[language] + " (kuas)"
            }
            row(WorksheetWording.cantings, text)
        }
        let seconds = art.passes.values.joined().reduce(0) { $0 + $1.row.seconds }
        row(WorksheetWording.time, "≈ \(WorksheetWording.duration(seconds)[language]). \(WorksheetWording.estimateNote[language])")
        return y
    }

    /// Grams of wax by kind of wax (DOMAIN.md): klowong wax for lines and isen-isen (nglowong,
    /// nerusi, ngiseni), tembokan for blocking (nembok), biron for re-waxing (mbironi).
    func waxByKind(art: WorksheetArt) -> [(kind: LocalizedText, grams: Double)] {
        var result: [(kind: LocalizedText, grams: Double)] = []
        for (index, step) in plan.steps.enumerated() {
            let grams = art.totals(step: index).grams
            guard grams > 0 else { continue }
            let kind: LocalizedText
            switch step.kind {
            case .nembok: kind = WorksheetWording.tembokWax
            case .mbironi: kind = WorksheetWording.bironWax
            default: kind = WorksheetWording.klowongWax
            }
            if let i = result.firstIndex(where: { $0.kind == kind }) {
                result[i].grams += grams
            } else {
                result.append((kind, grams))
            }
        }
        return result
    }

    /// The numbered steps with their times and pages.
    private func drawStepList(on page: PageCanvas, at top: Double, art: WorksheetArt) {
        let left = contentLeft
        var y = top
        y += page.text(WorksheetWording.steps[language], at: Point(left, y), style: .heading).height + 1.5
        let timeRight = contentRight - 14
        let style = TextStyle.body
        let available = contentBottom - y
        let lineHeight = min(5.2, available / Double(max(plan.steps.count, 1)))
        let rowStyle = lineHeight < 4.2 ? TextStyle.small : style
        for (index, step) in plan.steps.enumerated() {
            if index % 2 == 0 {
                page.fillRect(
                    Rect(x: left - 1, y: y - 0.6, width: contentWidth + 2, height: lineHeight), colour: .pencil,
                    alpha: 0.08)
            }
            page.text("\(index + 1).", at: Point(left + 6, y), style: rowStyle, anchor: .topRight)
            page.text(step.title[language], at: Point(left + 8, y), style: rowStyle)
            let seconds = art.totals(step: index).seconds
            if seconds > 0 {
                page.text(WorksheetWording.clock(seconds), at: Point(timeRight, y), style: rowStyle, anchor: .topRight)
            }
            page.text(
                "\(WorksheetWording.page[language]) \(index + 2)", at: Point(contentRight, y),
                style: rowStyle.with(colour: .pencil), anchor: .topRight)
            y += lineHeight
        }
        page.text(
            language == .id ? "waktu dalam jam:menit" : "times in hours:minutes", at: Point(timeRight, y + 0.5),
            style: TextStyle.tiny.with(colour: .pencil), anchor: .topRight)
    }
}
