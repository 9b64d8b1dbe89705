import Foundation
import Testing

@testable import BatikMotif

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test func descriptionReadsLikeACompilerMessage() {
        let d = Diagnostic(file: "motifs/kawung.yaml", line: 7, column: 5, message: "unknown key 'colur' in a dye", hint: "did you mean 'colour'?")
        #expect(d.description == "motifs/kawung.yaml:7:5: error: unknown key 'colur' in a dye\n    hint: did you mean 'colour'?")
        let w = Diagnostic(file: "a.yaml", line: 1, column: 2, severity: .warning, message: "m")
        #expect(w.description == "a.yaml:1:2: warning: m")
    }

    @Test func listsAreSortedByPlaceAndCounted() {
        let list = DiagnosticList([
            Diagnostic(file: "f", line: 9, column: 1, message: "c"),
            Diagnostic(file: "f", line: 2, column: 8, severity: .warning, message: "b"),
            Diagnostic(file: "f", line: 2, column: 3, message: "a"),
        ])
        #expect(list.diagnostics.map(\.message) == ["a", "b", "c"])
        #expect(list.description.hasSuffix("\n2 errors, 1 warning"))
        #expect(list.hasErrors && list.errors.count == 2 && list.warnings.count == 1)
    }

    @Test func theFileSizeLimitIsCheckedFirst() {
        let big = motifHead + "# " + String(repeating: "x", count: MotifLimits.fileBytes) + "\n"
        let d = diagnostics(big)
        #expect(d.count == 1 && d[0].line == 1 && d[0].message.contains("the limit is 1048576 bytes per motif file"))
        #expect(d.first?.hint?.contains("--limit file-kb=N") == true)
    }

    @Test func anEmptyFileSaysSo() {
        #expect(diagnostics("# nothing yet\n").map(\.message) == ["the file is empty"])
        #expect(diagnostics("- a\n- b\n").first?.message.hasPrefix("a motif file must be a mapping") == true)
    }

    @Test func tabsGetTheirOwnHint() {
        let d = diagnostics("name: Tab\nelements:\n\t- { shape: circle }\n")
        #expect(d.count == 1 && d[0].message.hasPrefix("the file is not valid YAML"))
        #expect(d[0].hint == "line 3 is indented with a tab; YAML needs spaces")
    }

    @Test func anUnquotedColourInAFlowMappingIsExplained() {
        let yaml = motifHead.replacingOccurrences(
            of: "- { name: soga, colour: \"#8a5a2b\" }", with: "- { name: soga, colour: #8a5a2b }")
            + "elements: []\n"
        let d = diagnostics(yaml)
        #expect(d.count == 1 && d[0].message.hasPrefix("the file is not valid YAML"))
        #expect(d[0].hint == "an unquoted # starts a comment: on line 7 write the colour in quotes, \"#8a5a2b\"")
    }

    @Test func aMissingValueIsNotTakenForAComment() {
        let d = diagnostics(motifHead.replacingOccurrences(of: "cloth: \"#efe6d2\"", with: "cloth:") + "elements: []\n")
        #expect(d.map(\.message) == ["expected a colour for 'cloth', found nothing"])
    }

    @Test func everyProblemInAFileIsReportedAtOnce() {
        let yaml = """
            name: Many
            origin: tests
            unit: inch
            tile: { size: [0, 20] }
            cloth: "#efe6d2"
            colours: { putih: [], biru: [nila] }
            background: hitam
            elements:
              - { shape: circle, r: -1, fill: putih }
              - { shape: star, points: 5, r: 2, inner: 3, fill: putih }
              - { shape: hexagon, fill: putih }
            """
        let d = diagnostics(yaml)
        #expect(d.map(\.line) == [3, 4, 6, 7, 9, 10, 11])
        #expect(d.allSatisfy { $0.severity == .error })
    }

    @Test func elementsThatDrawNothingAreWarnedAbout() throws {
        let m = try #require(loadElements("elements:\n  - { shape: circle, r: 1 }\n"))
        #expect(m.warnings.map(\.message) == ["this circle has neither 'fill' nor 'outline', so it draws nothing"])
        #expect(m.tileMarks.count == 1)
    }

    @Test func suggestionsPreferTyposOfTheSameLength() {
        #expect(Suggestions.closest(to: "p4n", in: ["p4", "p4m", "p4g"]) == "p4m")
        #expect(Suggestions.closest(to: "colur", in: ["colour", "order"]) == "colour")
        #expect(Suggestions.closest(to: "Circle", in: ["circle"]) == "circle")
        #expect(Suggestions.closest(to: "r", in: ["x"]) == nil)
        #expect(Suggestions.editDistance("klowong", "kolwong") == 1)
    }
}
