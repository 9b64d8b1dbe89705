import BatikImport
import BatikMotif
import Foundation
import Testing

/// Inputs that crashed `FuzzSVGImport` (scripts/fuzz.sh), minimised, each with the refusal it must
/// now get. Every file in FuzzRegressions/ needs an entry here, so none is kept without a check.
@Suite("SVG import fuzz regressions")
struct SVGImportFuzzRegressionTests {
    static let directory = Bundle.module.url(forResource: "FuzzRegressions", withExtension: nil)!

    /// File name → `line:column: message` of the refusal.
    static let expected: [String: String] = [
        // `<\xff\xff\xff\xff`: Foundation's XMLParser trapped on an element name that is not UTF-8.
        "element-name-not-utf8.svg": "1:2: byte 2 (0xFF) is not UTF-8, and the file declares no other encoding"
    ]

    @Test func everyFileHasAnExpectation() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
        #expect(Set(names) == Set(Self.expected.keys))
    }

    @Test(arguments: expected.keys.sorted())
    func isRefusedWithItsPlace(file: String) throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent(file))
        do {
            _ = try SVGDocument(data: data, path: file)
            Issue.record("\(file) was imported; expected \(Self.expected[file]!)")
        } catch {
            #expect("\(error.line):\(error.column): \(error.message)" == Self.expected[file])
            #expect(error.hint != nil)
        }
    }
}
