import Foundation

/// Reports a batch's progress: a bar redrawn in place on a terminal, plain lines otherwise (a
/// log file or a job runner's output).
final class BatchProgress: @unchecked Sendable {
    private let total: Int
    private var done = 0
    private var failed = 0
    private let lock = NSLock()
    private let interactive = isatty(STDERR_FILENO) != 0

    init(total: Int) { self.total = total }

    func finished(_ job: String, skipped: Bool = false, error: String? = nil, seconds: Double = 0) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        if error != nil { failed += 1 }
        let status = error.map { "FAILED: \($0)" } ?? (skipped ? "up to date" : String(format: "%.1f s", seconds))
        if interactive {
            let width = 30
            let filled = total == 0 ? width : done * width / total
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            var line = "\r[\(bar)] \(done)/\(total)  \(job): \(status)"
            line = line.padding(toLength: max(line.count, 100), withPad: " ", startingAt: 0)
            FileHandle.standardError.write(Data(line.utf8))
            if error != nil || done == total { FileHandle.standardError.write(Data("\n".utf8)) }
        } else {
            StandardError.print("batch \(done)/\(total) \(job): \(status)")
        }
    }

    var failures: Int {
        lock.lock()
        defer { lock.unlock() }
        return failed
    }
}
