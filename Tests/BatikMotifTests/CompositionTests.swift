import BatikGeometry
import Testing

@testable import BatikMotif

/// Small motifs for compositions: a body of circles and a tumpal-like frieze of triangles.
enum CompositionFixtures {
    static let body = """
        name: Bulatan
        origin: test
        tile: { size: [20, 20], repeat: square }
        cloth: "#f0e6cf"
        dyes:
          - { name: nila, colour: "#2e3b63", method: dip }
          - { name: soga, colour: "#9a6332", method: dip }
        colours: { putih: [], biru: [nila], hitam: [nila, soga] }
        background: hitam
        elements:
          - { shape: circle, r: 6, fill: biru, outline: putih }
        """

    /// Triangles pointing up (−y): what a composition turns to point into the cloth.
    static func tumpal(dyes: String = "[nila, soga]") -> String {
        let baths = dyes == "[nila, soga]"
            ? "  - { name: nila, colour: \"#2e3b63\", method: dip }\n  - { name: soga, colour: \"#9a6332\", method: dip }"
            : "  - { name: soga, colour: \"#9a6332\", method: dip }\n  - { name: nila, colour: \"#2e3b63\", method: dip }"
        return """
            name: Tumpal Uji
            origin: test
            params: { width: 30, height: 40 }
            tile: { size: [width, height], repeat: square }
            cloth: "#f0e6cf"
            dyes:
            \(baths)
            colours: { putih: [], coklat: [soga], hitam: [nila, soga] }
            background: coklat
            elements:
              - shape: polygon
                points: [[-width * 0.48, height * 0.48], [width * 0.48, height * 0.48], [0, -height * 0.48]]
                fill: hitam
                outline: putih
            """
    }

    static func build(_ yaml: String, tumpalDyes: String = "[nila, soga]") throws -> Composition {
        let file = try CompositionFile.load(yaml: yaml, path: "test.yaml")
        let body = try MotifLoader.load(yaml: Self.body, path: "body.yaml")
        let tumpal = try MotifLoader.load(yaml: tumpal(dyes: tumpalDyes), path: "tumpal.yaml")
        return try Composition.build(
            file, path: "test.yaml", body: body, border: file.border == nil ? nil : tumpal,
            head: file.head == nil ? nil : tumpal)
    }

    /// The diagnostics of a composition that must not build.
    static func problems(_ yaml: String, tumpalDyes: String = "[nila, soga]") -> [Diagnostic] {
        do {
            _ = try build(yaml, tumpalDyes: tumpalDyes)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics
        } catch {
            return [Diagnostic(file: "?", line: 0, column: 0, message: "\(error)")]
        }
    }
}

@Suite("Compositions: fields of a whole cloth")
struct CompositionTests {
    func close(_ a: Rect, _ b: Rect, sourceLocation: SourceLocation = #_sourceLocation) {
        let ok = abs(a.minX - b.minX) < 1e-6 && abs(a.minY - b.minY) < 1e-6 && abs(a.width - b.width) < 1e-6
            && abs(a.height - b.height) < 1e-6
        #expect(ok, "\(a) is not \(b)", sourceLocation: sourceLocation)
    }

    /// The direction the motif's top (−y) points on the cloth.
    func pointing(_ field: ClothField) -> Vector { field.frame.apply(Vector(0, -1)) }

    @Test("every preset: its size, borders of the given width on its default sides, the body inside them", arguments: ClothKind.allCases)
    func presets(kind: ClothKind) throws {
        let c = try CompositionFixtures.build("composition: \(kind.rawValue)\nbody: { motif: b }\nborder: { motif: t, width: 40 }\n")
        let (w, h) = (kind.size.width, kind.size.height)
        #expect(c.area.size == kind.size)
        let borders = c.fields.filter { if case .border = $0.role { true } else { false } }
        #expect(borders.count == kind.defaultBorderSides.count)
        for f in borders {
            guard case .border(let side) = f.role else { continue }
            switch side {
            case .top:
                close(f.area, Rect(x: 0, y: 0, width: w, height: 40))
                #expect(pointing(f).dy > 0.99, "the top border points down into the cloth")
            case .bottom:
                close(f.area, Rect(x: 0, y: h - 40, width: w, height: 40))
                #expect(pointing(f).dy < -0.99)
            case .left:
                close(f.area, Rect(x: 0, y: 40, width: 40, height: h - 80))
                #expect(pointing(f).dx > 0.99)
            case .right:
                close(f.area, Rect(x: w - 40, y: 40, width: 40, height: h - 80))
                #expect(pointing(f).dx < -0.99)
            }
        }
        let body = try #require(c.fields.first { $0.role == .body })
        let side = kind == .iket ? 40.0 : 0
        close(body.area, Rect(x: side, y: 40, width: w - 2 * side, height: h - 80))
        // The fields tile the cloth: their areas add up to the cloth's.
        let total = c.fields.reduce(0) { $0 + $1.area.width * $1.area.height }
        #expect(abs(total - w * h) < 1e-6)
    }

    @Test("a sarung's kepala: 12–20 % of the length, papan at both sides, two tumpal rows pointing at each other")
    func sarungHead() throws {
        let c = try CompositionFixtures.build(
            "composition: sarung\nbody: { motif: b }\nborder: { motif: t, width: 50 }\nhead: { motif: t, at: 0.45, papan: 25 }\n")
        // 16 % of 2000 mm is 320 mm, centred at 900 mm: 740 to 1060.
        let papans = c.fields.filter { if case .papan = $0.role { true } else { false } }
        let rows = c.fields.filter { if case .tumpal = $0.role { true } else { false } }
        #expect(papans.count == 2 && rows.count == 2)
        close(papans[0].area, Rect(x: 740, y: 50, width: 25, height: 1000))
        close(papans[1].area, Rect(x: 1035, y: 50, width: 25, height: 1000))
        close(rows[0].area, Rect(x: 765, y: 50, width: 135, height: 1000))
        close(rows[1].area, Rect(x: 900, y: 50, width: 135, height: 1000))
        let head = rows.reduce(papans[0].area) { $0.union($1.area) }.union(papans[1].area)
        #expect(ClothKind.headShare.contains(head.width / 2000))
        // Facing each other: the left row points right, the right row points left.
        #expect(pointing(rows[0]).dx > 0.99 && pointing(rows[1]).dx < -0.99)
        // The rows run along the cloth's height: the frieze's length is the head's height.
        #expect(rows[0].patternArea.width == 1000 && rows[0].patternArea.height == 135)
        // The papan is plain, in the undyed recipe.
        #expect(papans[0].motif.tileMarks.isEmpty && papans[0].motif.background == "putih")
        // The body is cut in two by the head, one lattice for both pieces.
        let bodies = c.fields.filter { $0.role == .body }
        close(bodies[0].area, Rect(x: 0, y: 50, width: 740, height: 1000))
        close(bodies[1].area, Rect(x: 1060, y: 50, width: 940, height: 1000))
        #expect(bodies[0].patternArea == bodies[1].patternArea)
        // Each field's tiles meet its own rectangle.
        for f in c.fields where !f.motif.tileMarks.isEmpty {
            #expect(!f.layout().placements.isEmpty)
        }
    }

    @Test("the head's motif takes the body's dye colours and cloth")
    func sharedDyes() throws {
        let c = try CompositionFixtures.build("composition: sarung\nbody: { motif: b }\nhead: { motif: t }\n")
        for f in c.fields { #expect(f.motif.dyes == c.body.dyes && f.motif.cloth == c.body.cloth) }
    }

    @Test("composition files are told from motif files by their top-level key")
    func recognised() {
        #expect(CompositionFile.isComposition(yaml: "# a sarung\ncomposition: sarung\nbody: { motif: kawung }\n"))
        #expect(!CompositionFile.isComposition(yaml: CompositionFixtures.body))
    }

    @Test(
        "broken compositions name the place and the fix",
        arguments: [
            ("composition: sarong\nbody: { motif: b }\n", "1:14: error: unknown cloth 'sarong'", "did you mean 'sarung'?"),
            ("composition: sarung\nname: x\n", "1:1: error: missing key 'body'", "badan"),
            ("composition: sarung\nbody: { motif: b }\nborder: { motif: t, width: 300 }\n",
             "3:28: error: the border is 300 mm wide: it takes 600 mm of the cloth's 1100 mm height", "at most 275 mm"),
            ("composition: kain-panjang\nbody: { motif: b }\nhead: { motif: t }\n",
             "3:1: error: a head (kepala) belongs to a sarung, not a kain-panjang", "composition: sarung"),
            ("composition: sarung\nbody: { motif: b }\nhead: { motif: t, at: 0.98 }\n",
             "3:23: error: the kepala (320 mm wide, centred at 1960 mm) runs off the cloth", "put 'at' between 0.08 and 0.92"),
            ("composition: sarung\nbody: { motif: b }\nhead: { motif: t, papan-colour: puteh }\n",
             "3:33: error: unknown colour recipe 'puteh' for 'papan-colour'", "did you mean 'putih'?"),
            ("composition: sarung\nbody: { motif: b }\nborder: { motif: t, sides: [top, botom] }\n",
             "3:34: error: unknown side 'botom'", "did you mean 'bottom'?"),
            ("composition: sarung\nbody: { motif: b, colour: x }\n", "2:19: error: unknown key 'colour' in 'body'", nil),
        ] as [(String, String, String?)])
    func broken(yaml: String, message: String, hint: String?) {
        let problems = CompositionFixtures.problems(yaml)
        let text = problems.map(\.description).joined(separator: "\n")
        #expect(text.contains("test.yaml:" + message), "\(text)")
        if let hint { #expect(text.contains(hint), "\(text)") }
    }

    @Test("a frieze dyed in another order is refused at its motif: one sequence of baths dyes the cloth")
    func dyeMismatch() {
        let problems = CompositionFixtures.problems(
            "composition: sarung\nbody: { motif: b }\nborder: { motif: t }\n", tumpalDyes: "[soga, nila]")
        let text = problems.map(\.description).joined(separator: "\n")
        #expect(
            text.contains("test.yaml:3:18: error: the border motif 'Tumpal Uji' is dyed soga, nila, but the body 'Bulatan' is dyed nila, soga"),
            "\(text)")
        #expect(text.contains("same names in the same order"))
    }

    @Test("a kepala outside 12–20 % of the length is a warning, not an error")
    func headShareWarning() throws {
        let c = try CompositionFixtures.build("composition: sarung\nbody: { motif: b }\nhead: { motif: t, width: 500 }\n")
        #expect(c.warnings.count == 1)
        #expect(c.warnings.first?.description.contains("25 % of the 2000 mm length; a sarung's is 12–20 %") == true)
    }
}
