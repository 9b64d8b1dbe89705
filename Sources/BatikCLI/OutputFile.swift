import Foundation

/// Writes an output file atomically: the bytes go to a hidden temporary file in the same folder,
/// which is renamed over the destination only when complete. A failed or interrupted command
/// leaves the old file or none, never a truncated one.
struct OutputFile {
    let destination: URL
    private let temporary: URL
    private let handle: FileHandle

    /// Opens the temporary file. Refuses to replace an existing file unless `overwrite` is true.
    init(path: String, overwrite: Bool) throws(CLIError) {
        let url = URL(fileURLWithPath: path)
        let fm = FileManager.default
        if let input = InputFiles.input(sameAs: url.path) {
            throw CLIError(
                "the output \(path) is the input file \(input); nothing was written",
                hint: "choose another name with -o (the input is never replaced, even with --force)",
                exitCode: ExitStatus.usage)
        }
        if fm.fileExists(atPath: url.path), !overwrite {
            throw CLIError(
                "\(path) already exists", hint: "add --force to replace it, or choose another name with -o",
                exitCode: ExitStatus.cannotCreate)
        }
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if !fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            do {
                try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw CLIError(
                    "cannot create the folder \(folder.path): \(error.localizedDescription)",
                    hint: "check the path and that you may write there", exitCode: ExitStatus.cannotCreate)
            }
        } else if !isDirectory.boolValue {
            throw CLIError("\(folder.path) is not a folder", exitCode: ExitStatus.cannotCreate)
        }
        Self.removeAbandonedPartials(of: url.lastPathComponent, in: folder)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).partial")
        guard fm.createFile(atPath: temporary.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: temporary)
        else {
            throw CLIError(
                "cannot write to \(folder.path)", hint: "check that the folder exists and that you may write there",
                exitCode: ExitStatus.cannotCreate)
        }
        self.destination = url
        self.temporary = temporary
        self.handle = handle
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        try handle.write(contentsOf: Data(bytes))
    }

    /// Flushes, closes and moves the file into place.
    func commit() throws(CLIError) {
        do {
            try handle.synchronize()
            try handle.close()
            // rename(2) replaces the destination atomically; Foundation's replaceItemAt does not
            // on Linux.
            if rename(temporary.path, destination.path) != 0 {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            discard()
            throw CLIError(
                "cannot finish writing \(destination.path): \(error.localizedDescription)",
                exitCode: ExitStatus.cannotCreate)
        }
    }

    /// Removes hidden partial files of `name` left by runs that were killed (their process is
    /// gone), so an interrupted whole-kain render does not leave 100 MB behind for good. Files of a
    /// run still going, here or in another process, are left alone.
    static func removeAbandonedPartials(of name: String, in folder: URL) {
        let prefix = ".\(name)."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for file in names where file.hasPrefix(prefix) && file.hasSuffix(".partial") {
            let middle = file.dropFirst(prefix.count).dropLast(".partial".count)
            guard let pid = pid_t(middle), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(file))
            }
        }
    }

    /// Removes the temporary file; the destination is left as it was.
    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }

    /// Writes `destination` in one go: `produce` streams the bytes to its sink; on any error the
    /// temporary file is removed and the error becomes a CLIError naming the file (a CLIError
    /// passes as it is). Refuses to replace an existing file unless `overwrite`.
    static func save(
        _ destination: String, overwrite: Bool,
        _ produce: (@escaping (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) throws(CLIError) {
        let file = try OutputFile(path: destination, overwrite: overwrite)
        do {
            try produce { try file.write($0) }
        } catch let error as CLIError {
            file.discard()
            throw error
        } catch {
            file.discard()
            throw CLIError("cannot write \(destination): \(error)", exitCode: ExitStatus.cannotCreate)
        }
        try file.commit()
    }
}
