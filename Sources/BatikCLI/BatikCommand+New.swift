import ArgumentParser
import BatikMotif
import Foundation

extension BatikCommand {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a commented starter motif file to edit.",
            discussion: """
                The starter is a small, valid motif (a four-petal flower on a square
                repeat) with a comment on every key. Render it straight away, then
                change it step by step.

                Examples:
                  batik new sekar                 writes sekar.yaml
                  batik new sekar -o motifs/sekar.yaml
                  batik render sekar.yaml
                """)

        @Argument(help: "The motif's name: letters, digits and dashes, e.g. sekar-mojo.")
        var name: String

        @Option(name: .shortAndLong, help: "Where to write it (default: NAME.yaml in this folder).")
        var output: String?

        @Flag(help: "Replace the file if it already exists.")
        var force = false

        func validate() throws {
            let allowed = name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            guard !name.isEmpty, allowed, name.first?.isLetter == true else {
                throw ValidationError(
                    "The name '\(name)' must start with a letter and use only letters, digits, '-' and '_'.")
            }
        }

        func run() throws {
            try CLIError.reporting {
                let path = output ?? "\(name).yaml"
                let file = try OutputFile(path: path, overwrite: force)
                let text = StarterMotif.yaml(name: name)
                do {
                    try text.utf8CString.dropLast().withUnsafeBytes { try file.write($0) }
                } catch {
                    file.discard()
                    throw CLIError("cannot write \(path): \(error)", exitCode: ExitStatus.cannotCreate)
                }
                try file.commit()
                print(path)
                StandardError.print("wrote \(path); preview it with: batik render \(path)")
            }
        }
    }
}
