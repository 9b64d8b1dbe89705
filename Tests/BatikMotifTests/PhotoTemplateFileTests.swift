import BatikGeometry
import BatikMotif
import Testing

@Suite("Photo template files")
struct PhotoTemplateFileTests {
    func problems(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try PhotoTemplateFile.load(yaml: yaml, path: "kaos.yaml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test("a full template reads: paths as written, width in millimetres, corners in pixels")
    func reads() throws {
        let file = try PhotoTemplateFile.load(
            yaml: """
                name: kaos-putih
                title: Kaos putih
                photo: foto/kaos.jpg
                mask: foto/kaos-mask.png
                width: 56cm
                corners: [[10, 20], [300, 22], [310, 400], [8, 390]]
                height: 700mm
                shading: 0.8
                """, path: "kaos.yaml")
        #expect(file.photo == "foto/kaos.jpg" && file.mask == "foto/kaos-mask.png")
        #expect(file.widthMillimetres == 560 && file.heightMillimetres == 700)
        #expect(file.corners?[2] == Point(x: 310, y: 400))
        #expect(file.photoPosition == SourcePosition(line: 3, column: 8))
        #expect(file.shading == 0.8 && file.name == "kaos-putih")
    }

    @Test("a misspelt key is reported at its line and column with the key meant")
    func misspeltKey() {
        let d = problems("photo: kaos.jpg\nwidht: 56cm\n")
        let typo = d.first { $0.message.contains("widht") }
        #expect(typo?.line == 2 && typo?.column == 1)
        #expect(typo?.hint == "did you mean 'width'?")
        #expect(typo?.description.hasPrefix("kaos.yaml:2:1: error: unknown key 'widht'") == true)
        #expect(d.contains { $0.message.contains("missing key 'width'") })
    }

    @Test("a width without a unit, or not a number, says how to write it")
    func badWidth() {
        let bare = problems("photo: kaos.jpg\nwidth: 56\n")
        #expect(bare.first?.line == 2 && bare.first?.column == 8)
        #expect(bare.first?.hint == "write width: 56cm or width: 56mm")
        let words = problems("photo: kaos.jpg\nwidth: lebar\n")
        #expect(words.first?.message == "'lebar' is not a length for 'width'")
    }

    @Test("a web address is refused: nothing is fetched from the network")
    func noURLs() {
        let d = problems("photo: https://example.com/kaos.jpg\nwidth: 56cm\n")
        #expect(d.count == 1 && d[0].line == 1 && d[0].column == 8)
        #expect(d[0].message.contains("not a web address"))
    }

    @Test("corners must be four [x, y] pixel positions")
    func corners() {
        let three = problems("photo: a.jpg\nwidth: 50cm\ncorners: [[1, 2], [3, 4], [5, 6]]\n")
        #expect(three.first?.line == 3 && three.first?.message == "'corners' needs 4 points, found 3")
        let word = problems("photo: a.jpg\nwidth: 50cm\ncorners: [[1, 2], [3, x], [5, 6], [7, 8]]\n")
        #expect(word.first?.line == 3 && word.first?.column == 23)
    }

    @Test("YAML syntax errors keep their line and column")
    func syntax() {
        let d = problems("photo: a.jpg\nwidth: [50cm\n")
        #expect(d.count == 1 && d[0].line >= 2)
        #expect(d[0].message.contains("not valid YAML"))
    }
}
