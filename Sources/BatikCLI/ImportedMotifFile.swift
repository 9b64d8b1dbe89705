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
                hint: tooLargeHint, exitCode: ExitStatus.dataError)
        }
        let motif: Motif
        do throws(DiagnosticList) {
            motif = try MotifLoader.load(yaml: yaml, path: destination)
        } catch {
            for d in error.diagnostics { StandardError.print(d.description) }
            throw CLIError(
                "the motif made from \(source) does not load; nothing was written (this is a defect in batik)",
                hint: "please report it with \(sourceKind)", exitCode: ExitStatus.software)
        }
        try OutputFile.save(destination, overwrite: overwrite) { write in
            try Array(yaml.utf8).withUnsafeBytes { try write($0) }
        }
        return motif
    }
}
