import Foundation
internal import Yams

/// Yams' parse errors as diagnostics at their line and column, with hints for the mistakes
/// motif authors make most: tabs, a `#colour` left unquoted, a key written twice.
enum YAMLErrors {
    static func diagnostic(for error: YamlError, yaml: String, path: String) -> Diagnostic {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        func make(_ message: String, _ p: TextPosition, _ hint: String?) -> Diagnostic {
            Diagnostic(file: path, line: p.line, column: p.column, message: message, hint: hint)
        }
        // The last line with text: a problem found only at the end of the file is better shown
        // where the unfinished construct began.
        let lastLine = (lines.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? 0) + 1
        func syntax(_ context: YamlError.Context?, _ problem: String, _ mark: Yams.Mark) -> Diagnostic {
            var message = "the file is not valid YAML: \(problem)"
            var p = TextPosition(line: mark.line, column: mark.column)
            var fix: String?
            if let context {
                if p.line > lastLine {
                    message += " (the file ends \(context.text), which starts here)"
                    p = TextPosition(line: context.mark.line, column: context.mark.column)
                    if context.text.contains("flow sequence") { fix = "close this list with ']'" }
                    if context.text.contains("flow mapping") { fix = "close this mapping with '}'" }
                    if context.text.contains("quoted scalar") { fix = "close this quote" }
                } else {
                    message += " (\(context.text) at line \(context.mark.line))"
                }
            }
            if p.line > lastLine {
                // Still past the text: point just after the last character, where something is missing.
                let last = lines[lastLine - 1].unicodeScalars.count
                p = TextPosition(line: lastLine, column: last + 1)
            }
            return make(
                message, p,
                hint(at: p, lines: lines) ?? fix ?? "check the indentation and the brackets on this line and the line before")
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return syntax(context, problem, mark)
        case .reader(let problem, let offset, _, _):
            var p = TextPosition.start
            if let offset {
                let before = yaml.prefix(offset)
                let line = before.count { $0 == "\n" } + 1
                let column = before.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.unicodeScalars.count + 1 } ?? 1
                p = TextPosition(line: line, column: column)
            }
            return make("the file is not readable text: \(problem)", p, "save the file as UTF-8")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            let first = TextPosition(line: context.mark.line, column: context.mark.column)
            let second = repeatedKey(key, after: first, lines: lines) ?? first
            return make(
                "key '\(key)' appears twice in the same mapping", second,
                second == first ? "keep one of them" : "keep one of them (the other is at line \(first.line))")
        default:
            return make("the file could not be read as YAML: \(error)", .start, nil)
        }
    }

    /// The fix for a syntax error at `p` when it is one of the common slips: a tab, a bare `#colour`.
    static func hint(at p: TextPosition, lines: [Substring]) -> String? {
        let upTo = lines.prefix(max(p.line, 1))
        if let tabLine = upTo.firstIndex(where: { $0.prefix { $0 == " " || $0 == "\t" }.contains("\t") }) {
            return "line \(tabLine + 1) is indented with a tab; YAML needs spaces"
        }
        for (i, line) in upTo.enumerated().reversed() {
            if let r = line.range(of: #":\s+#[0-9a-fA-F]{3,6}"#, options: .regularExpression) {
                let colour = line[r].drop { $0 != "#" }
                return "an unquoted # starts a comment: on line \(i + 1) write the colour in quotes, \"\(colour)\""
            }
        }
        return nil
    }

    /// Where `key:` is written again at the same indentation after `first`.
    static func repeatedKey(_ key: String, after first: TextPosition, lines: [Substring]) -> TextPosition? {
        guard first.line >= 1, first.line < lines.count else { return nil }
        for i in first.line..<lines.count {
            let line = Array(lines[i].unicodeScalars)
            let start = first.column - 1
            guard line.count > start, line[..<start].allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            let rest = String(String.UnicodeScalarView(line[start...]))
            if rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                return TextPosition(line: i + 1, column: first.column)
            }
        }
        return nil
    }
}
