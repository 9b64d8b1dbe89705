import BatikImport
import BatikMotif

/// Saves a motif made from a drawing (`batik import`, `batik trace`): the writer's text, refused
/// over the motif file limit, loaded back with the motif loader, and only then written atomically,
/// so what lands on disk always checks.
enum ImportedMotifFile {
    /// Writes `yaml`, the text made from `source`, to `destination` and returns the loaded motif.
    /// `tooLargeHint` says how to make the drawing simpler; `sourceKind` names what to report a
    /// defect with ("the SVG file", "the image").
    static func save(
        _ yaml: String, to destination: String, overwrite: Bool, source: String, tooLargeHint: String,
        sourceKind: String
    ) throws(CLIError) -> Motif {
        let bytes = yaml.utf8.count
        guard bytes <= MotifLimits.fileBytes else {
            throw CLIError(
                "the motif would be \(bytes / 1000) kB; a motif file may be at most \(MotifLimits.fileBytes / 1000) kB, so nothing was written",
                hint: tooLargeHint + "; " + AdjustableLimit.fileKB.howToChange, exitCode: ExitStatus.dataError)
        }
        // A drawing can pass a motif limit (points in one path): the loader says which, and how to
        // raise it with --limit.
        let motif: Motif
        do throws(DiagnosticList) {
            motif = try MotifLoader.load(yaml: yaml, path: destination)
        } catch {
            for d in error.diagnostics { StandardError.print(d.description) }
            throw CLIError(
                "the motif made from \(source) does not load as written above; nothing was written",
                hint: "simplify the drawing or raise the limit named above; anything else is a defect in batik, "
                    + "please report it with \(sourceKind)",
                exitCode: ExitStatus.dataError)
        }
        // The loader's warnings (a path whose outline crosses itself) name lines of the file about
        // to be written.
        for warning in motif.warnings { StandardError.print(warning.description) }
        try OutputFile.save(destination, overwrite: overwrite) { write in
            try Array(yaml.utf8).withUnsafeBytes { try write($0) }
        }
        return motif
    }
}
