import Foundation
import Testing

/// A run killed while writing (`kill -9`: no handler, no clean-up) must leave the old file or none,
/// never a truncated one: outputs are written to a hidden file beside them and renamed when whole.
@Suite("Outputs survive a killed run", .serialized)
struct AtomicOutputTests {
    /// Starts `arguments`, waits until the hidden partial file of `output` holds some bytes (the
    /// command is part-way through writing), and kills it.
    static func killWhileWriting(_ arguments: [String], output: URL) throws {
        let process = Process()
        process.executableURL = BatikProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = output.deletingLastPathComponent()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let folder = output.deletingLastPathComponent().path
        let partialPrefix = ".\(output.lastPathComponent)."
        var writing = false
        for _ in 0..<3000 where process.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            let partial = names.first { $0.hasPrefix(partialPrefix) && $0.hasSuffix(".partial") }
            let size = partial.flatMap {
                try? FileManager.default.attributesOfItem(atPath: folder + "/" + $0)[.size] as? Int
            } ?? 0
            if size > 0 {
                writing = true
                break
            }
            usleep(10_000)
        }
        #expect(writing, "the command ended before it started writing; make it bigger")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
    }

    static let bigRender = ["render", "kawung", "--cloth", "kain-panjang", "--dpi", "120", "--force", "-o"]

    @Test("a PNG render killed mid-write leaves the old file as it was")
    func renderKeepsOldFile() throws {
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("kain.png")
        let old = Data("the previous picture".utf8)
        try old.write(to: output)
        try Self.killWhileWriting(Self.bigRender + [output.path], output: output)
        #expect(try Data(contentsOf: output) == old)
        // The next run clears what the killed one left and writes the file.
        let again = try BatikProcess.run(["render", "kawung", "--size", "6x4cm", "--dpi", "50", "--force", "-o", output.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kain.png"])
    }

    @Test("a PNG render killed mid-write leaves no file where there was none")
    func renderLeavesNothing() throws {
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("kain.png")
        try Self.killWhileWriting(Self.bigRender + [output.path], output: output)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("a pola PDF killed mid-write leaves the old file as it was")
    func polaKeepsOldFile() throws {
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("pola.pdf")
        let old = Data("%PDF the previous pola".utf8)
        try old.write(to: output)
        try Self.killWhileWriting(["pola", "kawung", "--cloth", "kain-panjang", "--force", "-o", output.path], output: output)
        #expect(try Data(contentsOf: output) == old)
    }
}
