import Foundation
import Testing

/// `Benchmarks/run.sh` is not run here (it builds in release mode and renders whole cloths; `make test`
/// runs `Benchmarks/run.sh --small` after the test suite, docs/benchmarks.md). These keep it from rotting
/// between runs: it must parse, and its help must state the protocol of every case.
@Suite("Benchmarks/run.sh")
struct BenchmarkScriptTests {
    static let script = BatikProcess.repositoryRoot.appendingPathComponent("Benchmarks/run.sh").path

    static func bash(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("the script parses")
    func parses() throws {
        let result = try Self.bash(["-n", Self.script])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("--help states what is built, run, repeated and compared")
    func help() throws {
        let result = try Self.bash([Self.script, "--help"])
        #expect(result.status == 0)
        for phrase in [
            "swift build -c release", "rsvg-convert", "--small", "REPS", "/usr/bin/time", "vpype", "batik pola",
            "--jobs 2", "batik --help",
        ] {
            #expect(result.output.contains(phrase), "help lacks \(phrase)")
        }
    }

    @Test("an unknown option is refused with the usage")
    func unknownOption() throws {
        let result = try Self.bash([Self.script, "--big"])
        #expect(result.status == 64)
        #expect(result.output.contains("usage:"))
    }
}
