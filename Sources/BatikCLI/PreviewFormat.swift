import ArgumentParser

/// What `batik render` writes: the PNG preview, or the same picture as SVG vectors.
enum PreviewFormat: String, ExpressibleByArgument, CaseIterable {
    case png
    case svg
}
