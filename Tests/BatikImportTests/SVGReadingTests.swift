import BatikGeometry
import BatikImport
import BatikMotif
import Foundation
import Testing

/// Reading one feature at a time: units, transforms, colours, the style cascade, shapes, `<use>`.
@Suite struct SVGReadingTests {
    static func svg(_ body: String, size: String = "width=\"100mm\" height=\"100mm\" viewBox=\"0 0 100 100\"") -> String
    {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \(size)>\(body)</svg>"
    }

    /// The bounds of the one element the drawing has, in page millimetres (top-left origin).
    static func pageBounds(_ text: String) throws -> Rect {
        let document = try ImportSupport.read(text)
        let e = try #require(document.drawing.elements.first)
        let b = try #require(e.path.bounds)
        let s = document.drawing.tileSize
        return Rect(x: b.minX + s.width / 2, y: b.minY + s.height / 2, width: b.size.width, height: b.size.height)
    }

    static func expectRect(
        _ r: Rect, _ x: Double, _ y: Double, _ w: Double, _ h: Double, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let got = [r.minX, r.minY, r.size.width, r.size.height], want = [x, y, w, h]
        #expect(
            zip(got, want).allSatisfy { abs($0 - $1) < 1e-6 }, "got \(got), want \(want)",
            sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        ("width=\"1in\" height=\"1in\"", 25.4, 96.0),  // no viewBox: user units are px
        ("width=\"2cm\" height=\"2cm\" viewBox=\"0 0 20 20\"", 20.0, 20.0),
        ("width=\"72pt\" height=\"72pt\" viewBox=\"0 0 72 72\"", 25.4, 72.0),
        ("width=\"96\" height=\"96\" viewBox=\"0 0 96 96\"", 25.4, 96.0),  // no unit: px
        ("width=\"6pc\" height=\"6pc\" viewBox=\"0 0 10 10\"", 25.4, 10.0),
    ])
    func unitsGiveTheTileInMillimetres(size: String, side: Double, userUnits: Double) throws {
        let text = Self.svg(
            "<rect width=\"\(userUnits / 2)\" height=\"\(userUnits / 2)\" fill=\"#123456\"/>", size: size)
        let document = try ImportSupport.read(text)
        #expect(abs(document.drawing.tileSize.width - side) < 1e-9)
        Self.expectRect(try Self.pageBounds(text), 0, 0, side / 2, side / 2)
    }

    @Test func viewBoxOffsetAndAspectAreHonoured() throws {
        // A 200 × 100 viewBox from (50, 50) on a 100 × 100 mm page: scaled 0.5 and centred down.
        let text = Self.svg(
            "<rect x=\"50\" y=\"50\" width=\"200\" height=\"100\" fill=\"#123456\"/>",
            size: "width=\"100mm\" height=\"100mm\" viewBox=\"50 50 200 100\"")
        Self.expectRect(try Self.pageBounds(text), 0, 25, 100, 50)
    }

    @Test(arguments: [
        ("translate(10 20)", 10.0, 20.0, 10.0, 10.0),
        ("translate(10,20) scale(2)", 10.0, 20.0, 20.0, 20.0),  // the rightmost acts first
        ("scale(2) translate(10,20)", 20.0, 40.0, 20.0, 20.0),
        ("rotate(90 5 5)", 0.0, 0.0, 10.0, 10.0),
        ("rotate(180, 10, 10)", 10.0, 10.0, 10.0, 10.0),
        ("matrix(1 0 0 1 30 0)", 30.0, 0.0, 10.0, 10.0),
        ("skewX(45)", 0.0, 0.0, 20.0, 10.0),
        ("skewY(45)", 0.0, 0.0, 10.0, 20.0),
    ])
    func transformsPlaceTheShape(transform: String, x: Double, y: Double, w: Double, h: Double) throws {
        let text = Self.svg("<g transform=\"\(transform)\"><rect width=\"10\" height=\"10\" fill=\"#123456\"/></g>")
        Self.expectRect(try Self.pageBounds(text), x, y, w, h)
    }

    @Test func nestedGroupsComposeTheirTransforms() throws {
        let text = Self.svg(
            """
            <g transform="translate(50,50)"><g transform="rotate(45)"><g transform="scale(2,1)">
            <rect x="-5" y="-5" width="10" height="10" fill="#123456"/></g></g></g>
            """)
        let r = try Self.pageBounds(text)
        // A 20 × 10 rectangle turned 45°: 15·√2 across, centred on (50, 50).
        Self.expectRect(
            r, 50 - 7.5 * 2.0.squareRoot(), 50 - 7.5 * 2.0.squareRoot(), 15 * 2.0.squareRoot(), 15 * 2.0.squareRoot())
    }

    @Test(arguments: [
        ("fill=\"#abc\"", "#aabbcc"),
        ("fill=\"rgb(10%, 20%, 100%)\"", "#1a33ff"),
        ("fill=\"RGB(255,0,0)\"", "#ff0000"),
        ("fill=\"navy\"", "#000080"),
        ("style=\"fill:Chocolate\"", "#d2691e"),
        ("fill=\"currentColor\" color=\"#010203\"", "#010203"),
        ("fill=\"red\" style=\"fill:#00ff00\"", "#00ff00"),  // style beats the attribute
    ])
    func coloursAreRead(attributes: String, hex: String) throws {
        let document = try ImportSupport.read(Self.svg("<rect width=\"10\" height=\"10\" \(attributes)/>"))
        #expect(document.drawing.elements.first?.fill?.hex == hex)
    }

    @Test func stylesInheritFromGroupsAndTheShapeWins() throws {
        let document = try ImportSupport.read(
            Self.svg(
                """
                <g style="fill:#ff0000;stroke:#0000ff;stroke-width:1.8">
                  <rect id="a" width="10" height="10"/>
                  <rect id="b" width="10" height="10" fill="#00ff00"/>
                  <g fill="none"><rect id="c" width="10" height="10"/></g>
                  <rect id="d" width="10" height="10" style="stroke:none"/>
                </g>
                """))
        let e = document.drawing.elements
        #expect(e.map { $0.fill?.hex } == ["#ff0000", "#00ff00", nil, "#ff0000"])
        #expect(e.map { $0.outline?.colour.hex } == ["#0000ff", "#0000ff", "#0000ff", nil])
        #expect(e[0].outline?.width == 1.8)
    }

    @Test func strokeWidthsScaleWithTheTransform() throws {
        let document = try ImportSupport.read(
            Self.svg(
                "<g transform=\"scale(2)\"><path d=\"M0 0 L10 0\" fill=\"none\" stroke=\"#000\" stroke-width=\"0.9\"/></g>"
            ))
        #expect(abs((document.drawing.elements.first?.outline?.width ?? 0) - 1.8) < 1e-12)
    }

    @Test func roundedRectanglesTakeRyFromRx() throws {
        let document = try ImportSupport.read(Self.svg("<rect width=\"20\" height=\"10\" rx=\"3\" fill=\"#123456\"/>"))
        let path = try #require(document.drawing.elements.first?.path)
        // Four straight sides and four quarter ellipses; the area is the rectangle less the corners.
        let area: Double = 200 - 4 * 9 + Double.pi * 9
        #expect(abs(path.signedArea - area) < 0.02)  // arcs as cubics: 2.7e-4 of the radius
    }

    @Test func everyPathCommandReadsAlikeAbsoluteAndRelative() throws {
        let absolute = "M10 10 H20 V20 L30 30 C40 30 40 40 35 40 S30 50 25 45 Q20 40 15 45 T10 50 A5 5 0 0 1 5 45 Z"
        let relative = "m10 10 h10 v10 l10 10 c10 0 10 10 5 10 s-5 10 -10 5 q-5 -5 -10 0 t-5 5 a5 5 0 0 1 -5 -5 z"
        func points(_ d: String) throws -> [Point] {
            let document = try ImportSupport.read(Self.svg("<path d=\"\(d)\" fill=\"#123456\"/>"))
            return try #require(document.drawing.elements.first).path.flattened(tolerance: 0.01).flatMap(\.points)
        }
        let a = try points(absolute), r = try points(relative)
        #expect(a.count == r.count && a.count > 20)
        #expect(zip(a, r).allSatisfy { $0.distance(to: $1) < 1e-9 })
        // Page x = 5 is tile x = -45 on the 100 mm page: the arc's end is the leftmost point.
        #expect(abs(a.map(\.x).min()! + 45) < 1e-9)
    }

    @Test func useCopiesAShapeWithItsOffsetAndStyle() throws {
        let document = try ImportSupport.read(
            Self.svg(
                """
                <defs><circle id="dot" r="2"/></defs>
                <g fill="#336699"><use xlink:href="#dot" x="10" y="20"/><use href="#dot" transform="translate(30 40)"/></g>
                """))
        let centres = document.drawing.elements.compactMap { $0.path.bounds }.map { Point($0.minX + 52, $0.minY + 52) }
        #expect(centres == [Point(10, 20), Point(30, 40)])
        #expect(document.drawing.elements.allSatisfy { $0.fill?.hex == "#336699" })
    }

    @Test func aUseThatUsesItselfIsRefused() {
        let error = ImportSupport.refusal(Self.svg("<g id=\"a\"><use href=\"#a\"/></g>"))
        #expect(error?.message.contains("uses itself") == true)
    }

    @Test func unsupportedFeaturesAreWarningsNamingTheElement() throws {
        let document = try ImportSupport.read(
            Self.svg(
                """
                <rect id="r" width="10" height="10" fill="#123456" mask="url(#m)"/>
                <path d="M0 0 L10 10" stroke="#000" marker-end="url(#arrow)"/>
                <text x="1" y="1">Batik</text>
                <foreignObject id="html"/>
                <rect id="hidden" width="5" height="5" style="display:none"/>
                <rect width="5" height="5" fill="none"/>
                """))
        let messages = document.warnings.map(\.message)
        #expect(messages.contains { $0.contains("<rect id=\"r\"> has mask") })
        #expect(messages.contains { $0.contains("<path> on line 2 has marker-end") })
        #expect(messages.contains { $0.contains("the text <text> on line 3") })
        #expect(messages.contains { $0.contains("<foreignObject id=\"html\">") })
        #expect(messages.contains { $0.contains("<rect id=\"hidden\"> is hidden") })
        #expect(messages.contains { $0.contains("neither fill nor stroke") })
        // The rectangle, and the line's two parts: SVG fills paths black unless told otherwise.
        #expect(document.drawing.elements.count == 3)
    }

    @Test func evenOddHolesStayHolesUnderTheNonZeroRule() throws {
        // Both squares drawn the same way round: non-zero would fill the hole, evenodd does not.
        let d = "M0 0 H40 V40 H0 Z M10 10 H30 V30 H10 Z"
        let document = try ImportSupport.read(Self.svg("<path d=\"\(d)\" fill=\"#123456\" fill-rule=\"evenodd\"/>"))
        let path = try #require(document.drawing.elements.first?.path)
        #expect(abs(abs(path.signedArea) - (1600 - 400)) < 1e-9)
        #expect(!path.contains(Point(-30, -30)))
    }

    @Test func theDrawingsTitleNamesTheMotif() throws {
        let named = try ImportSupport.read(Self.svg("<title>Kupu Tarung</title><circle r=\"2\" cx=\"5\" cy=\"5\"/>"))
        #expect(named.drawing.name == "Kupu Tarung")
        let plain = try ImportSupport.read(Self.svg("<circle r=\"2\" cx=\"5\" cy=\"5\"/>"), path: "drawings/sekar.svg")
        #expect(plain.drawing.name == "sekar")
        #expect(plain.drawing.source == "sekar.svg")
    }

    @Test func stubbyStrokesComeInAsDots() throws {
        let document = try ImportSupport.read(
            Self.svg(
                "<path d=\"M10 10 L10.001 10 M20 10 L20.001 10\" fill=\"none\" stroke=\"#000\" stroke-width=\"1.1\" stroke-linecap=\"round\"/>"
            ))
        let e = try #require(document.drawing.elements.first)
        #expect(e.outline == nil && e.fill?.hex == "#000000")
        #expect(e.path.subpaths.count == 2)
        #expect(abs((e.path.subpaths[0].bounds?.size.width ?? 0) - 1.1) < 1e-9)
    }
}
