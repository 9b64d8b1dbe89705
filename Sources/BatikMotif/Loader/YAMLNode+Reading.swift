internal import Yams

/// Plain facts about Yams nodes that the reader needs for messages: where a node is and what kind
/// of value it holds, in the words a motif author uses.
extension Node {
    var position: TextPosition {
        guard let mark else { return .start }
        return TextPosition(line: mark.line, column: mark.column)
    }

    /// True for an empty value (`key:` with nothing after it, `~`, `null`).
    var isNull: Bool {
        guard case .scalar(let s) = self, s.style == .plain || s.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// The scalar's text, nil for lists, mappings and empty values.
    var text: String? {
        guard case .scalar(let s) = self, !isNull else { return nil }
        return s.string
    }

    /// Where the scalar's text itself starts: one column after the opening quote of a quoted
    /// scalar. Used to turn an offset inside an expression or path data into a column.
    var textStart: TextPosition {
        if case .scalar(let s) = self, s.style == .singleQuoted || s.style == .doubleQuoted {
            return position.movedRight(by: 1)
        }
        return position
    }

    /// True when an offset into the text maps to a column (single-line plain or quoted scalars).
    var textOffsetsAreColumns: Bool {
        guard case .scalar(let s) = self else { return false }
        return (s.style == .plain || s.style == .any || s.style == .singleQuoted || s.style == .doubleQuoted)
            && !s.string.contains("\n")
    }

    /// "a list", "a mapping", "nothing", "text 'abc'", for "expected …, found …".
    var kindDescription: String {
        switch self {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        case .scalar(let s):
            if isNull { return "nothing" }
            let shown = s.string.count > 30 ? String(s.string.prefix(27)) + "…" : s.string
            return "'\(shown)'"
        }
    }
}
