import Foundation
import Testing

@testable import BatikMotif

@Suite("Loader robustness")
struct LoaderRobustnessTests {
    /// Damaged versions of a good motif (characters deleted, duplicated or replaced at random, with a
    /// fixed seed) must never crash the loader, and every problem must have a place in the file.
    @Test func damagedFilesGiveDiagnosticsNotCrashes() {
        var rng = SplitMix64(seed: 2024)
        let source = Array(ExampleMotifTests.kawung.unicodeScalars)
        let replacements = Array("-:[]{}#\"' \n0123456789.*/()abcxyz,".unicodeScalars)
        for _ in 0..<400 {
            var text = source
            for _ in 0..<Int(1 + rng.next() % 4) {
                let i = Int(rng.next() % UInt64(text.count))
                switch rng.next() % 3 {
                case 0: text.remove(at: i)
                case 1: text.insert(text[i], at: i)
                default: text[i] = replacements[Int(rng.next() % UInt64(replacements.count))]
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: text)
            let yaml = String(view)
            do {
                _ = try MotifLoader.load(yaml: yaml, path: "damaged.yaml")
            } catch {
                let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).count
                #expect(!error.diagnostics.isEmpty)
                for d in error.diagnostics {
                    #expect(d.line >= 1 && d.line <= lines && d.column >= 1, "\(d)\n---\n\(yaml)")
                    #expect(!d.message.contains("\n") && d.message.first?.isUppercase == false, "\(d)")
                }
            }
        }
    }
}

/// A small deterministic generator, so damaged files repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
