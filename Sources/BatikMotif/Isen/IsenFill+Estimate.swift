import BatikGeometry

/// How many marks a fill will make, worked out from the shape's area and size alone, so that the
/// limits are checked before any dot is placed (`MotifLimits.isenMarksPerElement`).
extension IsenFill {
    /// About how many marks the fill makes in a shape of `area` square millimetres whose bounding
    /// box has a diagonal of `diagonal` millimetres. An upper estimate: the room inside the
    /// outline is smaller than the shape.
    public func estimatedMarks(area: Double, diagonal: Double) -> Double {
        let hexCell = spacing * spacing * 3.0.squareRoot() / 2
        let gridCell = grid == .hex ? hexCell : spacing * spacing
        switch kind {
        case .cecek: return area / gridCell + 1
        case .cecekPitu: return 7 * (area / hexCell + 1)
        case .sawut: return Double(count)
        case .galaran: return diagonal / spacing + 1
        case .crosshatch: return 2 * (diagonal / spacing + 1)
        case .ukel: return area / gridCell + 1
        case .sisik: return area / (2 * size * size) + diagonal / size + 1
        case .gringsing: return 2 * (area / (2 * size * size) + diagonal / size + 1)
        }
    }
}
