import BatikMotif
import BatikRender
import BatikTestSupport
import Foundation
import Testing

@Suite("batik trace")
struct TraceCommandTests {
    /// A folder with the kawung scan as PNG and JPEG, and the spiral scan as PNG.
    static func folder() throws -> URL {
        let folder = try BatikProcess.temporaryFolder()
        for (name, scan) in [("kawung", TestScan.kawung()), ("spiral", TestScan.spiralAndLeaf())] {
            let image = RGBImage(width: scan.width, height: scan.height, pixels: scan.pixels)
            var png: [UInt8] = []
            let writer = try PNGWriter(width: image.width, height: image.height) { png.append(contentsOf: $0) }
            try writer.write(rows: image.pixels)
            try writer.finish()
            try Data(png).write(to: folder.appendingPathComponent("\(name).png"))
            try Data(try JPEGWriter.encode(image, quality: 85)).write(to: folder.appendingPathComponent("\(name).jpg"))
        }
        return folder
    }

    static func path(_ folder: URL, _ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test("a PNG and a JPEG scan trace to motifs that check and render, at the size asked for")
    func traces() throws {
        let folder = try Self.folder()
        for (image, out) in [("kawung.png", "kawung.yaml"), ("spiral.jpg", "spiral.yaml")] {
            let run = try BatikProcess.run(["trace", image, "-o", out, "--size", "30cm"], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == "\(out)\n")
            #expect(run.stderr.contains("threshold") && run.stderr.contains("(Otsu)"), "\(run.stderr)")
            let check = try BatikProcess.run(["check", out], in: folder)
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
            let render = try BatikProcess.run(
                ["render", out, "-o", "preview.png", "--force", "--dpi", "20"], in: folder)
            #expect(render.status == 0, "\(render.stderr)")
            let yaml = try String(contentsOfFile: Self.path(folder, out), encoding: .utf8)
            let motif = try MotifLoader.load(yaml: yaml, path: out)
            // --size 30cm: the drawing's longer side is 300 mm; the tile adds 5 % a side.
            #expect(max(motif.tile.size.width, motif.tile.size.height) == 330, "\(motif.tile.size)")
        }
        let kawung = try BatikProcess.run(["trace", "kawung.jpg", "-o", "k2.yaml", "--dpi", "300"], in: folder)
        #expect(kawung.status == 0, "\(kawung.stderr)")
        #expect(kawung.stderr.contains("4 lines, 5 filled areas"), "\(kawung.stderr)")
    }

    @Test("--threshold, --despeckle, --name and --corners are used")
    func options() throws {
        let folder = try Self.folder()
        let named = try BatikProcess.run(
            ["trace", "spiral.png", "-o", "a.yaml", "--dpi", "300", "--threshold", "0.5", "--name", "Ukel Daun"],
            in: folder)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stderr.contains("threshold 128:"), "\(named.stderr)")
        #expect(!named.stderr.contains("Otsu"))
        let yaml = try String(contentsOfFile: Self.path(folder, "a.yaml"), encoding: .utf8)
        #expect(yaml.contains("name: \"Ukel Daun\""))
        // --despeckle 0 keeps the dust: more lines and areas than the three drawn.
        let speckled = try BatikProcess.run(
            ["trace", "spiral.png", "-o", "d.yaml", "--dpi", "300", "--despeckle", "0"], in: folder)
        #expect(speckled.status == 0, "\(speckled.stderr)")
        let dusty = try MotifLoader.load(
            yaml: try String(contentsOfFile: Self.path(folder, "d.yaml"), encoding: .utf8), path: "d.yaml")
        #expect(dusty.tileMarks.count > 3 + 20, "\(dusty.tileMarks.count) marks")
        let clean = try BatikProcess.run(["trace", "spiral.png", "-o", "b.yaml", "--dpi", "300"], in: folder)
        #expect(clean.stderr.contains("3 lines, 0 filled areas"), "\(clean.stderr)")
        // The whole image as the corners straightens nothing and traces the same.
        let cornered = try BatikProcess.run(
            ["trace", "kawung.png", "-o", "c.yaml", "--dpi", "300", "--corners", "0,0,600,0,600,600,0,600"], in: folder)
        #expect(cornered.status == 0, "\(cornered.stderr)")
        #expect(cornered.stderr.contains("4 lines, 5 filled areas"), "\(cornered.stderr)")
    }

    @Test(
        "bad input is refused with the reason and a hint, and nothing is written",
        arguments: [
            (["not-an-image.png"], Int32(65), "not a JPEG or PNG"),
            (["empty.jpg"], 65, "the file is empty"),
            (["blank.png"], 65, "the page looks blank"),
            (["huge.png"], 65, "10000 × 5000 pixels"),
            (["missing.png"], 66, "no image 'missing.png'"),
            (["kawung.png", "--corners", "0,0,600,0,0,600,600,600"], 65, "do not go round the page"),
            (["kawung.png", "--corners", "0,0,600,0,9000,600,0,600"], 65, "corner 3"),
        ])
    func refused(arguments: [String], status: Int32, message: String) throws {
        let folder = try Self.folder()
        try Data("name: not an image\n".utf8).write(to: folder.appendingPathComponent("not-an-image.png"))
        try Data().write(to: folder.appendingPathComponent("empty.jpg"))
        try Data(pngHeaderOnly(width: 10000, height: 5000)).write(to: folder.appendingPathComponent("huge.png"))
        let paper = RGBImage(width: 300, height: 200, fill: (221, 215, 203))
        try Data(try JPEGWriter.encode(paper, quality: 90)).write(to: folder.appendingPathComponent("blank.png"))
        let run = try BatikProcess.run(["trace"] + arguments + ["-o", "out.yaml", "--dpi", "300"], in: folder)
        #expect(run.status == status, "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.contains("hint:"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: Self.path(folder, "out.yaml")))
    }

    @Test("wrong use: no size, both sizes, bad corners or threshold, output onto the image, an existing file")
    func wrongUse() throws {
        let folder = try Self.folder()
        func run(_ arguments: [String]) throws -> BatikProcess.Result {
            try BatikProcess.run(["trace"] + arguments, in: folder)
        }
        let noSize = try run(["kawung.png", "-o", "a.yaml"])
        #expect(noSize.status == 64 && noSize.stderr.contains("--size 30cm"), "\(noSize.stderr)")
        let both = try run(["kawung.png", "-o", "a.yaml", "--size", "30cm", "--dpi", "300"])
        #expect(both.status == 64 && both.stderr.contains("not both"), "\(both.stderr)")
        let corners = try run(["kawung.png", "-o", "a.yaml", "--dpi", "300", "--corners", "1,2,3"])
        #expect(corners.status == 64 && corners.stderr.contains("--corners"), "\(corners.stderr)")
        let threshold = try run(["kawung.png", "-o", "a.yaml", "--dpi", "300", "--threshold", "300"])
        #expect(threshold.status == 64, "\(threshold.stderr)")
        let onto = try run(["kawung.png", "-o", "kawung.png", "--dpi", "300"])
        #expect(onto.status == 64 && onto.stderr.contains("is the input file"), "\(onto.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("kawung.png")).count > 1000)
        _ = try run(["kawung.png", "-o", "a.yaml", "--dpi", "300"])
        let again = try run(["kawung.png", "-o", "a.yaml", "--dpi", "300"])
        #expect(again.status == 73 && again.stderr.contains("--force"), "\(again.stderr)")
        let forced = try run(["kawung.png", "-o", "a.yaml", "--dpi", "300", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
    }
}
