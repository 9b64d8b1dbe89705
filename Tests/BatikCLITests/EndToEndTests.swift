import BatikTestSupport
import Foundation
import Testing

/// The `batik` program run as a user runs it: exit codes, what lands on disk, what is said.
@Suite("batik end to end")
struct EndToEndTests {
    static let brokenFolder = BatikProcess.repositoryRoot.appendingPathComponent("Tests/BatikMotifTests/Broken")

    static let brokenFiles: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: brokenFolder.path)) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted()

    @Test("the bahan cloth at 100 DPI is 200 × 110 cm in pixels and says 100 DPI")
    func bahanAt100DPI() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("bahan.png")
        let result = try BatikProcess.run(["render", "motifs/kawung.yaml", "--cloth", "bahan", "--dpi", "100", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == out.path + "\n")
        #expect(result.stderr.contains("7874 × 4331 px at 100 DPI = 200 × 110 cm"))
        let png = try decodePNG([UInt8](Data(contentsOf: out)))
        #expect(png.image.width == 7874)  // 2000 mm / 25.4 × 100
        #expect(png.image.height == 4331)  // 1100 mm / 25.4 × 100
        #expect(png.pixelsPerMetre?.x == 3937)
        #expect(png.pixelsPerMetre?.y == 3937)
        #expect(png.text(for: "batik:motif") == "Kawung")
        #expect(png.text(for: "batik:parameters")?.contains("size=24") == true)
    }

    @Test("the same command twice writes byte-identical files")
    func deterministic() throws {
        let folder = try BatikProcess.temporaryFolder()
        var outputs: [Data] = []
        for name in ["a.png", "b.png"] {
            let out = folder.appendingPathComponent(name).path
            let result = try BatikProcess.run(["render", "parang-rusak", "--size", "12x8cm", "--dpi", "90", "-o", out])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test("--set changes the motif: kawung kemplong has bigger repeats")
    func setParameter() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("k.png").path
        let result = try BatikProcess.run(["render", "kawung", "--set", "size=60", "--tiles", "2x1", "--dpi", "50", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let png = try decodePNG([UInt8](Data(contentsOf: URL(fileURLWithPath: out))))
        #expect(png.image.width == 236)  // 2 × 60 mm at 50 DPI
        #expect(png.image.height == 118)
    }

    @Test("at least 20 broken motif files are bundled for the tests")
    func enoughBrokenFiles() {
        #expect(Self.brokenFiles.count >= 20)
    }

    @Test("a broken motif exits 65, names file:line:column with its message, and writes nothing", arguments: brokenFiles)
    func brokenMotif(name: String) throws {
        let source = Self.brokenFolder.appendingPathComponent(name)
        let text = try String(contentsOf: source, encoding: .utf8)
        let folder = try BatikProcess.temporaryFolder()
        // Work on a copy so the test can also prove the input is left untouched.
        let input = folder.appendingPathComponent(name)
        try text.write(to: input, atomically: true, encoding: .utf8)
        var arguments = ["render", name, "-o", "preview.png"]
        for line in text.split(separator: "\n") where line.hasPrefix("# set: ") {
            arguments += ["--set", String(line.dropFirst("# set: ".count))]
        }
        let result = try BatikProcess.run(arguments, in: folder)
        #expect(result.status == 65, "\(name): \(result.stderr)")
        for line in text.split(separator: "\n") where line.hasPrefix("# expect: ") {
            let expectation = line.dropFirst("# expect: ".count)
            let place = expectation.prefix { $0 != " " }  // "7:5:"
            let message = expectation.dropFirst(place.count).trimmingCharacters(in: .whitespaces)
            // The message is on the diagnostic's line, or on its hint line below.
            let lines = result.stderr.split(separator: "\n")
            let found = lines.indices.contains { i in
                lines[i].hasPrefix("\(name):\(place)")
                    && (lines[i].contains(message) || (i + 1 < lines.count && lines[i + 1].contains(message)))
            }
            #expect(found, "\(name): no '\(place) … \(message)' in\n\(result.stderr)")
        }
        #expect(result.stderr.contains("nothing was written"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == [name], "\(name): files left behind: \(left)")
        #expect(try String(contentsOf: input, encoding: .utf8) == text)
    }

    @Test("a missing motif exits 66 and suggests the nearest library name")
    func missingMotif() throws {
        let result = try BatikProcess.run(["render", "kawugn"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no motif file 'kawugn'"))
        #expect(result.stderr.contains("did you mean 'kawung'?"))
    }

    @Test("an existing output is not replaced without --force (exit 73)")
    func noClobber() throws {
        let folder = try BatikProcess.temporaryFolder()
        let out = folder.appendingPathComponent("keep.png")
        try Data("precious".utf8).write(to: out)
        let result = try BatikProcess.run(["render", "kawung", "-o", out.path])
        #expect(result.status == 73)
        #expect(result.stderr.contains("already exists"))
        #expect(result.stderr.contains("--force"))
        #expect(try Data(contentsOf: out) == Data("precious".utf8))
        let forced = try BatikProcess.run(["render", "kawung", "--tiles", "1x1", "-o", out.path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try decodePNG([UInt8](Data(contentsOf: out))).image.width > 0)
    }

    @Test("a picture too large for one image is refused before any work (exit 64)")
    func tooLarge() throws {
        let folder = try BatikProcess.temporaryFolder()
        let result = try BatikProcess.run(["render", "kawung", "--cloth", "kain-panjang", "--dpi", "1200", "-o", "big.png"], in: folder)
        #expect(result.status == 64)
        #expect(result.stderr.contains("lower --dpi"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("check reports every file and exits 65 when any has errors")
    func checkMany() throws {
        let broken = Self.brokenFolder.appendingPathComponent("three-errors.yaml").path
        let result = try BatikProcess.run(["check", "motifs/kawung.yaml", broken])
        #expect(result.status == 65)
        #expect(result.stdout.contains("motifs/kawung.yaml: ok"))
        #expect(result.stderr.components(separatedBy: ": error: ").count - 1 >= 3)
    }

    @Test("every bundled motif checks clean")
    func libraryIsClean() throws {
        let result = try BatikProcess.run(["check", "motifs/kawung.yaml", "motifs/parang-rusak.yaml", "motifs/surya-majapahit.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("motifs lists the library with origins and repeat sizes")
    func listing() throws {
        let result = try BatikProcess.run(["motifs"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("kawung"))
        #expect(result.stdout.contains("24 × 24 mm"))
        #expect(result.stdout.contains("Mojokerto"))
    }

    @Test("new writes a starter that checks and renders, and will not overwrite it")
    func starter() throws {
        let folder = try BatikProcess.temporaryFolder()
        let made = try BatikProcess.run(["new", "sekar"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("sekar.yaml").path))
        let checked = try BatikProcess.run(["check", "sekar.yaml"], in: folder)
        #expect(checked.status == 0, "\(checked.stderr)")
        let rendered = try BatikProcess.run(["render", "sekar.yaml", "-o", "sekar.png"], in: folder)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let again = try BatikProcess.run(["new", "sekar"], in: folder)
        #expect(again.status == 73)
    }

    @Test("an unknown option is a usage error (exit 64)")
    func usageError() throws {
        let result = try BatikProcess.run(["render", "kawung", "--colour", "red"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown option '--colour'"))
    }
}
