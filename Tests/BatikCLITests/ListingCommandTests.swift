import BatikRender
import BatikTestSupport
import Foundation
import Testing

@Suite("batik listing and batch")
struct ListingCommandTests {
    @Test("a listing set: 1200 × 1200 JPEGs under 2 MB, the cover on pure white, the text, the same bytes twice")
    func listingSet() throws {
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a").path
        let b = folder.appendingPathComponent("b").path
        for out in [a, b] {
            let r = try BatikProcess.run(
                ["listing", "parang-rusak", "--products", "tas", "--market", "shopee", "--brand", "KUBE Sekar",
                 "--price", "275000", "-o", out])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
        #expect(
            names == [
                "01-sampul-tas.jpg", "03-detail.jpg", "04-kain-utuh.jpg", "05-depan-belakang.jpg", "06-pilihan-warna.jpg",
                "07-merek.jpg", "listing.txt",
            ])
        for name in names where name.hasSuffix(".jpg") {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: a).appendingPathComponent(name)))
            let size = try #require(JPEGInspection.frameSize(bytes), "\(name) is a baseline JPEG")
            #expect(size.width == 1200 && size.height == 1200, "\(name)")
            #expect(bytes.count < 2_000_000, "\(name) is \(bytes.count) bytes")
            #expect(bytes == [UInt8](try Data(contentsOf: URL(fileURLWithPath: b).appendingPathComponent(name))), "\(name)")
        }
        // The cover: pure white all round the product, which fills 70–80 % of the frame.
        let cover = try ImageReader.read([UInt8](try Data(contentsOf: URL(fileURLWithPath: a).appendingPathComponent("01-sampul-tas.jpg"))))
        var white = true
        for i in 0..<1200 {
            for (x, y) in [(i, 0), (i, 1199), (0, i), (1199, i), (i, 20), (20, i)] where cover[x, y] != (255, 255, 255) {
                white = false
            }
        }
        #expect(white, "the cover's border is pure white")
        let columns = (0..<1200).filter { x in (0..<1200).contains { y in cover[x, y].red < 200 } }
        let rows = (0..<1200).filter { y in (0..<1200).contains { x in cover[x, y].red < 200 } }
        let extent = Double(max((columns.last ?? 0) - (columns.first ?? 0), (rows.last ?? 0) - (rows.first ?? 0))) / 1200
        #expect(extent > 0.68 && extent < 0.82, "the product spans \(extent) of the frame")

        let text = try String(contentsOfFile: a + "/listing.txt", encoding: .utf8)
        #expect(text.hasPrefix("JUDUL\nKain Batik Tulis Parang Rusak"))
        #expect(text.contains("Harga: Rp 275.000."))
        #expect(text.contains("Perawatan:"))
    }

    @Test("a wrong colourway file is refused with its line, and nothing is made")
    func badColourways() throws {
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("warna.yaml")
        try "colourways:\n  - name: Laut\n    dyes: { nilla: \"#1f3b73\" }\n".write(to: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("set").path
        let r = try BatikProcess.run(["listing", "kawung", "--colourways", file.path, "-o", out])
        #expect(r.status == 65)
        #expect(r.stderr.contains("warna.yaml:3:13: error: colourway 'Laut' names the dye 'nilla'"))
        #expect(r.stderr.contains("did you mean 'nila'?"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("a batch makes every motif in every colourway, skips what is up to date, and splits into shards")
    func batch() throws {
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "colourways:\n  - name: Asli\n  - name: Biru laut\n    dyes: { nila: \"#1f3b73\" }\n"
            .write(to: folder.appendingPathComponent("warna.yaml"), atomically: true, encoding: .utf8)
        let catalogue = folder.appendingPathComponent("katalog.yaml")
        try "motifs: [surya-majapahit]\ncolourways: warna.yaml\nproducts: [masker]\n"
            .write(to: catalogue, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out").path

        let shard = try BatikProcess.run(["batch", catalogue.path, "-o", out, "--shard", "2/2"])
        #expect(shard.status == 0, "\(shard.stderr)")
        #expect(shard.stderr.contains("1 of 1 listings ready") && shard.stderr.contains("shard 2/2 of 2 jobs"))
        #expect(FileManager.default.fileExists(atPath: out + "/surya-majapahit/biru-laut/listing.txt"))
        #expect(!FileManager.default.fileExists(atPath: out + "/surya-majapahit/asli"))

        let all = try BatikProcess.run(["batch", catalogue.path, "-o", out, "--jobs", "2"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stderr.contains("Biru laut: up to date"))
        #expect(FileManager.default.fileExists(atPath: out + "/surya-majapahit/asli/01-sampul-masker.jpg"))

        let bad = try BatikProcess.run(["batch", folder.appendingPathComponent("warna.yaml").path, "-o", out])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("warna.yaml:1:1: error: missing key 'motifs'"))
    }
}
