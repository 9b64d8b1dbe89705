import BatikMotif

/// The importer's diagnostics are the motif loader's `Diagnostic`, so the CLI prints both alike
/// (`file:line:col: error: …` and a hint line) and editors jump to either.
extension Diagnostic {
    /// An error in the SVG file at `line`:`column` (1-based; 0 when no place applies).
    static func svgError(_ file: String, line: Int, column: Int, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .error, message: message, hint: hint)
    }

    /// A warning: the drawing imports, but something in it did not come across.
    static func svgWarning(_ file: String, line: Int, column: Int, _ message: String, hint: String? = nil) -> Diagnostic
    {
        Diagnostic(file: file, line: line, column: column, severity: .warning, message: message, hint: hint)
    }
}
