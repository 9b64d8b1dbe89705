import Foundation

/// The files this run has read, so that no output replaces one of them: `batik render kawung.yaml
/// -o kawung.yaml --force` must not turn the motif into a PNG. Files are compared by device and
/// inode, so another spelling of the path, a symbolic link or a hard link is caught too.
final class InputFiles: @unchecked Sendable {
    static let shared = InputFiles()

    private struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private let lock = NSLock()
    private var read: [Identity: String] = [:]

    /// Notes that `path` was read (no-op when it cannot be stat'ed).
    static func register(_ path: String) {
        guard let identity = identity(of: path) else { return }
        shared.lock.lock()
        if shared.read[identity] == nil { shared.read[identity] = path }
        shared.lock.unlock()
    }

    /// The input file that `path` is, if it is one.
    static func input(sameAs path: String) -> String? {
        guard let identity = identity(of: path) else { return nil }
        shared.lock.lock()
        defer { shared.lock.unlock() }
        return shared.read[identity]
    }

    private static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
