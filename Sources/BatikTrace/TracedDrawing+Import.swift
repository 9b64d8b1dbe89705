import BatikGeometry
public import BatikImport
public import BatikMotif
import Foundation

extension TracedDrawing {
    /// The colour of everything the pen drew: the undyed cloth, kept by the wax. In batik tulis the
    /// canting's lines stay the colour of the cloth and the ground around them takes the dye, so a
    /// pen drawing becomes light lines on a dyed ground (the negative of the paper), and every line
    /// is waxed with a canting in the plan.
    public static let waxColour = ImportedPalette.mori
    /// The ground: an indigo (nila) bath, the commonest first colour; the file's comments say how
    /// to change it.
    public static let groundColour = RGBColour(hex: "#2b3a67")!

    /// Room around the drawing in its tile, on each side: 5 % of the longer side, at least 2 mm,
    /// so repeats of the motif do not touch.
    public func tileMargin() -> Double { max(2, 0.05 * max(size.width, size.height)) }

    /// The tile: the drawing and its margin, rounded up to whole millimetres and within the
    /// motif format's limit.
    public var tileSize: Size {
        let m = tileMargin()
        func side(_ v: Double) -> Double { min(MotifLimits.tileSide.upperBound, (v + 2 * m).rounded(.up)) }
        return Size(side(size.width), side(size.height))
    }

    /// The drawing for `MotifFileWriter`: filled areas first, lines over them, all in the wax colour
    /// on a dyed ground; lines at the pen's width, for which the writer picks the canting.
    public func imported(name: String, source: String) -> ImportedDrawing {
        let fillElements = fills.map { ImportedElement(path: $0, fill: Self.waxColour, outline: nil) }
        let lineElements = lines.map {
            ImportedElement(path: $0.path, fill: nil, outline: ImportedOutline(colour: Self.waxColour, width: penWidth))
        }
        return ImportedDrawing(
            name: name, source: source, tileSize: tileSize,
            groups: [ImportedGroup(label: nil, elements: fillElements + lineElements)], background: Self.groundColour,
            madeBy: "batik trace")
    }
}
