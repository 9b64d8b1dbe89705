import BatikGeometry
import BatikImport
import BatikMotif
import BatikTestSupport
import Foundation
import Testing

/// The three Inkscape-style drawings in Fixtures/: each imports, loads without a diagnostic,
/// renders its colours where the drawing has them, and reports what it leaves out.
@Suite struct FixtureImportTests {
    @Test func kupuLayersBecomeComponentsAndTheDrawingRendersInItsColours() throws {
        let (data, path) = try ImportSupport.fixture("kupu-inkscape")
        let document = try SVGDocument(data: data, path: path)
        let drawing = document.drawing
        #expect(drawing.tileSize == Size(width: 120, height: 80))
        #expect(drawing.groups.map(\.label) == ["Latar", "Sayap", "Badan"])
        #expect(drawing.groups.map(\.elements.count) == [1, 5, 6])
        let messages = document.warnings.map(\.description)
        #expect(messages.contains { $0.contains("hidden layer 'Sketsa'") })
        #expect(messages.contains { $0.contains("<text id=\"judul\">") && $0.contains("not imported") })
        // The text element's tag starts at line 122, column 5; warnings point at its '<'.
        let text = document.warnings.first { $0.message.contains("judul") }
        #expect(text?.line == 122 && text?.column == 5)

        let (motif, yaml) = try ImportSupport.motif(document)
        #expect(motif.warnings.isEmpty)
        #expect(yaml.contains("components:") && yaml.contains("  sayap:") && yaml.contains("- use: badan"))
        // #2b3a67 and #2c3b68 are one indigo; white is the cloth, brown has its own bath.
        #expect(motif.recipes.map(\.name) == ["warna-1", "warna-2", "warna-3"])
        #expect(motif.cloth.hex == "#ffffff")
        #expect(motif.dyes.map(\.colour.hex) == ["#8a5a2b", "#2b3a67"])

        let image = try ImportSupport.render(motif)
        func near(_ p: Point, _ hex: String) -> Bool {
            ImportSupport.pixel(image, mm: p).distance(to: ImportSupport.rgba(hex)) < 30
        }
        #expect(near(Point(5, 5), "#8a5a2b"), "the brown ground")
        #expect(near(Point(45, 25), "#2b3a67"), "the upper left wing")
        #expect(near(Point(30, 24), "#8a5a2b") == false, "the hole of the wing's eye shows the wing, not the ground")
        #expect(near(Point(30, 24), "#2b3a67"), "the evenodd hole keeps the wing's colour")
        #expect(near(Point(30, 19.5), "#ffffff"), "the eye's white ring")
        #expect(near(Point(20, 60), "#ffffff"), "a dot placed by <use>")
    }

    @Test func ceplokInPixelsComesOutInMillimetresWithItsTransforms() throws {
        let (data, path) = try ImportSupport.fixture("ceplok-px")
        let document = try SVGDocument(data: data, path: path)
        let side = 400 * 25.4 / 96
        #expect(abs(document.drawing.tileSize.width - side) < 1e-9)
        let messages = document.warnings.map(\.description)
        #expect(
            messages.contains {
                $0.contains("<circle id=\"pusat\">") && $0.contains("gradient") && $0.contains("#ffd700")
            })
        #expect(messages.contains { $0.contains("<circle id=\"pusat-kecil\">") && $0.contains("left out") })
        #expect(messages.contains { $0.contains("<g id=\"efek\">") && $0.contains("filter") })

        let (motif, yaml) = try ImportSupport.motif(document)
        #expect(motif.warnings.isEmpty)
        // 6.8 px is 1.8 mm (klowong), 4.2 px 1.11 mm (isen), 14 px 3.7 mm (tembok, width written).
        #expect(yaml.contains("tool: klowong }"))
        #expect(yaml.contains("tool: isen }"))
        #expect(yaml.contains("tool: tembok, width: 3.704 }"))
        // The rounded square is turned 45° about the star's centre, so its corner points straight up:
        // at half scale its 160 px side reaches 56.6 px above the centre (14.97 mm), less the corner.
        let image = try ImportSupport.render(motif)
        let centre = Point(side / 2, side / 2)
        #expect(
            ImportSupport.pixel(image, mm: centre + Vector(0, -12)).distance(to: ImportSupport.rgba("#a0522d")) < 30)
        #expect(
            ImportSupport.pixel(image, mm: centre + Vector(12, -12)).distance(to: ImportSupport.rgba("#000080")) < 30)
        #expect(
            ImportSupport.pixel(image, mm: Point(2, 2)).distance(to: ImportSupport.rgba("#1f2f5f")) < 30,
            "corner circle")
    }

    @Test func daunInCentimetresUsesSublayersAndUsesOfAGroup() throws {
        let (data, path) = try ImportSupport.fixture("daun-cm")
        let document = try SVGDocument(data: data, path: path)
        let drawing = document.drawing
        #expect(drawing.tileSize == Size(width: 150, height: 100))
        // The sublayer of leaves is flattened into 'Batang': the stem and three leaves of two paths.
        #expect(drawing.groups.map(\.label) == ["Batang", "Bunga"])
        #expect(drawing.groups[0].elements.count == 7)
        #expect(drawing.groups[0].elements[1].note?.contains("<path id=\"helai\">") == true)
        let messages = document.warnings.map(\.description)
        #expect(messages.contains { $0.contains("clip-path") && $0.contains("layer3") })
        #expect(messages.contains { $0.contains("<image id=\"foto\">") })

        let (motif, yaml) = try ImportSupport.motif(document, language: .id)
        #expect(motif.warnings.isEmpty)
        // No colour is light enough to be cloth: mori and a putih ground.
        #expect(motif.cloth.hex == "#efe6d2")
        #expect(motif.background == "putih")
        #expect(yaml.contains("Periksa sebelum dipakai"))
        let image = try ImportSupport.render(motif)
        #expect(ImportSupport.pixel(image, mm: Point(5, 5)).distance(to: ImportSupport.rgba("#efe6d2")) < 10)
        // The ring's hole (evenodd) shows the cloth; the ring itself is red.
        #expect(ImportSupport.pixel(image, mm: Point(128, 70)).distance(to: ImportSupport.rgba("#efe6d2")) < 30)
        #expect(ImportSupport.pixel(image, mm: Point(122, 70)).distance(to: ImportSupport.rgba("#b22222")) < 30)
    }
}
