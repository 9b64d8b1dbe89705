import BatikGeometry
import BatikMotif
import BatikTestSupport
import BatikWax
import Foundation
import Testing

@testable import BatikRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small plan with two cantings in one step and a third pass, built by hand so every stroke is
/// known: klowong lines, a cecek dab pass, a tembok loop.
enum PlanFixture {
    static let klowong = CantingTool.library["klowong"]!
    static let cecek = CantingTool.library["cecek"]!
    static let tembok = CantingTool.library["tembok"]!

    static let plan = CantingPlan(
        area: Rect(x: 0, y: 0, width: 120, height: 80),
        passes: [
            CantingPass(
                stepIndex: 1, stepName: "nglowong", tool: klowong,
                strokes: [
                    .line(Polyline([Point(10, 10), Point(50, 10), Point(50, 30)], isClosed: false)),
                    .line(Polyline([Point(60, 10), Point(70, 10), Point(70, 20), Point(60, 20)], isClosed: true)),
                ]),
            CantingPass(
                stepIndex: 3, stepName: "ngiseni", tool: cecek,
                strokes: [.dab(at: Point(5, 70)), .dab(at: Point(120, 75)), .dab(at: Point(30.1234, 40.98765))]),
            CantingPass(
                stepIndex: 4, stepName: "nembok", tool: tembok,
                strokes: [.line(Polyline([Point(90, 50), Point(110, 50), Point(110, 70)], isClosed: true))]),
        ],
        travelBounds: [])
}

/// Collects the layers and paths of an SVG with Foundation's XMLParser.
final class SVGLayers: NSObject, XMLParserDelegate {
    var root: [String: String] = [:]
    var layers: [(attributes: [String: String], paths: [String])] = []
    var depth = 0

    static func parse(_ text: String) throws -> SVGLayers {
        let collector = SVGLayers()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = false
        parser.delegate = collector
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return collector
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        if name == "svg" { root = attributes }
        if name == "g" { layers.append((attributes, [])) }
        if name == "path", !layers.isEmpty { layers[layers.count - 1].paths.append(attributes["d"] ?? "") }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
    }
}

@Suite("SVG of canting paths")
struct CantingSVGTests {
    @Test("millimetre units, an Inkscape layer per pass with its label, one path per pen-down")
    func structure() throws {
        let text = CantingSVG.document(for: PlanFixture.plan, title: "Uji & <coba>")
        let svg = try SVGLayers.parse(text)
        #expect(svg.root["width"] == "120mm" && svg.root["height"] == "80mm")
        #expect(svg.root["viewBox"] == "0 0 120 80")
        #expect(svg.root["xmlns:inkscape"] == "http://www.inkscape.org/namespaces/inkscape")
        #expect(
            svg.layers.map { $0.attributes["inkscape:label"] } == [
                "01 nglowong — klowong", "02 ngiseni — cecek", "03 nembok — tembok",
            ])
        #expect(svg.layers.allSatisfy { $0.attributes["inkscape:groupmode"] == "layer" })
        #expect(svg.layers.map(\.paths.count) == [2, 3, 1])
        #expect(svg.layers.map { $0.attributes["stroke-width"] } == ["1.8", "1.1", "3.8"])
        #expect(text.contains("<title>Uji &amp; &lt;coba&gt;</title>"))
    }

    @Test("lines are M/L path data with Z for loops; dabs are one-micrometre segments pointing into the cloth")
    func pathData() throws {
        let svg = try SVGLayers.parse(CantingSVG.document(for: PlanFixture.plan, title: "uji"))
        #expect(svg.layers[0].paths == ["M10 10L50 10L50 30", "M60 10L70 10L70 20L60 20Z"])
        #expect(svg.layers[1].paths == ["M5 70L5.001 70", "M120 75L119.999 75", "M30.123 40.988L30.124 40.988"])
    }

    @Test("numbers: three decimals at most, no exponent, no negative zero")
    func numbers() {
        #expect(PlotterNumber.format(0) == "0")
        #expect(PlotterNumber.format(-0.0001) == "0")
        #expect(PlotterNumber.format(1.5) == "1.5")
        #expect(PlotterNumber.format(-2.0005) == "-2.001")
        #expect(PlotterNumber.format(1e-7) == "0")
        #expect(PlotterNumber.format(123456.0704) == "123456.07")
        #expect(PlotterNumber.format(0.05) == "0.05")
        #expect(PlotterNumber.format(2.5, decimals: 0) == "3")
    }
}
