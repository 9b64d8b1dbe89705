import Foundation

/// The bundled motif folder (`motifs/`), found without configuration: `$BATIK_MOTIFS` when set,
/// else `motifs/` in the current folder, else the `motifs/` beside the checkout the program was
/// built in (walking up from the executable, so `.build/release/batik` finds the repository's).
struct MotifLibrary {
    let folder: URL

    /// The library, or the error every command that lists it gives when there is none.
    static func required() throws(CLIError) -> MotifLibrary {
        guard let library = locate() else {
            throw CLIError(
                "cannot find the motif library (a motifs/ folder)",
                hint: "run batik from the repository folder, or set BATIK_MOTIFS to the motifs folder",
                exitCode: ExitStatus.noInput)
        }
        return library
    }

    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> MotifLibrary? {
        let fm = FileManager.default
        func isFolder(_ url: URL) -> Bool {
            var dir: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &dir) && dir.boolValue
        }
        if let override = environment["BATIK_MOTIFS"] {
            let url = URL(fileURLWithPath: override)
            return isFolder(url) ? MotifLibrary(folder: url) : nil
        }
        let here = URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("motifs")
        if isFolder(here) { return MotifLibrary(folder: here) }
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = dir.appendingPathComponent("motifs")
            if isFolder(candidate) { return MotifLibrary(folder: candidate) }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// Motif files in the library, sorted by file name.
    func files() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// The library file for a short name such as `kawung`, if there is one.
    func file(named name: String) -> URL? {
        files().first { $0.deletingPathExtension().lastPathComponent == name }
    }

    /// The path as a person in the current folder would type it: relative when it lies below.
    static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}
