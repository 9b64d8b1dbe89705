import BatikGeometry
import Testing

@testable import BatikMotif

@Suite("Parameters")
struct ParameterTests {
    static let yaml = """
        name: Params
        origin: tests
        params:
          size: { default: 24, min: 12, max: 120, note: "tile side" }
          half: size / 2
          dot: max(half / 6, 1)
        tile: { size: [size, size], repeat: square }
        cloth: "#efe6d2"
        colours: { putih: [] }
        background: putih
        elements:
          - { shape: circle, r: dot, at: [half, 0], fill: putih }
        """

    @Test func parametersUseTheOnesAboveThem() throws {
        let motif = try #require(load(Self.yaml))
        #expect(motif.parameters.map(\.name) == ["size", "half", "dot"])
        #expect(motif.parameters.map(\.value) == [24, 12, 2])
        let size = motif.parameters[0]
        #expect(size.note == "tile side" && size.minimum == 12 && size.maximum == 120 && size.defaultValue == 24)
        #expect(motif.tile.size == Size(24, 24))
    }

    @Test func anOverrideReplacesTheDefaultAndDependantsFollow() throws {
        let motif = try #require(load(Self.yaml, overrides: ["size": 60]))
        #expect(motif.parameters.map(\.value) == [60, 30, 5])
        #expect(motif.parameters.map(\.defaultValue) == [24, 30, 5])
        #expect(motif.tile.size == Size(60, 60))
        let bounds = try #require(motif.tileMarks.first?.path.sampledBounds())
        expectClose(bounds.center.x, 30, 1e-9)
        expectClose(bounds.width, 10, 1e-6)
    }

    @Test func aDependantCanBeOverriddenToo() throws {
        let motif = try #require(load(Self.yaml, overrides: ["half": 20]))
        #expect(motif.parameters.map(\.value) == [24, 20, 20.0 / 6])
    }

    @Test func overridesAreCheckedAgainstMinAndMax() {
        let d = diagnostics(Self.yaml, overrides: ["size": 5])
        #expect(d.map(\.message) == ["parameter 'size' is 5 (from --set), below its min 12"])
        #expect(d.first?.line == 4 && d.first?.column == 3)
    }

    @Test func unknownOverridesAreReportedAtParams() {
        let d = diagnostics(Self.yaml, overrides: ["sizee": 5, "zzz": 1])
        #expect(d.map(\.message) == ["no parameter named 'sizee' (from --set)", "no parameter named 'zzz' (from --set)"])
        #expect(d.allSatisfy { $0.line == 3 && $0.column == 1 })
        #expect(d.first?.hint == "did you mean 'size'?")
        #expect(d.last?.hint == "parameters of this motif: 'size', 'half', 'dot'")
    }

    @Test func aBrokenParameterIsReportedOnceNotAtEveryUse() {
        let yaml = Self.yaml.replacingOccurrences(of: "half: size / 2", with: "half: size / (2 - 2)")
        let d = diagnostics(yaml)
        #expect(d.map(\.message) == ["in 'half': division by zero"])
    }

    @Test func parameterNamesCannotShadowFunctionsOrConstants() {
        let d = diagnostics(motifHead.replacingOccurrences(of: "name: Test", with: "name: Test\nparams: { pi: 3, sin: 2 }")
            + "elements: []\n")
        #expect(d.map(\.message) == [
            "'pi' cannot be a parameter name: it is a built-in constant",
            "'sin' cannot be a parameter name: it is a built-in function",
        ])
    }
}
