public import BatikGeometry
import Foundation
internal import Yams

/// A photo template file as written: which photo (and mask) to use, the product's real width,
/// optional perspective corners and tunables, each remembered with its place in the file.
///
/// ```yaml
/// name: kaos-putih
/// title: Kaos putih, lengan pendek
/// photo: kaos-putih.jpg        # relative to this file
/// mask: kaos-putih-mask.png    # optional; white = product
/// width: 56cm                  # the product's widest extent in the photo (or, with corners, the rectangle's top edge)
/// corners: [[412, 388], [1190, 402], [1172, 1420], [398, 1398]]   # optional, photo pixels
/// ```
///
/// Reading never touches the file system: the paths are checked for form (no URL, no empty
/// name) here; the command line resolves them against the file's folder and reports a missing
/// file at the path's line and column. Templates are YAML like motifs, so they share the motif
/// loader's YAML handling and diagnostics (this is why the reader lives in BatikMotif).
public struct PhotoTemplateFile: Hashable, Sendable {
    public var name: String?
    public var title: String?
    /// The photo's path as written.
    public var photo: String
    public var photoPosition: SourcePosition
    public var mask: String?
    public var maskPosition: SourcePosition?
    public var widthMillimetres: Double
    /// The corners' rectangle's real height, when given.
    public var heightMillimetres: Double?
    /// Top-left, top-right, bottom-right, bottom-left, in photo pixels.
    public var corners: [Point]?
    public var cornersPosition: SourcePosition?
    public var maskTolerance: Double?
    public var shading: Double?
    public var displacement: Double?

    /// Every key a template may have.
    public static let keys = [
        "name", "title", "photo", "mask", "width", "height", "corners", "tolerance", "shading", "displacement",
    ]
    public static let requiredKeys = ["photo", "width"]

    // Ranges of the tunables (PhotoTemplate.Options uses these too).
    public static let widthRange: ClosedRange<Double> = 10...10_000
    public static let toleranceRange: ClosedRange<Double> = 0.01...0.35
    public static let shadingRange: ClosedRange<Double> = 0...1.5
    public static let displacementRange: ClosedRange<Double> = 0...4
    /// A template file is a few lines; anything bigger is not one.
    public static let maximumFileBytes = 64_000

    /// Parses and checks a template's text; `path` is used only in diagnostics. Throws every
    /// problem found, sorted by place.
    public static func load(yaml: String, path: String) throws(DiagnosticList) -> PhotoTemplateFile {
        let root = try YAMLDocument.root(
            yaml: yaml, path: path, maximumBytes: maximumFileBytes, kind: "a photo template",
            emptyHint: "a template needs at least photo: FILE and width: 60cm")
        let reader = PhotoTemplateReader(path: path)
        guard let file = reader.read(root) else { throw DiagnosticList(reader.diagnostics) }
        return file
    }
}
