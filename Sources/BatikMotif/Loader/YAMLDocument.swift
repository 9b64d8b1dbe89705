internal import Yams

/// The hand-written YAML files (motifs, colourways, catalogues, compositions, photo templates)
/// open the same way: a size limit before parsing, YAML errors at their line and
/// column, an empty file said plainly.
enum YAMLDocument {
    /// The document's root node. `kind` names the file in messages ("a catalogue"); `emptyHint`
    /// says what the smallest useful file holds; `tooLarge`, given the size, replaces the
    /// message and hint for a file over `maximumBytes`.
    static func root(
        yaml: String, path: String, maximumBytes: Int, kind: String, emptyHint: String,
        tooLarge: ((Int) -> (message: String, hint: String?))? = nil
    ) throws(DiagnosticList) -> Node {
        func fail(_ message: String, hint: String? = nil) -> DiagnosticList {
            DiagnosticList([Diagnostic(file: path, line: 1, column: 1, message: message, hint: hint)])
        }
        let bytes = yaml.utf8.count
        guard bytes <= maximumBytes else {
            if let tooLarge {
                let said = tooLarge(bytes)
                throw fail(said.message, hint: said.hint)
            }
            throw fail("the file is \(bytes) bytes; \(kind) is a few lines (limit \(maximumBytes) bytes)")
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
        try checkExpansion(of: root, path: path)
        return root
    }

    /// Most values a document may hold once its aliases are expanded. An alias (`*a`) repeats what
    /// its anchor (`&a`) holds without copying it, so eight lines of aliases of aliases can stand for
    /// a billion values (a "billion laughs" file); the readers would walk every one.
    static let maximumExpandedNodes = 1_000_000

    /// Counts the values as the readers will see them, stopping at the limit.
    static func checkExpansion(of root: Node, path: String) throws(DiagnosticList) {
        var count = 0
        var pending = [root]
        while let node = pending.popLast() {
            count += 1
            if count > maximumExpandedNodes {
                let mark = node.mark
                throw DiagnosticList([
                    Diagnostic(
                        file: path, line: mark?.line ?? 1, column: mark?.column ?? 1,
                        message: "with its aliases expanded the file holds more than \(maximumExpandedNodes) values "
                            + "(the limit); this part is repeated too often",
                        hint: "an alias (*name) repeats what its anchor (&name) holds: write the values out, or use fewer aliases")
                ])
            }
            switch node {
            case .scalar, .alias: break
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            }
        }
    }
}
