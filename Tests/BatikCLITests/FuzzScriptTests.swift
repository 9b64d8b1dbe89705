import Foundation
import Testing

/// `scripts/fuzz.sh` and `scripts/sanitize.sh` are not run here (they build with sanitizers and run
/// for minutes; docs/robustness.md has their figures). These keep them from rotting: they must
/// parse, their help must state what they do, and every fuzz target in Package.swift must be one
/// fuzz.sh knows, with a dictionary.
@Suite("scripts/fuzz.sh and scripts/sanitize.sh")
struct FuzzScriptTests {
    static let root = BatikProcess.repositoryRoot
    static let fuzz = root.appendingPathComponent("scripts/fuzz.sh").path
    static let sanitize = root.appendingPathComponent("scripts/sanitize.sh").path

    /// The `executableTarget(name: "Fuzz…")` names in Package.swift.
    static let targets: [String] = {
        let manifest = (try? String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)) ?? ""
        return manifest.split(separator: "\n").compactMap { line in
            guard let r = line.range(of: #"executableTarget\(name: "(Fuzz\w+)""#, options: .regularExpression) else { return nil }
            return String(line[r].dropFirst(#"executableTarget(name: ""#.count).dropLast())
        }
    }()

    @Test("both scripts parse")
    func parse() throws {
        for script in [Self.fuzz, Self.sanitize] {
            let result = try BenchmarkScriptTests.bash(["-n", script])
            #expect(result.status == 0, "\(script): \(result.output)")
        }
    }

    @Test("fuzz.sh --help names every fuzz target, the build command, the folders and the limits")
    func fuzzHelp() throws {
        #expect(Self.targets.count >= 4)
        let result = try BenchmarkScriptTests.bash([Self.fuzz, "--help"])
        #expect(result.status == 0)
        for phrase in Self.targets + [
            "-Xswiftc -sanitize=fuzzer,address", "--scratch-path .build-fuzz", "Fuzz/", "corpus/TARGET",
            "seeds/TARGET", "crashes/TARGET", "-rss_limit_mb=2048", "-timeout=30", "-max_len", "-minimize_crash=1", "nice 10",
        ] {
            #expect(result.output.contains(phrase), "help lacks \(phrase)")
        }
    }

    @Test("every fuzz target has a dictionary", arguments: targets)
    func dictionary(target: String) {
        let path = Self.root.appendingPathComponent("Fuzz/dict/\(target).dict").path
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("fuzz.sh refuses an unknown target and a missing duration with status 64")
    func refusals() throws {
        let unknown = try BenchmarkScriptTests.bash([Self.fuzz, "FuzzNothing", "10"])
        #expect(unknown.status == 64)
        #expect(unknown.output.contains("unknown target 'FuzzNothing'"))
        let noSeconds = try BenchmarkScriptTests.bash([Self.fuzz, "FuzzExpression"])
        #expect(noSeconds.status == 64)
        #expect(noSeconds.output.contains("SECONDS must be a whole number"))
    }

    @Test("sanitize.sh --help states both sanitizers, the scratch folders and the suppressions")
    func sanitizeHelp() throws {
        let result = try BenchmarkScriptTests.bash([Self.sanitize, "--help"])
        #expect(result.status == 0)
        for phrase in ["address", "thread", ".build-asan", ".build-tsan", "scripts/lsan.supp", "nice 10"] {
            #expect(result.output.contains(phrase), "help lacks \(phrase)")
        }
    }
}
