import BatikGeometry
import BatikMotif
import BatikRender
import Foundation

/// Turns a TEMPLATE.yaml argument into a ready `PhotoTemplate`: reads the YAML, resolves the
/// photo and mask beside it, decodes them, derives the mask and shading. Every problem in the
/// file or with the files it names is printed as `file:line:column: error: …` and becomes exit 65.
enum PhotoTemplateSource {
    /// Photos larger than this are refused before reading (ImageReader checks pixels, this bytes).
    static let maximumImageBytes = 100_000_000

    struct Loaded {
        var file: PhotoTemplateFile
        var template: PhotoTemplate
        /// The template's name: `name:` in the file, else the file name without `.yaml`.
        var name: String
    }

    static func load(_ path: String) throws(CLIError) -> Loaded {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError(
                "no photo template '\(path)'", hint: "check the path; docs/photo-templates.md shows how to write one",
                exitCode: ExitStatus.noInput)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > PhotoTemplateFile.maximumFileBytes {
            throw CLIError(
                "\(path) is \(size / 1000) kB; a photo template is a few lines of YAML",
                hint: "give the template (.yaml), not the photo: the template names the photo",
                exitCode: ExitStatus.dataError)
        }
        InputFiles.register(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read \(path)", hint: "check that you may read it", exitCode: ExitStatus.noInput)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError(
                "\(path) is not UTF-8 text", hint: "give the template (.yaml), not the photo: the template names the photo",
                exitCode: ExitStatus.dataError)
        }
        let file: PhotoTemplateFile
        do {
            file = try PhotoTemplateFile.load(yaml: text, path: path)
        } catch {
            throw report(error.diagnostics, path: path)
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        func diagnostic(_ p: SourcePosition, _ message: String, _ hint: String?) -> Diagnostic {
            Diagnostic(file: path, line: p.line, column: p.column, message: message, hint: hint)
        }
        func image(_ name: String, at position: SourcePosition, key: String) throws(CLIError) -> RGBImage {
            let url = name.hasPrefix("/") ? URL(fileURLWithPath: name) : folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                var hint = "paths are relative to the template's folder (\(folder.relativePath))"
                let siblings = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                if let near = Spelling.nearest(to: name, among: siblings.filter { !$0.hasPrefix(".") }) {
                    hint = "did you mean '\(near)'?"
                }
                throw report([diagnostic(position, "no \(key) file '\(name)' (looked for \(url.relativePath))", hint)], path: path)
            }
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes?[.size] as? Int, size > maximumImageBytes {
                throw report(
                    [diagnostic(position, "the \(key) '\(name)' is \(size / 1_000_000) MB; the limit is \(maximumImageBytes / 1_000_000) MB", "export a smaller JPEG")],
                    path: path)
            }
            InputFiles.register(url.path)
            guard let bytes = FileManager.default.contents(atPath: url.path) else {
                throw CLIError("cannot read \(url.relativePath)", hint: "check that you may read it", exitCode: ExitStatus.noInput)
            }
            do {
                return try ImageReader.read([UInt8](bytes))
            } catch {
                let hint: String? =
                    switch error.kind {
                    case .tooLarge: "scale the photo down to at most \(ImageReader.maxSide) pixels a side"
                    case .truncated: "copy the file again from the phone or camera"
                    case .notAnImage, .unreadable: "export the photo as JPEG or PNG"
                    }
                throw report([diagnostic(position, "the \(key) '\(name)' cannot be used: \(error.message)", hint)], path: path)
            }
        }
        let photo = try image(file.photo, at: file.photoPosition, key: "photo")
        var mask: RGBImage?
        if let name = file.mask, let position = file.maskPosition { mask = try image(name, at: position, key: "mask") }
        var options = PhotoTemplate.Options()
        if let t = file.maskTolerance { options.maskTolerance = t }
        if let s = file.shading { options.shading = s }
        if let d = file.displacement { options.displacement = d }
        do {
            let template = try PhotoTemplate(
                photo: photo, mask: mask, widthMillimetres: file.widthMillimetres, corners: file.corners,
                heightMillimetres: file.heightMillimetres, options: options)
            let name = file.name ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return Loaded(file: file, template: template, name: name)
        } catch {
            // Point at the key the problem is about.
            let position: SourcePosition =
                if error.message.contains("corner") || error.message.contains("horizon"), let p = file.cornersPosition {
                    p
                } else if error.message.contains("mask"), let p = file.maskPosition {
                    p
                } else {
                    file.photoPosition
                }
            throw report([diagnostic(position, error.message, error.hint)], path: path)
        }
    }

    /// Prints the diagnostics and makes the exit-65 error.
    static func report(_ diagnostics: [Diagnostic], path: String) -> CLIError {
        for d in diagnostics { StandardError.print(d.description) }
        let count = diagnostics.filter { $0.severity == .error }.count
        return CLIError(
            "\(path): \(count) error\(count == 1 ? "" : "s"); nothing was written",
            hint: "fix the lines named above, then run the command again", exitCode: ExitStatus.dataError)
    }
}
