import BatikGeometry

/// How many marks a fill will make, worked out from the shape's area and size alone, so that the
/// limits are checked before any dot is placed (`MotifLimits.isenMarksPerElement`).
extension IsenFill {
    /// About how many marks the fill makes in `shape`: its area over the area each dot, cluster,
    /// curl or scale takes, or for lines its size over the spacing. The room inside the outline
    /// is smaller than the shape, so the estimate errs high.
    public func estimatedMarks(in shape: BezierPath) -> Double {
        let area = abs(shape.signedArea)
        let box = shape.controlBounds ?? Rect(x: 0, y: 0, width: 0, height: 0)
        let diagonal = (box.width * box.width + box.height * box.height).squareRoot()
        let hexCell = spacing * spacing * 3.0.squareRoot() / 2
        let gridCell = grid == .hex ? hexCell : spacing * spacing
        switch kind {
        case .cecek where grid == .edge: return shape.length(tolerance: Tolerance.shape) / spacing + 1
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
