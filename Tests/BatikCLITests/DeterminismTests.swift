import Foundation
import Testing

/// The same inputs and flags give the same bytes: across runs, and whatever the number of threads
/// or jobs. Each output kind the toolkit writes is checked through the real program.
@Suite("Same inputs, same bytes")
struct DeterminismTests {
    /// Runs each argument list (with `{out}` replaced by a fresh path) and returns the bytes written.
    static func outputs(_ runs: [[String]], file: String, environment: [String: String] = [:]) throws -> [Data] {
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        return try runs.enumerated().map { k, arguments in
            let out = folder.appendingPathComponent("\(k)-\(file)").path
            let result = try BatikProcess.run(arguments.map { $0 == "{out}" ? out : $0 }, environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return try Data(contentsOf: URL(fileURLWithPath: out))
        }
    }

    @Test("PNG: the same with one thread and with two")
    func png() throws {
        let base = ["render", "surya-majapahit", "--size", "20x14cm", "--dpi", "100", "-o", "{out}"]
        let bytes = try Self.outputs([base + ["--threads", "1"], base + ["--threads", "2"], base], file: "a.png")
        #expect(bytes[0] == bytes[1] && bytes[1] == bytes[2])
    }

    @Test("SVG: the preview and the canting paths, twice each")
    func svg() throws {
        let preview = ["render", "parang-rusak", "--size", "12x8cm", "--format", "svg", "-o", "{out}"]
        let a = try Self.outputs([preview, preview], file: "p.svg")
        #expect(a[0] == a[1])
        let paths = ["paths", "kawung", "--size", "10x10cm", "-o", "{out}"]
        let b = try Self.outputs([paths, paths], file: "c.svg")
        #expect(b[0] == b[1])
    }

    @Test("G-code, twice")
    func gcode() throws {
        let run = ["gcode", "kawung", "--size", "10x10cm", "-o", "{out}"]
        let bytes = try Self.outputs([run, run], file: "k.gcode")
        #expect(bytes[0] == bytes[1])
        #expect(!bytes[0].isEmpty)
    }

    @Test("PDF: the date comes from SOURCE_DATE_EPOCH or the motif, never the clock")
    func pdf() throws {
        let run = ["pola", "kawung", "--size", "30x30cm", "-o", "{out}"]
        let fromMotif = try Self.outputs([run, run], file: "p.pdf")
        #expect(fromMotif[0] == fromMotif[1])
        let fixed = try Self.outputs([run, run], file: "q.pdf", environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(fixed[0] == fixed[1])
        #expect(fixed[0] != fromMotif[0])  // the date is in the file, and it is the one given
    }

    @Test("JPEG: a product photo, twice")
    func jpeg() throws {
        let run = ["mockup", "kawung", "--product", "tas", "--size", "400", "-o", "{out}"]
        let bytes = try Self.outputs([run, run], file: "tas.jpg")
        #expect(bytes[0] == bytes[1])
        #expect(bytes[0].starts(with: [0xFF, 0xD8]))
    }

    @Test("JPEG and text: a batch with one job and with two writes the same listings")
    func batchJobs() throws {
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalogue = folder.appendingPathComponent("katalog.yaml")
        try "motifs: [kawung, parang-rusak]\nproducts: [masker]\n".write(to: catalogue, atomically: true, encoding: .utf8)
        var trees: [[String: Data]] = []
        for jobs in ["1", "2"] {
            let out = folder.appendingPathComponent("out-\(jobs)")
            let result = try BatikProcess.run(["batch", catalogue.path, "-o", out.path, "--jobs", jobs])
            #expect(result.status == 0, "\(result.stderr)")
            var tree: [String: Data] = [:]
            let names = FileManager.default.enumerator(atPath: out.path)?.compactMap { $0 as? String } ?? []
            for name in names where !name.hasPrefix(".") && !name.contains("/.") {
                let url = out.appendingPathComponent(name)
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                    tree[name] = try Data(contentsOf: url)
                }
            }
            trees.append(tree)
        }
        #expect(trees[0].keys.contains { $0.hasSuffix(".jpg") })
        #expect(trees[0] == trees[1])
    }
}
