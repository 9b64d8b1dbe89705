import Foundation
import Testing

/// `batik import`: a drawing in, a motif out that check and render accept; a bad drawing refused
/// with its place, exit 65 and nothing written.
@Suite struct ImportCommandTests {
    static let fixtures = BatikProcess.repositoryRoot.appendingPathComponent("Tests/BatikImportTests/Fixtures")

    @Test(arguments: ["kupu-inkscape", "ceplok-px", "daun-cm"])
    func importedDrawingsCheckAndRender(name: String) throws {
        let folder = try BatikProcess.temporaryFolder()
        let svg = Self.fixtures.appendingPathComponent("\(name).svg").path
        let out = folder.appendingPathComponent("motifs/\(name).yaml").path
        let run = try BatikProcess.run(["import", svg, "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == out + "\n")
        #expect(run.stderr.contains("wrote \(out):"))
        let check = try BatikProcess.run(["check", out])
        #expect(check.status == 0 && check.stdout.contains(": ok"), "\(check.stderr)")
        #expect(!check.stderr.contains("warning"))
        let png = folder.appendingPathComponent("\(name).png").path
        let render = try BatikProcess.run(["render", out, "--tiles", "1x1", "--dpi", "50", "-o", png])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(FileManager.default.fileExists(atPath: png))
    }

    @Test func warningsNameTheElementAndTheLine() throws {
        let folder = try BatikProcess.temporaryFolder()
        let svg = Self.fixtures.appendingPathComponent("kupu-inkscape.svg").path
        let run = try BatikProcess.run([
            "import", svg, "-o", folder.appendingPathComponent("k.yaml").path, "--name", "Kupu Tarung", "--lang", "en",
        ])
        #expect(run.status == 0)
        #expect(run.stderr.contains("kupu-inkscape.svg:122:5: warning: the text <text id=\"judul\"> is not imported"))
        #expect(run.stderr.contains("kupu-inkscape.svg:108:3: warning: the hidden layer 'Sketsa' is not imported"))
        let yaml = try String(contentsOf: folder.appendingPathComponent("k.yaml"), encoding: .utf8)
        #expect(yaml.contains("name: \"Kupu Tarung\""))
        #expect(yaml.contains("# Check before use:"))
    }

    /// Bad drawings: each refused with its message, exit 65, and no motif file.
    @Test(arguments: [
        ("not-xml", "this is a text file, not a drawing", "not-xml.svg:1:1: error: not a readable SVG file"),
        ("empty", "", "empty.svg:1:1: error: the file is empty"),
        (
            "bomb",
            """
            <?xml version="1.0"?>
            <!DOCTYPE svg [
             <!ENTITY a "ha">
             <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
             <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
            ]>
            <svg xmlns="http://www.w3.org/2000/svg"><text>&c;</text></svg>
            """, "bomb.svg:3:2: error: the file declares an XML entity"
        ),
        (
            "xxe",
            """
            <?xml version="1.0"?>
            <!DOCTYPE svg [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm"><text>&xxe;</text></svg>
            """, "xxe.svg:2:17: error: the file declares an XML entity"
        ),
        (
            "subset",
            """
            <!DOCTYPE svg [ <!ATTLIST svg a CDATA "b"> ]>
            <svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm"><rect width="5" height="5"/></svg>
            """, "subset.svg:1:15: error: the DOCTYPE has an internal subset"
        ),
        (
            "image",
            """
            <svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm">
              <rect width="5" height="5"/>
              <image id="foto" href="http://example.com/batik.png" width="10" height="10"/>
            </svg>
            """, "image.svg:3:3: error: <image id=\"foto\"> refers to 'http://example.com/batik.png' outside the file"
        ),
        (
            "use-file",
            """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10mm" height="10mm">
              <use xlink:href="other.svg#leaf"/>
            </svg>
            """, "use-file.svg:2:3: error: <use> on line 2 refers to 'other.svg#leaf' outside the file"
        ),
        (
            "huge",
            """
            <svg xmlns="http://www.w3.org/2000/svg" width="1e9mm" height="10mm"><rect width="5" height="5"/></svg>
            """, "huge.svg:1:1: error: width=\"1e9mm\" is 1000000 m; the drawing would be more than 10 m across"
        ),
        (
            "infinite",
            """
            <svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm" viewBox="0 0 1e999 10"><rect width="5" height="5"/></svg>
            """, "infinite.svg:1:1: error: viewBox=\"0 0 1e999 10\" is not usable"
        ),
        (
            "nan",
            """
            <svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm" viewBox="0 0 10 10">
              <path id="rusak" d="M 0 0 L NaN 5 Z"/>
            </svg>
            """,
            "nan.svg:2:3: error: <path id=\"rusak\">: its path data cannot be read: path data, character 9: expected a number for 'L', found 'N'"
        ),
        (
            "broken-tag",
            """
            <svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm"><rect width="5" height="5"></svg>
            """, "broken-tag.svg:1:"
        ),
    ])
    func badDrawingsAreRefused(name: String, text: String, message: String) throws {
        let folder = try BatikProcess.temporaryFolder()
        try text.write(to: folder.appendingPathComponent("\(name).svg"), atomically: true, encoding: .utf8)
        let run = try BatikProcess.run(["import", "\(name).svg", "-o", "out.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.contains("\n    hint: "))
        #expect(run.stderr.contains("batik: error: \(name).svg cannot be imported; nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.yaml").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["\(name).svg"])
    }

    /// An entity bomb in UTF-16 would slip past a check of ASCII bytes; the encoding is refused first.
    @Test func aDrawingInAnotherEncodingIsRefused() throws {
        let folder = try BatikProcess.temporaryFolder()
        let bomb = """
            <?xml version="1.0" encoding="UTF-16"?>
            <!DOCTYPE svg [ <!ENTITY a "ha"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
            <svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>
            """
        try bomb.data(using: .utf16)!.write(to: folder.appendingPathComponent("utf16.svg"))
        let utf16 = try BatikProcess.run(["import", "utf16.svg", "-o", "out.yaml"], in: folder)
        #expect(utf16.status == 65)
        #expect(utf16.stderr.contains("utf16.svg:1:1: error: the file is not UTF-8 text"))
        let utf7 =
            "<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n+ADw-svg xmlns=+ACI-http://www.w3.org/2000/svg+ACI-/+AD4-"
        try utf7.write(to: folder.appendingPathComponent("utf7.svg"), atomically: true, encoding: .utf8)
        let seven = try BatikProcess.run(["import", "utf7.svg", "-o", "out.yaml"], in: folder)
        #expect(seven.status == 65)
        #expect(
            seven.stderr.contains(
                "utf7.svg:1:21: error: the file says it is written in the utf-7 encoding; only UTF-8 is read"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.yaml").path))
    }

    @Test func aPathOfTenMillionVerticesIsRefusedBeforeItIsParsed() throws {
        let folder = try BatikProcess.temporaryFolder()
        var text = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10mm\" height=\"10mm\">\n<path d=\"M0 0"
        text += String(repeating: "h1", count: 10_000_000)
        text += "\"/></svg>"
        try text.write(to: folder.appendingPathComponent("many.svg"), atomically: true, encoding: .utf8)
        let run = try BatikProcess.run(["import", "many.svg", "-o", "out.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("many.svg:2:9: error: the drawing's paths have more than 500000 points"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.yaml").path))
    }

    @Test func aFileOverTwentyMegabytesIsRefusedUnread() throws {
        let folder = try BatikProcess.temporaryFolder()
        let url = folder.appendingPathComponent("big.svg")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 21 * 1024 * 1024)  // sparse: nothing to read, only its size
        try handle.close()
        let run = try BatikProcess.run(["import", "big.svg", "-o", "out.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("big.svg:0:0: error: the file is 21 MB; an SVG to import may be at most 20 MB"))
    }

    @Test func missingInputSameOutputAndExistingOutputAreRefused() throws {
        let folder = try BatikProcess.temporaryFolder()
        let missing = try BatikProcess.run(["import", "nowhere.svg", "-o", "out.yaml"], in: folder)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("batik: error: no drawing 'nowhere.svg'"))

        let svg = Self.fixtures.appendingPathComponent("ceplok-px.svg").path
        let same = try BatikProcess.run(["import", svg, "-o", svg])
        #expect(same.status == 64)
        #expect(same.stderr.contains("is the input file"))

        try "keep".write(to: folder.appendingPathComponent("out.yaml"), atomically: true, encoding: .utf8)
        let existing = try BatikProcess.run(["import", svg, "-o", "out.yaml"], in: folder)
        #expect(existing.status == 73)
        #expect(try String(contentsOf: folder.appendingPathComponent("out.yaml"), encoding: .utf8) == "keep")
        let forced = try BatikProcess.run(["import", svg, "-o", "out.yaml", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("out.yaml"), encoding: .utf8).contains("shape: path"))
    }
}
