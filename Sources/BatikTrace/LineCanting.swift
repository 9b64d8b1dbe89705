public import BatikMotif

/// Picks the canting for traced pen lines.
public enum LineCanting {
    /// The built-in single-spout line canting whose wax line is nearest `width` mm (klowong 1.8 mm,
    /// isen 1.1 mm): a batik maker reaches for the canting that draws the line as the pen did.
    public static func nearest(to width: Double) -> CantingTool {
        let candidates = CantingTool.library.values
            .filter { $0.use == .line && $0.spouts.count == 1 }
            .sorted { $0.name < $1.name }
        return candidates.min { abs($0.lineWidth - width) < abs($1.lineWidth - width) } ?? CantingTool.library["klowong"]!
    }
}
