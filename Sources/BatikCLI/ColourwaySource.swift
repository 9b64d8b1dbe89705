import BatikMotif
import Foundation

/// Reads a colourway file for a motif; its diagnostics are printed and become exit 65.
enum ColourwaySource {
    static func load(_ path: String, for motif: Motif) throws(CLIError) -> [Colourway] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("no colourway file '\(path)'", hint: "check the path", exitCode: ExitStatus.noInput)
        }
        let text = try MotifSource.read(path)
        let file: ColourwayFile
        do {
            file = try ColourwayFile.load(yaml: text, path: path)
        } catch {
            throw report(error.diagnostics, path: path)
        }
        let problems = file.diagnostics(for: motif)
        guard problems.isEmpty else { throw report(problems, path: path) }
        guard !file.colourways.isEmpty else {
            throw CLIError("\(path) has no colourway", hint: "add '- name: …' lines under colourways:", exitCode: ExitStatus.dataError)
        }
        return file.colourways
    }

    static func report(_ diagnostics: [Diagnostic], path: String) -> CLIError {
        for d in diagnostics { StandardError.print(d.description) }
        let count = diagnostics.count
        return CLIError(
            "\(path): \(count) error\(count == 1 ? "" : "s"); nothing was written",
            hint: "fix the lines named above, then run the command again", exitCode: ExitStatus.dataError)
    }
}
