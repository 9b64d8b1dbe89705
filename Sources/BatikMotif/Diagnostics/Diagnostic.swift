/// One problem found in a motif file, with the place to fix it.
///
/// Printed as compilers print theirs, so editors and terminals can jump to it:
///
///     motifs/kawung.yaml:7:5: error: unknown key 'colur' in element
///         hint: did you mean 'colour'?
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        /// The motif cannot be used until this is fixed.
        case error
        /// The motif loads, but something is probably not what the author meant.
        case warning
    }

    /// The file as the user named it.
    public var file: String
    /// 1-based line; 0 only when no place in the file applies.
    public var line: Int
    /// 1-based column, counted in Unicode scalars (as Yams counts).
    public var column: Int
    public var severity: Severity
    /// One line, starting lower case: what is wrong, naming the key and what was expected.
    public var message: String
    /// What to do about it, when there is something more specific to say than the message.
    public var hint: String?

    public init(file: String, line: Int, column: Int, severity: Severity = .error, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = "\(file):\(line):\(column): \(severity.rawValue): \(message)"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}
