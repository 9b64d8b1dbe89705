import BatikGeometry
import BatikImport
import BatikMotif
import BatikRender
import BatikWax
import Foundation
import Testing

/// `batik paths` writes a canting plan as SVG; importing it must give back the same strokes, so
/// a plan edited in Inkscape (or one from elsewhere in the same form) can come back as a motif.
@Suite struct RoundTripTests {
    /// Planned once for both tests (a few seconds).
    static let shared = Result { try plannedRoundTrip() }

    static func roundTrip() throws -> (plan: CantingPlan, document: SVGDocument, motif: Motif) { try shared.get() }

    /// The bundled kawung, planned on a small piece, written as SVG, imported and written as a motif.
    static func plannedRoundTrip() throws -> (plan: CantingPlan, document: SVGDocument, motif: Motif) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("motifs/kawung.yaml")
        let motif = try MotifLoader.load(yaml: String(contentsOf: url, encoding: .utf8), path: "motifs/kawung.yaml")
        let area = Rect(x: 0, y: 0, width: 30, height: 30)
        let resist = try ResistPlanner.plan(motif, area: area)
        let plan = try CantingPlanner.plan(resist, tools: motif.tools)
        let svg = CantingSVG.bytes(for: plan, title: "kawung")
        let document = try SVGDocument(data: Data(svg), path: "kawung-paths.svg", name: "kawung kembali")
        let yaml = MotifFileWriter().yaml(for: document.drawing)
        let imported = try MotifLoader.load(yaml: yaml, path: "kawung-kembali.yaml")
        return (plan, document, imported)
    }

    /// The points a stroke's imported element goes through: its vertices for a line, the centre of
    /// each dot for a dab.
    static func points(of element: ImportedElement) -> [Point] {
        if element.fill != nil, element.outline == nil {
            return element.path.subpaths.compactMap {
                $0.bounds.map { Point($0.minX + $0.size.width / 2, $0.minY + $0.size.height / 2) }
            }
        }
        return element.path.elements.compactMap { e in
            switch e {
            case .move(let p), .line(let p): p
            default: nil
            }
        }
    }

    static func expected(_ stroke: CantingStroke, tool: CantingTool, centre: Vector) -> [Point] {
        switch stroke.kind {
        case .dab:
            let c = stroke.points[0]
            guard tool.spouts.count > 1 else { return [c - centre] }
            let turn = BatikGeometry.AffineTransform.rotation(Angle(radians: stroke.heading))
            return tool.spouts.map { c + turn.apply(Vector($0.x, $0.y)) - centre }
        case .line:
            return stroke.points.map { $0 - centre }
        }
    }

    @Test func pathsSVGImportsBackToTheSameStrokesLayerByLayer() throws {
        let (plan, document, _) = try Self.roundTrip()
        let centre = Vector(plan.area.minX + plan.area.width / 2, plan.area.minY + plan.area.height / 2)
        let strokePasses = plan.passes.filter { !$0.strokes.isEmpty }
        #expect(strokePasses.count >= 2, "kawung has outlines and dots to compare")
        let groups = document.drawing.groups
        #expect(groups.count == plan.passes.count)
        #expect(
            groups.map(\.label)
                == plan.labels.enumerated().map { k, label in
                    label + (plan.passes[k].strokes.isEmpty ? " (kuas)" : "")
                })
        var worst = 0.0
        var compared = 0
        for (pass, group) in zip(plan.passes, groups) where !pass.strokes.isEmpty {
            #expect(group.elements.count == pass.strokes.count, "layer \(group.label ?? "?")")
            for (stroke, element) in zip(pass.strokes, group.elements) {
                let want = Self.expected(stroke, tool: pass.tool, centre: centre)
                var got = Self.points(of: element)
                // A closed stroke's path comes back with its Z; the points are the same.
                if stroke.isClosed, got.count == want.count + 1 { got.removeLast() }
                #expect(got.count == want.count)
                for (a, b) in zip(got, want) { worst = max(worst, a.distance(to: b)) }
                compared += want.count
                if stroke.kind == .line {
                    #expect(element.outline.map { abs($0.width - pass.tool.lineWidth) < 1e-9 } == true)
                }
            }
        }
        #expect(compared > 100)
        // Three decimals in the SVG: the points come back within a micrometre.
        #expect(worst <= 0.001, "farthest point \(worst) mm")
    }

    @Test func theImportedPlanIsAMotifWithTheSameStrokesAsMarks() throws {
        let (plan, document, motif) = try Self.roundTrip()
        #expect(motif.warnings.isEmpty)
        #expect(motif.tileMarks.count == document.drawing.elements.count)
        // Lines keep their canting: the layers' stroke widths are the cantings' own lines.
        let lineTools = Set(plan.passes.filter { $0.strokes.contains { $0.kind == .line } }.map(\.tool.name))
        let outlineTools = Set(motif.tileMarks.compactMap(\.outline?.tool))
        #expect(lineTools.isSubset(of: outlineTools.union(["tembok"])))
        // Written with three decimals and read back: marks and imported elements agree within 0.001 mm.
        var worst = 0.0
        for (mark, element) in zip(motif.tileMarks, document.drawing.elements) {
            let a = mark.path.cubicsOnly().elements, b = element.path.cubicsOnly().elements
            #expect(a.count == b.count)
            for (x, y) in zip(a, b) {
                if case .move(let p) = x, case .move(let q) = y { worst = max(worst, p.distance(to: q)) }
                if case .line(let p) = x, case .line(let q) = y { worst = max(worst, p.distance(to: q)) }
            }
        }
        #expect(worst <= 0.001)
    }
}
