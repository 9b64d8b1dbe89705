import Foundation
internal import Yams

/// Reads motif files: YAML text in, a validated `Motif` (or every problem at once) out.
public enum MotifLoader {
    /// Parses and validates a motif file's text; `path` is only used in diagnostics. Never touches
    /// the file system.
    ///
    /// `overrides` replace parameter defaults (`batik … --set size=60`); parameters computed from
    /// an overridden one follow it. Throws every error in the file, sorted by place; warnings ride
    /// along with the errors, or in `Motif.warnings` when the file loads.
    public static func load(
        yaml: String, path: String, overrides: [String: Double] = [:]
    ) throws(DiagnosticList) -> Motif {
        func fail(_ message: String, at p: TextPosition, hint: String? = nil) -> DiagnosticList {
            DiagnosticList([Diagnostic(file: path, line: p.line, column: p.column, message: message, hint: hint)])
        }
        let bytes = yaml.utf8.count
        guard bytes <= MotifLimits.fileBytes else {
            throw fail(
                "the file is \(bytes) bytes; the limit is \(MotifLimits.fileBytes) bytes (1 MB) per motif file",
                at: .start, hint: "a motif file holds one motif; put large drawings in 'd' paths of components")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw DiagnosticList([YAMLErrors.diagnostic(for: error, yaml: yaml, path: path)])
        } catch {
            throw fail("the file could not be read as YAML: \(error)", at: .start)
        }
        guard let root, !root.isNull else {
            throw fail("the file is empty", at: .start, hint: "`batik new NAME` writes a starter motif to begin from")
        }
        let reader = MotifReader(path: path, text: yaml, overrides: overrides)
        guard let motif = reader.read(root) else { throw DiagnosticList(reader.diagnostics) }
        return motif
    }
}
