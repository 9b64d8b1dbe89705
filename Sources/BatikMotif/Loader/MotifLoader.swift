import Foundation

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
        let root = try YAMLDocument.root(
            yaml: yaml, path: path, maximumBytes: MotifLimits.fileBytes, kind: "a motif",
            emptyHint: "`batik new NAME` writes a starter motif to begin from"
        ) { bytes in
            (
                "the file is \(bytes) bytes; the limit is \(MotifLimits.fileBytes) bytes per motif file",
                "a motif file holds one motif; \(AdjustableLimit.fileKB.howToChange)"
            )
        }
        let reader = MotifReader(path: path, text: yaml, overrides: overrides)
        guard let motif = reader.read(root) else { throw DiagnosticList(reader.diagnostics) }
        return motif
    }
}
