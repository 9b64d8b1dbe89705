import BatikGeometry
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

