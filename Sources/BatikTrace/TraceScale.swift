/// How large the traced drawing is on the cloth.
public enum TraceScale: Hashable, Sendable {
    /// The drawing's longer side (of the box around its ink) is this many millimetres.
    case longerSide(Double)
    /// The drawing is scaled, keeping its proportions, to fit inside width × height millimetres.
    case fit(width: Double, height: Double)
    /// The image was scanned at this many dots per inch: a pixel is 25.4 / dpi mm.
    case dpi(Double)

    /// Millimetres per pixel for ink whose box is `width` × `height` pixels.
    func millimetresPerPixel(inkWidth width: Double, inkHeight height: Double) -> Double {
        switch self {
        case .longerSide(let mm): return mm / max(width, height)
        case .fit(let w, let h): return min(w / width, h / height)
        case .dpi(let dpi): return 25.4 / dpi
        }
    }
}
