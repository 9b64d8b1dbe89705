public import BatikGeometry
public import BatikMotif
public import BatikWax

/// The pictures of a marketplace listing besides the product photos: a close-up at true scale
/// with a ruler, the front beside the back (the proof of tulis), the whole cloth with its size,
/// a grid of colourways, and a branded picture. Square, `size` pixels, sRGB.
public struct ListingPhotos: Sendable {
    /// The one size every marketplace takes (DOMAIN.md, "Selling online").
    public static let defaultSize = 1200

    public var size: Int
    public var language: Language

    public init(size: Int = defaultSize, language: Language = .id) {
        self.size = size
        self.language = language
    }

    var side: Double { Double(size) }
    /// Text sizes scale with the picture: these are for 1200 pixels.
    var unit: Double { side / 1200 }

    /// A cloth close-up (`front`, square, at `pixelsPerMillimetre`) with a 5 cm ruler in the
    /// bottom-left corner, so a buyer sees how big the motif really is.
    public func closeUp(_ front: RGBImage, pixelsPerMillimetre: Double) throws -> RGBImage {
        let scaled = try fitted(front)
        let scale = side / Double(front.width)
        return try scaled.drawing { page in
            drawRuler(on: page, pixelsPerMillimetre: pixelsPerMillimetre * scale)
        }
    }

    /// The front's left half beside the back's right half: the back of a tulis cloth shows the
    /// same motif mirrored, a little lighter, because the wax went through the cloth.
    public func frontAndBack(front: RGBImage, back: RGBImage, pixelsPerMillimetre: Double) throws -> RGBImage {
        let f = try fitted(front)
        let b = try fitted(back)
        var pixels = f.pixels
        let half = size / 2
        for y in 0..<size {
            let row = y * size * 3
            for i in (half * 3)..<(size * 3) { pixels[row + i] = b.pixels[row + i] }
        }
        let combined = RGBImage(width: size, height: size, pixels: pixels)
        return try combined.drawing { page in
            page.line(from: Point(side / 2, 0), to: Point(side / 2, side), width: 3 * unit, colour: .paper)
            label(ListingWording.front[language], at: Point(side / 4, 40 * unit), on: page)
            label(ListingWording.back[language], at: Point(side * 3 / 4, 40 * unit), on: page)
            label(ListingWording.backNote[language], at: Point(side / 2, side - 48 * unit), on: page, small: true)
            drawRuler(on: page, pixelsPerMillimetre: pixelsPerMillimetre * side / Double(front.width), bottom: side - 110 * unit)
        }
    }

    /// The whole cloth on white, its width and height marked, centred.
    public func wholeCloth(_ cloth: RGBImage, size clothSize: Size) throws -> RGBImage {
        let margin = 130 * unit
        let box = side - 2 * margin
        let scale = min(box / Double(cloth.width), box / Double(cloth.height))
        let w = Double(cloth.width) * scale
        let h = Double(cloth.height) * scale
        let rect = Rect(x: (side - w) / 2, y: (side - h) / 2, width: w, height: h)
        return try RGBImage(width: size, height: size, fill: (255, 255, 255)).drawing { page in
            page.fillRect(rect.offsetBy(dx: 6 * unit, dy: 8 * unit), colour: .ink, alpha: 0.12)
            try page.draw(cloth, in: rect)
            let style = TextStyle(size: 34 * unit, weight: .bold, colour: .ink)
            let y = rect.maxY + 40 * unit
            page.arrow(from: Point(rect.midX, y), to: Point(rect.minX, y), width: 2 * unit, head: 16 * unit)
            page.arrow(from: Point(rect.midX, y), to: Point(rect.maxX, y), width: 2 * unit, head: 16 * unit)
            page.text(
                ListingWording.centimetres(clothSize.width)[language], at: Point(rect.midX, y + 12 * unit), style: style,
                anchor: .top)
            let x = rect.maxX + 40 * unit
            page.arrow(from: Point(x, rect.midY), to: Point(x, rect.minY), width: 2 * unit, head: 16 * unit)
            page.arrow(from: Point(x, rect.midY), to: Point(x, rect.maxY), width: 2 * unit, head: 16 * unit)
            page.text(
                ListingWording.centimetres(clothSize.height)[language], at: Point(x + 14 * unit, rect.midY), style: style,
                anchor: .bottom, rotation: .degrees(90))
            page.text(
                ListingWording.wholeCloth[language], at: Point(side / 2, rect.minY - 34 * unit),
                style: TextStyle(size: 30 * unit, colour: .pencil), anchor: .bottom)
        }
    }

    /// The colourways side by side in a grid (2 × 1, 2 × 2 or 3 × 3), each named.
    public func colourwayGrid(_ cells: [(name: String, image: RGBImage)]) throws -> RGBImage {
        let columns = cells.count <= 2 ? max(cells.count, 1) : cells.count <= 4 ? 2 : 3
        let rows = (cells.count + columns - 1) / columns
        let gap = 12 * unit
        let cellWidth = (side - gap * Double(columns + 1)) / Double(columns)
        let cellHeight = (side - gap * Double(rows + 1)) / Double(rows)
        return try RGBImage(width: size, height: size, fill: (255, 255, 255)).drawing { page in
            for (index, cell) in cells.enumerated() {
                let r = index / columns
                let c = index % columns
                let frame = Rect(
                    x: gap + Double(c) * (cellWidth + gap), y: gap + Double(r) * (cellHeight + gap), width: cellWidth,
                    height: cellHeight)
                // The swatch is square: show its middle at the cell's shape.
                let s = max(frame.width / Double(cell.image.width), frame.height / Double(cell.image.height))
                let shown = Rect(
                    x: frame.midX - Double(cell.image.width) * s / 2, y: frame.midY - Double(cell.image.height) * s / 2,
                    width: Double(cell.image.width) * s, height: Double(cell.image.height) * s)
                try page.withClip(frame) { try page.draw(cell.image, in: shown) }
                let style = TextStyle(size: (cells.count > 4 ? 22 : 30) * unit, weight: .bold)
                let box = page.measure(cell.name, style: style)
                let badge = Rect(
                    x: frame.minX + 14 * unit, y: frame.maxY - box.height - 28 * unit, width: box.width + 24 * unit,
                    height: box.height + 14 * unit)
                page.fillRect(badge, colour: .paper, alpha: 0.9)
                page.text(cell.name, at: Point(badge.minX + 12 * unit, badge.minY + 7 * unit), style: style)
            }
        }
    }

    /// A product photo with the seller's name, logo and price along the bottom. Never the cover:
    /// marketplaces want the cover without text.
    public func branded(_ photo: RGBImage, brand: String, price: String?, logo: RGBImage?) throws -> RGBImage {
        let scaled = try fitted(photo)
        return try scaled.drawing { page in
            let band = Rect(x: 0, y: side - 150 * unit, width: side, height: 150 * unit)
            page.fillRect(band, colour: RGBColour(red: 0.16, green: 0.11, blue: 0.07), alpha: 0.92)
            var x = 40 * unit
            if let logo, logo.width > 0 {
                let h = 100 * unit
                let w = h * Double(logo.width) / Double(logo.height)
                try page.draw(logo, in: Rect(x: x, y: band.minY + 25 * unit, width: w, height: h))
                x += w + 30 * unit
            }
            page.text(
                brand, at: Point(x, band.midY), style: TextStyle(size: 44 * unit, weight: .bold, colour: .paper),
                anchor: .left)
            if let price {
                page.text(
                    price, at: Point(side - 40 * unit, band.midY),
                    style: TextStyle(size: 48 * unit, weight: .bold, colour: RGBColour(red: 1, green: 0.85, blue: 0.55)),
                    anchor: .right)
            }
        }
    }

    /// `image` scaled to the square (a no-op when it already is `size`).
    func fitted(_ image: RGBImage) throws -> RGBImage {
        if image.width == size && image.height == size { return image }
        return try RGBImage(width: size, height: size, fill: (255, 255, 255)).drawing { page in
            try page.draw(image, in: Rect(x: 0, y: 0, width: side, height: side))
        }
    }

    /// A 5 cm ruler on a white plate, numbered in centimetres.
    func drawRuler(on page: PageCanvas, pixelsPerMillimetre: Double, bottom: Double? = nil) {
        let length = 50 * pixelsPerMillimetre
        let plate = Rect(
            x: 30 * unit, y: (bottom ?? side - 30 * unit) - 90 * unit, width: length + 90 * unit, height: 90 * unit)
        page.fillRect(plate, colour: .paper, alpha: 0.88)
        let x0 = plate.minX + 30 * unit
        let y0 = plate.minY + 22 * unit
        page.line(from: Point(x0, y0), to: Point(x0 + length, y0), width: 2.5 * unit)
        for mm in 0...50 {
            let x = x0 + Double(mm) * pixelsPerMillimetre
            let tick = mm % 10 == 0 ? 22.0 : mm % 5 == 0 ? 15.0 : 9.0
            page.line(from: Point(x, y0), to: Point(x, y0 + tick * unit), width: (mm % 10 == 0 ? 2.5 : 1.5) * unit)
            if mm % 10 == 0 {
                page.text(
                    String(mm / 10), at: Point(x, y0 + 26 * unit), style: TextStyle(size: 24 * unit), anchor: .top)
            }
        }
        page.text("cm", at: Point(x0 + length + 14 * unit, y0 + 26 * unit), style: TextStyle(size: 24 * unit), anchor: .topLeft)
    }

    /// White text on a dark plate, centred on `point`.
    func label(_ text: String, at point: Point, on page: PageCanvas, small: Bool = false) {
        let style = TextStyle(size: (small ? 26 : 36) * unit, weight: small ? .regular : .bold, colour: .paper, alignment: .centre)
        let box = page.measure(text, style: style, width: small ? side * 0.8 : nil)
        let plate = Rect(
            x: point.x - box.width / 2 - 18 * unit, y: point.y - box.height / 2 - 10 * unit, width: box.width + 36 * unit,
            height: box.height + 20 * unit)
        page.fillRect(plate, colour: .ink, alpha: 0.72)
        page.text(text, at: point, style: style, anchor: .centre, width: small ? side * 0.8 : nil)
    }
}

extension Rect {
    func offsetBy(dx: Double, dy: Double) -> Rect { Rect(x: minX + dx, y: minY + dy, width: width, height: height) }
}
