import BatikMotif
import Foundation

/// Turns a MOTIF argument (a path, or the short name of a bundled motif) into a validated motif,
/// printing every diagnostic on stderr when the file is wrong.
enum MotifSource {

    /// Resolves the argument to a readable file path.
    static func path(for argument: String) throws(CLIError) -> String {
        if FileManager.default.fileExists(atPath: argument) { return argument }
        if !argument.contains("/"), let url = MotifLibrary.locate()?.file(named: argument) {
            return MotifLibrary.displayPath(url)
        }
        var hint = "check the path; `batik motifs` lists the bundled motifs by name"
        if let library = MotifLibrary.locate() {
            let names = library.files().map { $0.deletingPathExtension().lastPathComponent }
            if let near = Spelling.nearest(to: argument, among: names) { hint = "did you mean '\(near)'?" }
        }
        throw CLIError("no motif file '\(argument)'", hint: hint, exitCode: ExitStatus.noInput)
    }

    /// Reads and validates the motif; diagnostics are printed and become exit 65. `forOutput` says
    /// whether the command was going to write something, which the summary then says it did not.
    static func load(
        _ argument: String, settings: [ParameterSetting] = [], forOutput: Bool = true
    ) throws(CLIError) -> (Motif, String) {
        let path = try path(for: argument)
        let text = try read(path)
        if CompositionFile.isComposition(yaml: text) {
            throw CLIError(
                "\(path) is a whole-cloth composition, and this command takes one motif",
                hint: "give it the composition's body motif; render, plan, pola, listing and check take compositions",
                exitCode: ExitStatus.usage)
        }
        var overrides: [String: Double] = [:]
        for s in settings { overrides[s.name] = s.value }
        do {
            let motif = try MotifLoader.load(yaml: text, path: path, overrides: overrides)
            // Warnings do not stop the work, but the person should see them.
            for warning in motif.warnings { StandardError.print(warning.description) }
            return (motif, path)
        } catch {
            // Each diagnostic, then one summary line of ours (the list's own count line would repeat it).
            for diagnostic in error.diagnostics { StandardError.print(diagnostic.description) }
            let count = error.diagnostics.filter { $0.severity == .error }.count
            let summary = "\(path): \(count) error\(count == 1 ? "" : "s")"
            if forOutput {
                throw CLIError(
                    summary + "; nothing was written",
                    hint: "fix the lines named above, then run the command again (`batik check \(path)` checks without rendering)",
                    exitCode: ExitStatus.dataError)
            }
            throw CLIError(summary, hint: "fix the lines named above, then check again", exitCode: ExitStatus.dataError)
        }
    }

    static func read(_ path: String) throws(CLIError) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw CLIError(
                "\(path) is a folder, not a motif file", hint: "give one .yaml file inside it, e.g. \(path)/kawung.yaml",
                exitCode: ExitStatus.noInput)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > MotifLimits.fileBytes {
            throw CLIError(
                "\(path) is \(size / 1024) kB; a motif file may be at most \(MotifLimits.fileBytes / 1024) kB",
                hint: "is this really a motif file? \(AdjustableLimit.fileKB.howToChange)", exitCode: ExitStatus.dataError)
        }
        InputFiles.register(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read \(path)", hint: "check that the file exists and that you may read it",
                exitCode: ExitStatus.noInput)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(path) is not UTF-8 text", hint: "save the motif file as UTF-8 (plain text)",
                exitCode: ExitStatus.dataError)
        }
        return text
    }
}
