import Foundation
import Testing

/// Bad inputs through the real `batik` program: each must end in its message and exit status,
/// write nothing, and leave every input file as it was. The broken motifs of the loader's tests
/// (Tests/BatikMotifTests/Broken) are the rest of the corpus: EndToEndTests renders each one.
@Suite("Bad inputs on the command line")
struct BadInputTests {
    @Test("at least 60 bad inputs are covered")
    func enough() {
        // The broken motifs are rendered by EndToEndTests, each with its messages and exit 65.
        #expect(EndToEndTests.brokenFiles.count + BadInputCase.all.count >= 60)
    }

    @Test(arguments: BadInputCase.all)
    func refused(_ c: BadInputCase) throws {
        let folder = try BatikProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in c.files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        let before = try Self.snapshot(folder)
        let arguments = c.arguments.map { $0.replacingOccurrences(of: "{dir}", with: folder.path) }
        let result = try BatikProcess.run(arguments, in: folder)
        #expect(result.status == c.status, "\(c.name): exit \(result.status)\n\(result.stderr)")
        for message in c.messages {
            #expect(result.stderr.contains(message), "\(c.name): no '\(message)' in\n\(result.stderr)")
        }
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("crashed"))
        for name in c.notWritten {
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(c.name) wrote \(name)")
        }
        // Inputs untouched, and no temporary file left beside them.
        #expect(try Self.snapshot(folder) == before, "\(c.name) changed the folder")
    }

    /// Every file under `folder` with its bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            result[url.path] = try Data(contentsOf: url)
        }
        return result
    }
}
