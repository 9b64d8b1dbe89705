public import BatikGeometry
public import BatikMotif

/// A contact sheet: swatches side by side in a grid, each with its name and a line under it —
/// the motif library at a glance. Every swatch is drawn at the same scale, so the motifs' sizes
/// compare truly.
public struct ContactSheet: Sendable {
    public struct Cell: Sendable {
        public var title: String
        public var subtitle: String
        public var image: RGBImage

        public init(title: String, subtitle: String, image: RGBImage) {
            self.title = title
            self.subtitle = subtitle
            self.image = image
        }
    }

    public var cells: [Cell]
    public var columns: Int
    /// Heading over the grid.
    public var heading: String

    public init(cells: [Cell], columns: Int, heading: String) {
        self.cells = cells
        self.columns = max(1, columns)
        self.heading = heading
    }

    static let gap = 16
    static let captionHeight = 62
    static let headingHeight = 56

    /// The sheet: all swatches must be the same size.
    public func image() throws -> RGBImage {
        let side = cells.first?.image.width ?? 1
        let height = cells.first?.image.height ?? 1
        let rows = (cells.count + columns - 1) / columns
        let width = Self.gap + columns * (side + Self.gap)
        let total = Self.headingHeight + rows * (height + Self.captionHeight + Self.gap) + Self.gap
        return try RGBImage(width: width, height: total, fill: (250, 247, 240)).drawing { page in
            page.text(heading, at: Point(Double(Self.gap), 16), style: TextStyle(size: 22, weight: .bold))
            for (index, cell) in cells.enumerated() {
                let x = Double(Self.gap + (index % columns) * (side + Self.gap))
                let y = Double(Self.headingHeight + (index / columns) * (height + Self.captionHeight + Self.gap))
                let frame = Rect(x: x, y: y, width: Double(side), height: Double(height))
                try page.draw(cell.image, in: frame)
                page.strokeRect(frame, width: 1, colour: .pencil, alpha: 0.4)
                page.text(
                    cell.title, at: Point(x, y + Double(height) + 5),
                    style: TextStyle(size: 15, weight: .bold), width: Double(side))
                page.text(
                    cell.subtitle, at: Point(x, y + Double(height) + 25),
                    style: TextStyle(size: 11, colour: .pencil), width: Double(side))
            }
        }
    }
}
