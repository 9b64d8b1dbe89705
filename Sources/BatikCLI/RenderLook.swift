import ArgumentParser

/// `--look vector|kain`: how `batik render` draws the cloth.
enum RenderLook: String, CaseIterable, ExpressibleByArgument {
    /// The clean vector preview: flat recipe colours, exact edges.
    case vector
    /// The cloth look (`ClothLook`): weave, hand-drawn wax edges, bleeding, crackle.
    case kain
}

/// `--side front|back`: which face of the cloth the cloth look shows.
enum ClothSide: String, CaseIterable, ExpressibleByArgument {
    case front
    /// The reverse: mirrored and lighter, the proof of tulis.
    case back
}
