/// Every problem found in one motif file, sorted by place (line, then column), so that the user
/// can fix them all in one pass instead of one per run.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    /// Sorts `diagnostics` by line and column; diagnostics at the same place keep their order.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.enumerated().sorted { a, b in
            (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
        }.map(\.element)
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// One diagnostic after another, then a count line (`2 errors, 1 warning`).
    public var description: String {
        var lines = diagnostics.map(\.description)
        let e = errors.count, w = warnings.count
        var count: [String] = []
        if e > 0 { count.append(e == 1 ? "1 error" : "\(e) errors") }
        if w > 0 { count.append(w == 1 ? "1 warning" : "\(w) warnings") }
        if !count.isEmpty { lines.append(count.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }
}
