internal import Yams

/// The small hand-written YAML files besides motifs (colourways, catalogues, compositions, photo
/// templates) open the same way: a size limit before parsing, YAML errors at their line and
/// column, an empty file said plainly.
enum YAMLDocument {
    /// The document's root node. `kind` names the file in messages ("a catalogue"); `emptyHint`
    /// says what the smallest useful file holds.
    static func root(
        yaml: String, path: String, maximumBytes: Int, kind: String, emptyHint: String
    ) throws(DiagnosticList) -> Node {
        func fail(_ message: String, hint: String? = nil) -> DiagnosticList {
            DiagnosticList([Diagnostic(file: path, line: 1, column: 1, message: message, hint: hint)])
        }
        guard yaml.utf8.count <= maximumBytes else {
            throw fail("the file is \(yaml.utf8.count) bytes; \(kind) is a few lines (limit \(maximumBytes) bytes)")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw DiagnosticList([YAMLErrors.diagnostic(for: error, yaml: yaml, path: path)])
        } catch {
            throw fail("the file could not be read as YAML: \(error)")
        }
        guard let root, !root.isNull else { throw fail("the file is empty", hint: emptyHint) }
        return root
    }
}
