import BatikMotif
import Foundation

/// What a MOTIF argument names: one motif, or a whole-cloth composition (a YAML file with a
/// top-level `composition:` key, docs/compositions.md).
enum Design {
    case motif(Motif, path: String)
    case composition(Composition, path: String)

    var path: String {
        switch self {
        case .motif(_, let path), .composition(_, let path): path
        }
    }

    /// The motif that stands for the design: the motif, or the composition's body.
    var motif: Motif {
        switch self {
        case .motif(let m, _): m
        case .composition(let c, _): c.body
        }
    }
}

/// Loads a design argument: a composition when the file says `composition:`, else a motif as
/// `MotifSource` loads it. Every problem is printed on stderr and becomes exit 65.
enum CompositionSource {
    static func loadDesign(
        _ argument: String, settings: [ParameterSetting] = [], forOutput: Bool = true
    ) throws(CLIError) -> Design {
        let path = try MotifSource.path(for: argument)
        let text = try MotifSource.read(path)
        guard CompositionFile.isComposition(yaml: text) else {
            let (motif, path) = try MotifSource.load(argument, settings: settings, forOutput: forOutput)
            return .motif(motif, path: path)
        }
        return .composition(try load(text: text, path: path, settings: settings, forOutput: forOutput), path: path)
    }

    /// Reads the composition, finds and loads its motifs (the command's `--set` goes to the body)
    /// and builds it.
    static func load(
        text: String, path: String, settings: [ParameterSetting], forOutput: Bool
    ) throws(CLIError) -> Composition {
        var diagnostics: [Diagnostic] = []
        func fail() -> CLIError {
            for d in DiagnosticList(diagnostics).diagnostics { StandardError.print(MotifPlanning.describe(d)) }
            let count = diagnostics.filter { $0.severity == .error }.count
            let summary = "\(path): \(count) error\(count == 1 ? "" : "s")"
            return CLIError(
                summary + (forOutput ? "; nothing was written" : ""),
                hint: "fix the lines named above, then run the command again", exitCode: ExitStatus.dataError)
        }
        let file: CompositionFile
        do {
            file = try CompositionFile.load(yaml: text, path: path)
        } catch {
            diagnostics = error.diagnostics
            throw fail()
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var extra: [String: Double] = [:]
        for s in settings { extra[s.name] = s.value }

        func motif(_ reference: CompositionFile.MotifReference, part: String, depth: Double?, overrides: [String: Double])
            -> Motif?
        {
            func report(_ message: String, hint: String?) {
                diagnostics.append(
                    Diagnostic(
                        file: path, line: reference.position.line, column: reference.position.column, message: message,
                        hint: hint))
            }
            guard let motifPath = resolve(reference.motif, folder: folder) else {
                var candidates = MotifLibrary.locate()?.files().map { $0.deletingPathExtension().lastPathComponent } ?? []
                candidates += ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                    .filter { $0.hasSuffix(".yaml") }
                let near = Spelling.nearest(to: reference.motif, among: candidates)
                report(
                    "no motif '\(reference.motif)' for the \(part)",
                    hint: near.map { "did you mean '\($0)'?" }
                        ?? "name a bundled motif (`batik motifs` lists them) or a motif file, relative to this composition")
                return nil
            }
            let motifText: String
            do {
                motifText = try MotifSource.read(motifPath)
            } catch {
                report(error.message, hint: error.hint)
                return nil
            }
            if CompositionFile.isComposition(yaml: motifText) {
                report("'\(reference.motif)' is a composition, not a motif", hint: "a part of a cloth is one motif")
                return nil
            }
            var settings = reference.settings.merging(overrides) { $1 }
            do {
                var loaded = try MotifLoader.load(yaml: motifText, path: motifPath, overrides: settings)
                // A frieze with a `height` parameter fills its strip, unless the file set it.
                if let depth, settings["height"] == nil, loaded.parameters.contains(where: { $0.name == "height" }) {
                    settings["height"] = depth
                    loaded = try MotifLoader.load(yaml: motifText, path: motifPath, overrides: settings)
                }
                for w in loaded.warnings { StandardError.print(w.description) }
                return loaded
            } catch {
                for d in error.diagnostics { StandardError.print(d.description) }
                let count = error.errors.count
                report(
                    "the \(part) motif \(motifPath) has \(count) error\(count == 1 ? "" : "s") (above)",
                    hint: "fix the motif, or name another")
                return nil
            }
        }

        let body = motif(file.body, part: "body", depth: nil, overrides: extra)
        let border = file.border.flatMap { motif($0.reference, part: "border", depth: file.borderDepth, overrides: [:]) }
        let head = file.head.flatMap { motif($0.reference, part: "head", depth: file.headRowDepth, overrides: [:]) }
        guard diagnostics.isEmpty, let body, file.border == nil || border != nil, file.head == nil || head != nil else {
            throw fail()
        }
        do {
            let composition = try Composition.build(file, path: path, body: body, border: border, head: head)
            for w in composition.warnings { StandardError.print(w.description) }
            return composition
        } catch {
            diagnostics = error.diagnostics
            throw fail()
        }
    }

    /// A motif reference as a file: relative to the composition's folder (with or without
    /// `.yaml`), then a bundled motif's name.
    static func resolve(_ name: String, folder: URL) -> String? {
        let fm = FileManager.default
        let candidates = name.hasPrefix("/") ? [name, name + ".yaml"]
            : [folder.appendingPathComponent(name).path, folder.appendingPathComponent(name + ".yaml").path]
        for c in candidates where fm.fileExists(atPath: c) {
            var dir: ObjCBool = false
            if fm.fileExists(atPath: c, isDirectory: &dir), !dir.boolValue {
                return MotifLibrary.displayPath(URL(fileURLWithPath: c))
            }
        }
        if !name.contains("/"), let url = MotifLibrary.locate()?.file(named: name) {
            return MotifLibrary.displayPath(url)
        }
        return nil
    }
}
