public import BatikGeometry
public import BatikMotif
public import BatikWax

/// The scale check a trainer measures before using a sheet: if the printer scaled the page ("Fit
/// to page"), the ruler is not 100 mm and the square not 50 mm, and the pola would not match the
/// cloth. Poster-tiling tools print the same check (see DOMAIN.md, "Printing").
extension PageCanvas {
    /// Length of the ruler, in millimetres.
    public static let rulerLength = 100.0
    /// Side of the scale square, in millimetres.
    public static let scaleSquareSide = 50.0
    /// Height the ruler takes below `origin`: ticks and their numbers.
    public static let rulerHeight = 5.0

    /// A 100 mm ruler whose zero tick is at `origin`, ticks hanging down: every millimetre, longer
    /// every 5, longest every 10 with its number (0 … 100) centred under it.
    public func ruler(at origin: Point, language: Language, colour: RGBColour = .ink) {
        line(from: origin, to: origin + Vector(Self.rulerLength, 0), width: 0.2, colour: colour)
        for mm in 0...Int(Self.rulerLength) {
            let length = mm % 10 == 0 ? 2.6 : mm % 5 == 0 ? 1.8 : 1.1
            let x = origin.x + Double(mm)
            line(from: Point(x, origin.y), to: Point(x, origin.y + length), width: 0.12, colour: colour)
            if mm % 10 == 0 {
                text(
                    String(mm), at: Point(x, origin.y + 2.8), style: TextStyle.tiny.with(colour: colour),
                    anchor: .top)
            }
        }
        text(
            SheetWording.rulerUnit[language], at: origin + Vector(Self.rulerLength + 2, 0.2),
            style: TextStyle.tiny.with(colour: colour), anchor: .topLeft)
    }

    /// A 50 mm square, lightly tinted, with its caption inside along the top edge. Tinted rather
    /// than outlined boldly so that, laid over a pola, it never reads as a line to trace.
    public func scaleSquare(at origin: Point, language: Language, colour: RGBColour = .registration) {
        let side = Self.scaleSquareSide
        let square = Rect(x: origin.x, y: origin.y, width: side, height: side)
        fillRect(square, colour: colour, alpha: 0.07)
        strokeRect(square, width: 0.2, colour: colour)
        // The caption on white, so it stays legible over a pola's lines.
        let style = TextStyle.tiny.with(colour: colour, alignment: .centre)
        let caption = SheetWording.scaleSquare[language]
        let box = measure(caption, style: style, width: side - 8)
        fillRect(
            Rect(x: origin.x + 3, y: origin.y + side / 2 - box.height / 2 - 1, width: side - 6, height: box.height + 2),
            colour: .paper)
        text(caption, at: origin + Vector(side / 2, side / 2), style: style, anchor: .centre, width: side - 8)
    }

    /// "Cetak 100 % — jangan ‘Fit to page’" in bold, anchored at `point`.
    public func printAtFullSizeNote(at point: Point, anchor: Anchor, language: Language, size: Double = 7) {
        text(
            SheetWording.printAtFullSize[language], at: point,
            style: TextStyle(size: size, weight: .bold, colour: .accent), anchor: anchor)
    }
}

extension PageCanvas {
    /// The footer every sheet carries inside the bottom margin: the document's title on the left,
    /// the print-at-100 % note in the middle, "Halaman 3 dari 12" on the right. `baseline` is the
    /// y of the footer's bottom edge (the margin's inner part: printers cannot print the outer 5 mm).
    public func footer(
        title: String, page: Int, of pages: Int, language: Language, left: Double, right: Double, bottom: Double
    ) {
        let style = TextStyle.small.with(colour: .pencil)
        text(title, at: Point(left, bottom), style: style, anchor: .bottomLeft)
        printAtFullSizeNote(at: Point((left + right) / 2, bottom), anchor: .bottom, language: language)
        text(
            "\(SheetWording.page[language]) \(page) \(SheetWording.of[language]) \(pages)", at: Point(right, bottom),
            style: style, anchor: .bottomRight)
    }
}
