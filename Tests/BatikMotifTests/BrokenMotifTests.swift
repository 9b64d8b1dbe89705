import Foundation
import Testing

@testable import BatikMotif

/// Every file in Broken/ states, in its leading comments, the diagnostics it must produce:
///
///     # expect: 7:5: unknown key 'colur' in element     (line:column: text in the message or hint)
///     # set: size=500                                   (a --set override to load with)
///
/// The file must produce exactly as many diagnostics as it has distinct `line:column` places
/// among its expectations (several expectations may check one diagnostic's message and hint), and
/// each expectation must match a diagnostic at its place.
@Suite("Broken motif files")
struct BrokenMotifTests {
    struct Expectation: CustomStringConvertible {
        var line: Int
        var column: Int
        var text: String
        var description: String { "\(line):\(column): \(text)" }
    }

    static let directory = Bundle.module.url(forResource: "Broken", withExtension: nil)!

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }()

    @Test func thereAreEnoughBrokenFiles() {
        #expect(Self.files.count >= 24)
    }

    @Test(arguments: files)
    func reportsExactlyTheExpectedDiagnostics(file: String) throws {
        let text = try String(contentsOf: Self.directory.appendingPathComponent(file), encoding: .utf8)
        var expectations: [Expectation] = []
        var overrides: [String: Double] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#") else { break }
            if let r = line.range(of: "# expect: ") {
                let rest = line[r.upperBound...]
                let parts = rest.split(separator: ":", maxSplits: 2)
                try #require(parts.count == 3, "bad expectation: \(line)")
                expectations.append(Expectation(
                    line: Int(parts[0])!, column: Int(parts[1])!,
                    text: parts[2].trimmingCharacters(in: .whitespaces)))
            } else if let r = line.range(of: "# set: ") {
                let pair = line[r.upperBound...].split(separator: "=")
                overrides[String(pair[0])] = Double(pair[1])!
            }
        }
        try #require(!expectations.isEmpty, "\(file) states no expectations")

        var found: [Diagnostic] = []
        do {
            let motif = try MotifLoader.load(yaml: text, path: file, overrides: overrides)
            found = motif.warnings
        } catch {
            found = error.diagnostics
        }
        let listing = found.map(\.description).joined(separator: "\n")
        let places = Set(expectations.map { "\($0.line):\($0.column)" })
        #expect(found.count == places.count, "\(file): expected \(places.count) diagnostics, got:\n\(listing)")
        for e in expectations {
            let match = found.contains { d in
                d.line == e.line && d.column == e.column && d.description.contains(e.text)
            }
            #expect(match, "\(file): no diagnostic \(e); got:\n\(listing)")
        }
        #expect(found.allSatisfy { $0.file == file })
    }
}
