import BatikTestSupport
import Foundation
import Testing

/// `batik plan` and `batik layers` run as a trainer runs them.
@Suite("batik plan and batik layers")
struct PlanCommandTests {
    /// The text with wrapped lines joined again, so sentences can be matched whole.
    static func unwrapped(_ text: String) -> String {
        text.replacing(#/\n +/#, with: " ")
    }

    @Test("kawung in Indonesian: numbered steps, cantings, amounts and colours")
    func indonesian() throws {
        let result = try BatikProcess.run(["plan", "kawung"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Rencana malam dan warna: Kawung")
        #expect(lines.contains("Pewarna, berurutan: 1. nila #2e3b63 (celup), 2. soga #9a6332 (celup)"))
        #expect(lines.contains("2. Nglowong: membatik garis luar"))
        #expect(lines.contains("   Tutup garis luar dengan canting klowong (Ø 1,5 mm): garis yang akan berwarna"))
        #expect(lines.contains("   Jumlah: malam baru 29,3 cm² · garis 3,56 m"))
        #expect(lines.contains("7. Ngerok: mengerok malam sebelum soga"))
        #expect(lines.contains("Warna akhir: putih #f0e6cf, coklat #915827, hitam #150e08"))
        let flat = Self.unwrapped(text)
        for sentence in [
            "Letakkan kain di atas pola ukuran 1:1 dan jiplak semua garis dengan pensil 2B.",
            "Tutup garis luar dengan canting klowong (Ø 1,5 mm): garis yang akan berwarna putih.",
            "Tutup garis luar dengan canting isen (Ø 0,8 mm): garis yang akan berwarna putih.",
            "Tutup bidang yang akan berwarna coklat dan putih dengan malam tembok memakai canting tembok (Ø 3,5 mm).",
            "Kerok malam dari bagian yang akan berwarna coklat supaya soga dapat meresap di sana.",
            "Warna kain: putih #f0e6cf (tertutup malam), coklat #915827, hitam #150e08",
            "Rebus kain dalam air mendidih dengan sedikit soda abu sampai semua malam luruh,",
        ] {
            #expect(flat.contains(sentence), "missing: \(sentence)")
        }
        let numbered = lines.filter { $0.first?.isNumber == true }.map { $0.prefix { $0 != ":" } }
        #expect(
            numbered == [
                "1. Nyorek", "2. Nglowong", "3. Nerusi", "4. Ngiseni", "5. Nembok", "6. Medel", "7. Ngerok", "8. Nyoga",
                "9. Nglorod",
            ])
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test("kawung in English")
    func english() throws {
        let result = try BatikProcess.run(["plan", "kawung", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let flat = Self.unwrapped(result.stdout)
        for sentence in [
            "Wax and dye plan: Kawung",
            "2. Nglowong: wax the outlines",
            "Wax the outlines with the klowong canting (Ø 1.5 mm): the lines that will be putih.",
            "6. Medel: dip in nila (indigo)",
            "Dip the whole cloth in the nila dye at room temperature (hot water melts the wax),",
            "7. Ngerok: scrape off wax before soga",
            "Scrape the wax off the parts that will be coklat, so the soga can reach them.",
            "Amounts: new wax 29.3 cm² · lines 3.56 m",
            "Amounts: scraped 26.1 cm²",
            "Final colours: putih #f0e6cf, coklat #915827, hitam #150e08",
        ] {
            #expect(flat.contains(sentence), "missing: \(sentence)")
        }
    }

    @Test("--json is stable: the same bytes twice, keys sorted, the documented fields")
    func json() throws {
        let a = try BatikProcess.run(["plan", "surya-majapahit", "--tiles", "2x2", "--json"])
        let b = try BatikProcess.run(["plan", "surya-majapahit", "--tiles", "2x2", "--json"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout == b.stdout)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "batik-plan/1")
        let topKeys = a.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            $0.dropFirst(3).prefix { $0 != "\"" }
        }
        #expect(topKeys == topKeys.sorted())
        #expect(
            Set(topKeys.map(String.init)) == [
                "area", "cells", "cloth", "dyes", "format", "motif", "recipes", "steps", "warnings",
            ])
        let steps = try #require(object["steps"] as? [[String: Any]])
        #expect(
            steps.map { $0["kind"] as? String } == [
                "nyorek", "nglowong", "nerusi", "ngiseni", "nembok", "celup", "mbironi", "medel", "nglorod",
            ])
        let mbironi = steps[6]
        #expect(mbironi["bath"] as? String == "nila")
        #expect(mbironi["wax_added"] as? [String] == ["coklat"])
        let work = try #require(mbironi["work"] as? [[String: Any]])
        #expect(work.map { $0["tool"] as? String } == ["klowong", "tembok"])
        #expect(work[0]["spout_mm"] as? Double == 1.5)
        let title = try #require(mbironi["title"] as? [String: String])
        #expect(
            title == ["id": "Mbironi: menutup lagi dengan malam sebelum nila", "en": "Mbironi: wax again before nila"])
        let colours = try #require(steps.last?["colours"] as? [String: String])
        #expect(colours == ["putih": "#f2e8d2", "coklat": "#ae6d32", "hitam": "#1c130d"])
    }

    @Test("layers: one PNG per step, true to scale, titled; old layers replaced or removed")
    func layers() throws {
        let folder = try BatikProcess.temporaryFolder().appendingPathComponent("tahap")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: folder.appendingPathComponent("09-nglorod.png"))
        try Data("old".utf8).write(to: folder.appendingPathComponent("01-nyorek.png"))
        try Data("mine".utf8).write(to: folder.appendingPathComponent("catatan.txt"))
        let result = try BatikProcess.run(["layers", "kawung", "--tiles", "2x2", "--dpi", "60", "-o", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = [
            "01-nyorek.png", "02-nglowong.png", "03-nerusi.png", "04-ngiseni.png", "05-nembok.png", "06-medel.png",
            "07-ngerok.png", "08-nyoga.png", "09-nglorod.png",
        ]
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == expected + ["catatan.txt"])
        #expect(result.stdout.split(separator: "\n").count == expected.count)
        #expect(result.stdout.contains("02-nglowong.png  2. Nglowong: membatik garis luar"))
        for (index, name) in expected.enumerated() {
            let png = try decodePNG([UInt8](Data(contentsOf: folder.appendingPathComponent(name))))
            #expect(png.image.width == 113 && png.image.height == 113, "\(name)")  // 48 mm at 60 DPI
            #expect(png.pixelsPerMetre?.x == 2362 && png.pixelsPerMetre?.y == 2362, "\(name)")
            #expect(png.text(for: "Title")?.hasPrefix("\(index + 1). ") == true, "\(name)")
        }
        let nglorod = try decodePNG([UInt8](Data(contentsOf: folder.appendingPathComponent("09-nglorod.png"))))
        #expect(nglorod.text(for: "Title") == "9. Nglorod: meluruhkan malam")
        let english = try BatikProcess.run([
            "layers", "kawung", "--tiles", "1x1", "--dpi", "30", "--lang", "en", "-o", folder.path,
        ])
        #expect(english.stdout.contains("06-medel.png  6. Medel: dip in nila (indigo)"))
    }

    static let openColet = """
        name: Bunga Colet
        origin: tests
        tile: { size: [30, 30], repeat: square }
        cloth: "#f3ead6"
        dyes:
          - { name: merah, colour: "#b03a2e", method: colet }
          - { name: nila, colour: "#2f3a5e" }
        colours:
          putih: []
          merah: [merah]
          biru: [nila]
        background: biru
        elements:
          - shape: circle
            r: 8
            fill: merah

        """

    @Test("a colet colour not enclosed by wax: exit 65, the reason, nothing written")
    func impossible() throws {
        let folder = try BatikProcess.temporaryFolder()
        try Self.openColet.write(to: folder.appendingPathComponent("bunga.yaml"), atomically: true, encoding: .utf8)
        let plan = try BatikProcess.run(["plan", "bunga.yaml"], in: folder)
        #expect(plan.status == 65)
        #expect(plan.stdout.isEmpty)
        #expect(
            plan.stderr.contains(
                "bunga.yaml: error: colour 'merah' is brushed with the colet dye 'merah', but it is not enclosed by wax"
            ))
        let layers = try BatikProcess.run(["layers", "bunga.yaml", "-o", "tahap"], in: folder)
        #expect(layers.status == 65)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("tahap").path))
        // With a putih outline round the flower the plan is made, with nyolet.
        let fixed = Self.openColet.replacingOccurrences(
            of: "    fill: merah\n", with: "    fill: merah\n    outline: putih\n")
        try fixed.write(to: folder.appendingPathComponent("bunga.yaml"), atomically: true, encoding: .utf8)
        let ok = try BatikProcess.run(["plan", "bunga.yaml", "--lang", "en"], in: folder)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("4. Nyolet: brush on merah"))
    }

    static let darkOutlines = """
        name: Garis Gelap
        origin: tests
        tile: { size: [30, 30], repeat: square }
        cloth: "#f3ead6"
        dyes:
          - { name: nila, colour: "#2f3a5e" }
          - { name: soga, colour: "#94602f" }
        colours:
          putih: []
          hitam: [nila, soga]
        background: putih
        elements:
          - shape: circle
            r: 8
            outline: { colour: hitam, tool: klowong }

        """

    @Test("warnings go to stderr and the plan is still printed")
    func warnings() throws {
        let folder = try BatikProcess.temporaryFolder()
        try Self.darkOutlines.write(to: folder.appendingPathComponent("gelap.yaml"), atomically: true, encoding: .utf8)
        let result = try BatikProcess.run(["plan", "gelap.yaml"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.contains("gelap.yaml: warning: lines drawn in 'hitam' (with klowong) are never waxed"))
        #expect(result.stdout.contains("2. Nembok: menutup bidang dengan malam"))
    }

    @Test("the bundled parang rusak plans without warnings")
    func parangIsClean() throws {
        let result = try BatikProcess.run(["plan", "parang-rusak"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}

@Suite("plan and layers: help and wrong use")
struct PlanHelpTests {
    @Test("the top-level help names plan and layers; a wrong --lang or two areas are refused with exit 64")
    func help() throws {
        let root = try BatikProcess.run(["--help"])
        #expect(root.stdout.contains("batik plan kawung                 the wax and dye plan, step by step"))
        #expect(root.stdout.contains("  layers                  Draw one true-to-scale PNG per step"))
        let lang = try BatikProcess.run(["plan", "kawung", "--lang", "jv"])
        #expect(lang.status == 64)
        #expect(lang.stderr.contains("--lang"))
        let both = try BatikProcess.run(["layers", "kawung", "-o", "x", "--tiles", "2x2", "--cloth", "iket"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("Choose the area with only one of --size, --tiles or --cloth."))
        let missing = try BatikProcess.run(["layers", "kawung"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("--output"))
    }
}
