internal import BatikGeometry
internal import BatikMotif
internal import BatikWax

extension PolaDocument {
    /// The first page: the whole cloth reduced with the sheet grid over it, the figures, and how to
    /// put the sheets together.
    func drawOverview(on page: PageCanvas, art: PolaArt) {
        let margin = 12.0
        let paper = page.size
        let content = Rect(x: margin, y: margin, width: paper.width - 2 * margin, height: paper.height - 2 * margin)

        var y = content.minY
        y += page.text(PolaWording.title(motifTitle)[language], at: Point(content.minX, y), style: .title).height + 1.5
        let cloth = "\(Self.centimetres(grid.cloth.width)) × \(Self.centimetres(grid.cloth.height))"
        let summary = PolaWording.summary(
            cloth: cloth, sheets: grid.sheetCount, paper: grid.paper.name, rows: grid.rows, columns: grid.columns,
            overlap: Self.millimetres(grid.overlap, language: language))
        y += page.text(summary[language], at: Point(content.minX, y), style: .body, width: content.width).height + 1

        // The map: sheets cover more than the cloth where the last row and column run past it.
        let covered = Size(
            Double(grid.columns) * (grid.window.width - grid.overlap) + grid.overlap,
            Double(grid.rows) * (grid.window.height - grid.overlap) + grid.overlap)
        let mapBox = Rect(x: content.minX, y: y + 6, width: content.width, height: content.height * 0.5)
        let scale = min(mapBox.width / covered.width, mapBox.height / covered.height)
        let mapOrigin = Point(mapBox.minX + (mapBox.width - covered.width * scale) / 2, mapBox.minY)
        let clothToPage = AffineTransform.scale(scale).then(.translation(mapOrigin.vector))

        page.text(
            PolaWording.reduced(LocalizedText.number(1 / scale, decimals: 1)[language])[language],
            at: Point(content.minX, y), style: TextStyle.small.with(colour: .accent))

        page.withTransform(clothToPage) {
            page.fillRect(Rect(x: 0, y: 0, width: grid.cloth.width, height: grid.cloth.height), colour: .paper)
            page.paint(art.cloth)
            page.strokeRect(Rect(x: 0, y: 0, width: grid.cloth.width, height: grid.cloth.height), width: 0.4)
            for row in 0..<grid.rows {
                for column in 0..<grid.columns {
                    let window = grid.windowOnCloth(row: row, column: column)
                    page.fillRect(window, colour: .registration, alpha: 0.05)
                    page.strokeRect(window, width: 0.25, colour: .registration)
                }
            }
        }
        let labelSize = min(9, max(4.5, grid.window.width * scale * 0.9))
        for row in 0..<grid.rows {
            for column in 0..<grid.columns {
                let centre = clothToPage.apply(grid.windowOnCloth(row: row, column: column).centre)
                let style = TextStyle(size: labelSize, weight: .bold, colour: .registration)
                let box = page.measure(PolaGrid.label(row: row, column: column), style: style)
                page.fillRect(
                    Rect(x: centre.x - box.width / 2 - 0.8, y: centre.y - box.height / 2, width: box.width + 1.6, height: box.height),
                    colour: .paper, alpha: 0.9)
                page.text(
                    PolaGrid.label(row: row, column: column), at: centre,
                    style: TextStyle(size: labelSize, weight: .bold, colour: .registration), anchor: .centre)
            }
        }

        // How to assemble, numbered.
        var stepsTop = mapOrigin.y + covered.height * scale + 8
        stepsTop += page.text(PolaWording.howToAssemble[language], at: Point(content.minX, stepsTop), style: .heading).height + 2
        let steps = PolaWording.steps(paper: grid.paper.name, overlap: Self.millimetres(grid.overlap, language: language))
        let twoColumns = content.width > 200
        let columnWidth = twoColumns ? (content.width - 8) / 2 : content.width
        var columnY = [stepsTop, stepsTop]
        for (index, step) in steps.enumerated() {
            let column = twoColumns && index >= (steps.count + 1) / 2 ? 1 : 0
            let x = content.minX + Double(column) * (columnWidth + 8)
            page.text("\(index + 1).", at: Point(x, columnY[column]), style: TextStyle.body.with(weight: .bold))
            columnY[column] += page.text(step[language], at: Point(x + 5, columnY[column]), style: .body, width: columnWidth - 5).height + 2
        }

        page.footer(
            title: PolaWording.title(motifTitle)[language], page: 1, of: pageCount, language: language,
            left: content.minX, right: content.maxX, bottom: paper.height - 5)
    }

    static func centimetres(_ mm: Double) -> String {
        let cm = mm / 10
        return cm == cm.rounded() ? String(Int(cm)) : String(format: "%.1f", cm)
    }
}
