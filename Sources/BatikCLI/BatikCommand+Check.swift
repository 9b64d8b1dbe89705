import ArgumentParser
import BatikMotif

extension BatikCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate motif and composition files; print every problem with its line and column.",
            discussion: """
                Every error in a file is reported at once, as
                FILE:LINE:COLUMN: error: MESSAGE, with a hint on the next line.
                Nothing is written.

                Examples:
                  batik check motifs/kawung.yaml
                  batik check motifs/*.yaml
                  batik check mine.yaml --set size=40
                  batik check compositions/*.yaml   whole-cloth compositions too
                """)

        @Argument(help: "Motif or composition files, or names of bundled motifs.")
        var motifs: [String]

        @Option(name: .customLong("set"), help: "Check with a parameter changed, e.g. --set size=60 (repeatable).")
        var settings: [ParameterSetting] = []

        @OptionGroup var limitOptions: LimitOptions

        func run() throws {
            var worst: ExitCode = .success
            for argument in motifs {
                do {
                    switch try CompositionSource.loadDesign(argument, settings: settings, forOutput: false) {
                    case .motif(let motif, let path):
                        print("\(path): ok — \(motif.name), \(motif.tileMarks.count) marks per repeat")
                    case .composition(let composition, let path):
                        print("\(path): ok — composition \(composition.name), \(composition.fields.count) fields")
                    }
                } catch {
                    // The diagnostics themselves are already on stderr; the summary follows them.
                    StandardError.print(error.description)
                    if worst == .success || error.exitCode == ExitStatus.dataError { worst = error.exitCode }
                }
            }
            if worst != .success { throw worst }
        }
    }
}
