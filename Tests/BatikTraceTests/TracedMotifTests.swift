import BatikGeometry
import BatikImport
import BatikMotif
import BatikRender
import BatikTestSupport
import BatikTrace
import BatikWax
import Testing

@Suite("Traced drawings as motif files")
struct TracedMotifTests {
    /// The traced scan written by the import writer and loaded back.
    static func motif(_ scan: TestScan, scale: TraceScale) throws -> (TracedDrawing, String, Motif) {
        let drawing = try Tracer.trace(scan.image, options: TraceOptions(scale: scale))
        let yaml = MotifFileWriter().yaml(for: drawing.imported(name: "gambar", source: "gambar.png"))
        let motif = try MotifLoader.load(yaml: yaml, path: "gambar.yaml")
        return (drawing, yaml, motif)
    }

    @Test("the kawung scan loads without errors or warnings, its tile the drawing's size plus a margin")
    func loads() throws {
        let (drawing, yaml, motif) = try Self.motif(.kawung(), scale: .longerSide(300))
        #expect(motif.warnings.isEmpty, "\(motif.warnings)")
        #expect(motif.tileMarks.count == drawing.fills.count + drawing.lines.count)
        #expect(motif.tileMarks.count == 9)
        #expect(motif.tile.size.width == 330 && motif.tile.size.height == 330, "\(motif.tile.size)")
        #expect(yaml.contains("dibuat oleh `batik trace`"))
        #expect(yaml.utf8.count < MotifLimits.fileBytes / 10, "\(yaml.utf8.count) bytes")
    }

    @Test("the lines are waxed with a canting before the bath and the ground is dyed")
    func plans() throws {
        let (_, _, motif) = try Self.motif(.spiralAndLeaf(), scale: .longerSide(200))
        let area = Rect(
            x: -motif.tile.size.width / 2, y: -motif.tile.size.height / 2, width: motif.tile.size.width,
            height: motif.tile.size.height)
        let plan = try ResistPlanner.plan(motif, area: area)
        let kinds = plan.steps.map(\.kind)
        #expect(kinds.contains(.nglowong), "\(kinds)")
        #expect(plan.warnings.isEmpty, "\(plan.warnings)")
    }

    @Test("the render shows light lines where the pen drew and the dyed ground elsewhere")
    func renders() throws {
        let scan = TestScan.kawung()
        let (drawing, _, motif) = try Self.motif(scan, scale: .dpi(300))
        let area = Rect(
            x: -motif.tile.size.width / 2, y: -motif.tile.size.height / 2, width: motif.tile.size.width,
            height: motif.tile.size.height)
        let dpi = 300.0
        let image = try PreviewRenderer(dpi: dpi).image(layout: motif.layout(on: area), motif: motif)
        func pixel(mm p: Point) -> (red: UInt8, green: UInt8, blue: UInt8) {
            let x = Int((p.x - area.minX) * dpi / 25.4), y = Int((p.y - area.minY) * dpi / 25.4)
            return image[x, y]
        }
        let mm = 25.4 / 300
        let inkCentre = scan.inkBox.centre
        func cloth(_ p: Point) -> Point { Point((p.x - inkCentre.x) * mm, (p.y - inkCentre.y) * mm) }
        // The centre disc and the top of the top ellipse are light (wax kept the cloth's colour).
        let disc = pixel(mm: cloth(scan.discs[0].centre))
        #expect(disc.red > 200 && disc.blue > 180, "\(disc)")
        let top = scan.ellipses[0]
        let onLine = pixel(mm: cloth(Point(top.centre.x, top.centre.y - top.ry)))
        #expect(onLine.red > 200, "\(onLine)")
        // Inside the ellipse, the ground is indigo.
        let inside = pixel(mm: cloth(top.centre))
        #expect(inside.red < 80 && inside.blue > inside.red, "\(inside)")
        _ = drawing
    }
}
