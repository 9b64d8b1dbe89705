import ArgumentParser

/// A failure the user can act on: a message, an optional hint, and the sysexits code to leave with.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var hint: String?
    var exitCode: ExitCode

    init(_ message: String, hint: String? = nil, exitCode: ExitCode) {
        self.message = message
        self.hint = hint
        self.exitCode = exitCode
    }

    var description: String {
        var text = "batik: error: \(message)"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}
