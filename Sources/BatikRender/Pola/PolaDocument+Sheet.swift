internal import BatikGeometry
internal import BatikMotif
internal import BatikWax

extension PolaDocument {
    /// Sheet (row, column) at 1:1: the window of the cloth inside the margins, then the marks that
    /// let the sheets be assembled and checked.
    func drawSheet(row: Int, column: Int, on page: PageCanvas, art: PolaArt) {
        let m = grid.margin
        let o = grid.overlap
        let window = Rect(origin: Point(m, m), size: grid.window)
        let onCloth = grid.windowOnCloth(row: row, column: column)
        // Cloth millimetres → page millimetres on this sheet: a translation, 1:1.
        let clothToPage = AffineTransform.translation(window.origin - onCloth.origin)
        let clothOnPage = Rect(origin: clothToPage.apply(.zero), size: grid.cloth)

        let hasLeft = column > 0
        let hasRight = column < grid.columns - 1
        let hasTop = row > 0
        let hasBottom = row < grid.rows - 1

        page.withClip(window) {
            // The strips shared with neighbours, tinted: the glue area.
            let tint = RGBColour.registration
            if hasLeft { page.fillRect(Rect(x: window.minX, y: window.minY, width: o, height: window.height), colour: tint, alpha: 0.06) }
            if hasRight { page.fillRect(Rect(x: window.maxX - o, y: window.minY, width: o, height: window.height), colour: tint, alpha: 0.06) }
            if hasTop { page.fillRect(Rect(x: window.minX, y: window.minY, width: window.width, height: o), colour: tint, alpha: 0.06) }
            if hasBottom { page.fillRect(Rect(x: window.minX, y: window.maxY - o, width: window.width, height: o), colour: tint, alpha: 0.06) }
            art.paint(window: onCloth, clothToPage: clothToPage, on: page)
            page.strokeRect(clothOnPage, width: 0.5, colour: .pencil, dash: [3, 1.5])
        }
        drawClothEdgeLabels(window: window, cloth: clothOnPage, on: page)

        // The frame is the cut line; crop marks carry it into the margin.
        page.strokeRect(window, width: 0.15, colour: .pencil)
        for x in [window.minX, window.maxX] {
            page.line(from: Point(x, 2), to: Point(x, m - 5), width: 0.15, colour: .pencil)
            page.line(from: Point(x, grid.sheet.height - 2), to: Point(x, window.maxY + 6.5), width: 0.15, colour: .pencil)
        }
        for y in [window.minY, window.maxY] {
            page.line(from: Point(2, y), to: Point(m - 4, y), width: 0.15, colour: .pencil)
            page.line(from: Point(grid.sheet.width - 2, y), to: Point(window.maxX + 4, y), width: 0.15, colour: .pencil)
        }

        // Crosshairs at the centres of the overlap corners: a neighbour prints its own at the same
        // place on the cloth, so laying one on the other registers the sheets.
        let inset = o / 2
        let corners: [(Point, Bool)] = [
            (Point(window.minX + inset, window.minY + inset), hasLeft || hasTop),
            (Point(window.maxX - inset, window.minY + inset), hasRight || hasTop),
            (Point(window.minX + inset, window.maxY - inset), hasLeft || hasBottom),
            (Point(window.maxX - inset, window.maxY - inset), hasRight || hasBottom),
        ]
        for (point, shared) in corners where shared { page.crosshair(at: point, radius: min(3, max(o / 2 - 0.5, 1.5))) }

        page.scaleSquare(at: scaleSquareOrigin(window: window, cloth: clothOnPage), language: language)
        drawSheetLabels(row: row, column: column, window: window, on: page)
    }

    /// Where the 50 mm square goes: in blank paper beyond the cloth's edge when the sheet has
    /// room there, else inside the first corner clear of the crosshairs (tinted, never a line).
    func scaleSquareOrigin(window: Rect, cloth: Rect) -> Point {
        let side = PageCanvas.scaleSquareSide
        let clearance = 6.0
        let blankRight = window.maxX - max(cloth.maxX, window.minX)
        if blankRight >= side + 2 * clearance {
            return Point(max(cloth.maxX, window.minX) + clearance, window.minY + grid.overlap + clearance)
        }
        let blankBelow = window.maxY - max(cloth.maxY, window.minY)
        if blankBelow >= side + 2 * clearance {
            return Point(window.minX + grid.overlap + clearance, max(cloth.maxY, window.minY) + clearance)
        }
        return Point(window.minX + grid.overlap + clearance + 2, window.minY + grid.overlap + clearance + 2)
    }

    private func drawClothEdgeLabels(window: Rect, cloth: Rect, on page: PageCanvas) {
        let style = TextStyle.tiny.with(colour: .pencil)
        let label = PolaWording.clothEdge[language]
        if cloth.maxX < window.maxX - 8, cloth.maxX > window.minX {
            page.text(
                label, at: Point(cloth.maxX + 1.5, (window.minY + window.maxY) / 2), style: style, anchor: .bottom,
                rotation: .degrees(90))
        }
        if cloth.maxY < window.maxY - 5, cloth.maxY > window.minY {
            page.text(label, at: Point((window.minX + window.maxX) / 2, cloth.maxY + 1.5), style: style, anchor: .top)
        }
    }

    /// The name, its neighbours, the mini-map, the ruler and the notes, all in the margins.
    private func drawSheetLabels(row: Int, column: Int, window: Rect, on page: PageCanvas) {
        let m = grid.margin
        let sheet = grid.sheet
        let label = PolaGrid.label(row: row, column: column)
        let number = row * grid.columns + column + 1
        let topLine = m - 1.2

        let nameSize = page.text(label, at: Point(window.minX, topLine), style: TextStyle(size: 11, weight: .bold), anchor: .bottomLeft)
        let header = PolaWording.sheetHeader(motif: motifTitle, row: PolaGrid.rowName(row), column: column + 1)[language]
            + " · " + PolaWording.sheetNumber(number, of: grid.sheetCount)[language]
        page.text(
            header, at: Point(window.minX + nameSize.width + 2.5, topLine - 0.4), style: TextStyle.small.with(colour: .pencil),
            anchor: .bottomLeft)

        let arrowStyle = TextStyle(size: 8, weight: .bold, colour: .registration)
        if row > 0 {
            page.text("▲ " + PolaGrid.label(row: row - 1, column: column), at: Point(sheet.width / 2 + 20, topLine), style: arrowStyle, anchor: .bottom)
        }
        if column > 0 {
            page.text(
                "▲ " + PolaGrid.label(row: row, column: column - 1), at: Point(m - 2, window.midY), style: arrowStyle,
                anchor: .bottom, rotation: .degrees(-90))
        }
        if column < grid.columns - 1 {
            page.text(
                "▲ " + PolaGrid.label(row: row, column: column + 1), at: Point(window.maxX + 2, window.midY),
                style: arrowStyle, anchor: .bottom, rotation: .degrees(90))
        }

        drawMiniMap(row: row, column: column, rightEdge: window.maxX, bottom: topLine, maxHeight: m - 4.5, on: page)

        let rulerTop = window.maxY + 1.2
        page.ruler(at: Point(window.minX, rulerTop), language: language)
        let afterRuler = window.minX + PageCanvas.rulerLength + 9
        if row < grid.rows - 1 {
            let x = max(sheet.width / 2, afterRuler + 8)
            page.text("▼ " + PolaGrid.label(row: row + 1, column: column), at: Point(x, rulerTop), style: arrowStyle, anchor: .top)
        }
        page.printAtFullSizeNote(at: Point(window.maxX, rulerTop), anchor: .topRight, language: language)
    }

    /// The sheet grid in miniature, this sheet filled: which piece of the cloth am I holding?
    private func drawMiniMap(row: Int, column: Int, rightEdge: Double, bottom: Double, maxHeight: Double, on page: PageCanvas) {
        let aspect = grid.window.width / grid.window.height
        var cellHeight = min(maxHeight / Double(grid.rows), 2.5)
        var cellWidth = cellHeight * aspect
        let maxWidth = 45.0
        if cellWidth * Double(grid.columns) > maxWidth {
            cellWidth = maxWidth / Double(grid.columns)
            cellHeight = cellWidth / aspect
        }
        let origin = Point(rightEdge - cellWidth * Double(grid.columns), bottom - cellHeight * Double(grid.rows))
        for r in 0..<grid.rows {
            for c in 0..<grid.columns {
                let cell = Rect(
                    x: origin.x + Double(c) * cellWidth, y: origin.y + Double(r) * cellHeight, width: cellWidth,
                    height: cellHeight)
                if r == row && c == column { page.fillRect(cell, colour: .accent) }
                page.strokeRect(cell, width: 0.1, colour: .pencil)
            }
        }
    }
}
