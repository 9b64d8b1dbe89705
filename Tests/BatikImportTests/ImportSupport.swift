import BatikGeometry
import BatikImport
import BatikMotif
import BatikRender
import BatikTestSupport
import Foundation
import Testing

/// Shared steps of the import tests: read a fixture or a text, write the motif, load it.
enum ImportSupport {
    static func fixture(_ name: String) throws -> (data: Data, path: String) {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "svg", subdirectory: "Fixtures"))
        return (try Data(contentsOf: url), "Fixtures/\(name).svg")
    }

    static func read(_ svg: String, path: String = "test.svg") throws(Diagnostic) -> SVGDocument {
        try SVGDocument(data: Data(svg.utf8), path: path)
    }

    /// The message of the error `svg` is refused with.
    static func refusal(_ svg: String) -> Diagnostic? {
        do {
            _ = try read(svg)
            return nil
        } catch {
            return error
        }
    }

    /// The motif written from `document`, loaded back as `batik check` loads it.
    static func motif(_ document: SVGDocument, language: MotifFileWriter.Language = .en) throws -> (Motif, String) {
        let yaml = MotifFileWriter(language: language).yaml(for: document.drawing)
        do {
            return (try MotifLoader.load(yaml: yaml, path: "imported.yaml"), yaml)
        } catch {
            Issue.record("the written motif does not load:\n\(error.description)\n\(yaml)")
            throw error
        }
    }

    /// One tile of the motif as a decoded PNG.
    static func render(_ motif: Motif, dpi: Double = 50) throws -> RGBAImage {
        let s = motif.tile.size
        let layout = MotifLayout(
            area: Rect(x: 0, y: 0, width: s.width, height: s.height), tileMarks: motif.tileMarks,
            placements: [.translation(x: s.width / 2, y: s.height / 2)])
        var bytes: [UInt8] = []
        _ = try PreviewRenderer(dpi: dpi).render(layout: layout, motif: motif) { bytes.append(contentsOf: $0) }
        return try decodePNG(bytes).image
    }

    /// The pixel at a point of the tile given in millimetres from its top-left corner.
    static func pixel(_ image: RGBAImage, mm point: Point, dpi: Double = 50) -> RGBA8 {
        let k = dpi / 25.4
        return image[Int(point.x * k), Int(point.y * k)]
    }

    static func rgba(_ hex: String) -> RGBA8 {
        let c = RGBColour(hex: hex)!
        return RGBA8(UInt8((c.red * 255).rounded()), UInt8((c.green * 255).rounded()), UInt8((c.blue * 255).rounded()))
    }
}
