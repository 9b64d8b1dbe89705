import BatikTestSupport
import Foundation
import Testing

/// `batik render`, `plan`, `pola` and `listing` on whole-cloth compositions, small enough to be quick.
@Suite("Compositions on the command line")
struct CompositionCommandTests {
    static let tumpal = """
        name: Tumpal Uji
        origin: test
        params: { width: 30, height: 40 }
        tile: { size: [width, height], repeat: square }
        cloth: "#f0e6cf"
        dyes:
          - { name: nila, colour: "#2e3b63", method: dip }
          - { name: soga, colour: "#9a6332", method: dip }
        colours: { putih: [], coklat: [soga], hitam: [nila, soga] }
        background: coklat
        elements:
          - shape: polygon
            points: [[-width * 0.48, height * 0.48], [width * 0.48, height * 0.48], [0, -height * 0.48]]
            fill: hitam
            outline: putih
        """

    /// A 60 × 33 cm sarung of the bundled kawung with a tumpal border and head, in a fresh folder.
    static let sarung = """
        composition: sarung
        name: Sarung Uji
        size: [600, 330]
        body: { motif: kawung }
        border: { motif: tumpal.yaml, width: 30 }
        head: { motif: tumpal, papan: 10 }
        """

    static func folder(_ files: [String: String]) throws -> URL {
        let folder = try BatikProcess.temporaryFolder()
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test("render: a PNG of the whole sarung at its own size")
    func render() throws {
        let folder = try Self.folder(["tumpal.yaml": Self.tumpal, "sarung.yaml": Self.sarung])
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("s.png").path
        let r = try BatikProcess.run(["render", folder.appendingPathComponent("sarung.yaml").path, "--dpi", "25", "-o", png])
        #expect(r.status == 0, "\(r.stderr)")
        let decoded = try decodePNG([UInt8](try Data(contentsOf: URL(fileURLWithPath: png))))
        #expect(decoded.image.width == 591 && decoded.image.height == 325)
        #expect(r.stderr.contains("sarung Sarung Uji") && r.stderr.contains("60 × 33 cm"))
    }

    @Test("plan: one sequence of steps for every part, amounts over the whole cloth")
    func plan() throws {
        let folder = try Self.folder(["tumpal.yaml": Self.tumpal, "sarung.yaml": Self.sarung])
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try BatikProcess.run(["plan", folder.appendingPathComponent("sarung.yaml").path, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        for text in [
            "Parts of the cloth:", "A. body (Kawung)", "border top + border bottom (Tumpal Uji), 2 × 60 × 3 cm",
            "papan left + papan right (plain, putih)", "tumpal left + tumpal right (Tumpal Uji)", "Amounts, whole cloth:",
            "Medel: dip in nila", "Nglorod",
        ] {
            #expect(r.stdout.contains(text), "missing \(text)")
        }
        // One bath of each dye for the whole cloth, in the body's order.
        #expect(r.stdout.components(separatedBy: "Medel:").count == 2)
        #expect(r.stdout.range(of: "Medel:")!.lowerBound < r.stdout.range(of: "Nyoga:")!.lowerBound)
    }

    @Test("pola: the whole composition on A4 sheets")
    func pola() throws {
        let folder = try Self.folder(["tumpal.yaml": Self.tumpal, "sarung.yaml": Self.sarung])
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("p.pdf")
        let r = try BatikProcess.run(["pola", folder.appendingPathComponent("sarung.yaml").path, "-o", pdf.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try PDFInspection.pageSizes(pdf).count > 2)
    }

    @Test("listing: the whole-cloth picture is the composition")
    func listing() throws {
        let folder = try Self.folder(["tumpal.yaml": Self.tumpal, "sarung.yaml": Self.sarung])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("l").path
        let r = try BatikProcess.run(["listing", folder.appendingPathComponent("sarung.yaml").path, "--products", "tas", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/04-kain-utuh.jpg"))
        let text = try String(contentsOfFile: out + "/listing.txt", encoding: .utf8)
        #expect(text.contains("60 × 33") || text.contains("60 x 33"), "\(text)")
    }

    @Test("the area options do not apply to a composition")
    func areaRefused() throws {
        let folder = try Self.folder(["tumpal.yaml": Self.tumpal, "sarung.yaml": Self.sarung])
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try BatikProcess.run(["render", folder.appendingPathComponent("sarung.yaml").path, "--cloth", "iket"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("is a composition: the cloth's size is in the file"))
    }

    @Test(
        "broken compositions exit 65 with their place and hint",
        arguments: [
            ("composition: sarong\nbody: { motif: kawung }\n", "bad.yaml:1:14: error: unknown cloth 'sarong' for 'composition'", "did you mean 'sarung'?"),
            ("composition: sarung\n", "bad.yaml:1:1: error: missing key 'body' in the composition", "badan"),
            ("composition: sarung\nbody: { motif: kawungg }\n", "bad.yaml:2:16: error: no motif 'kawungg' for the body", "did you mean 'kawung'?"),
            ("composition: sarung\nbody: { motif: kawung }\nborder: { motif: tumpal.yaml, width: 600 }\n",
             "bad.yaml:3:38: error: the border is 600 mm wide", "at most half of the cloth"),
            ("composition: sarung\nbody: { motif: kawung }\nhead: { motif: soga-dulu.yaml }\n",
             "bad.yaml:3:16: error: the head motif 'Tumpal Uji' is dyed soga, nila, but the body 'Kawung' is dyed nila, soga",
             "same names in the same order"),
        ] as [(String, String, String)])
    func broken(yaml: String, message: String, hint: String) throws {
        let reversed = Self.tumpal.replacingOccurrences(
            of: "  - { name: nila, colour: \"#2e3b63\", method: dip }\n  - { name: soga, colour: \"#9a6332\", method: dip }",
            with: "  - { name: soga, colour: \"#9a6332\", method: dip }\n  - { name: nila, colour: \"#2e3b63\", method: dip }")
        let folder = try Self.folder(["tumpal.yaml": Self.tumpal, "soga-dulu.yaml": reversed, "bad.yaml": yaml])
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = try BatikProcess.run(["render", "bad.yaml", "-o", "x.png"], in: folder)
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stderr.contains(hint), "\(r.stderr)")
        #expect(r.stderr.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.png").path))
    }

    @Test("the bundled example compositions load and plan", arguments: ["compositions/sarung-kawung.yaml", "compositions/kain-parang.yaml"])
    func examples(path: String) throws {
        let r = try BatikProcess.run(["plan", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Bagian kain:"))
    }
}
