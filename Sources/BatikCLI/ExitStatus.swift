import ArgumentParser

/// Exit codes from BSD's sysexits.h, which scripts and the course's helpers can rely on.
enum ExitStatus {
    /// The command was used wrongly (unknown flag, bad option value).
    static let usage = ExitCode(64)
    /// An input file is wrong (a motif with errors).
    static let dataError = ExitCode(65)
    /// An input file is missing or unreadable.
    static let noInput = ExitCode(66)
    /// Something that should not happen: a bug.
    static let software = ExitCode(70)
    /// An output file could not be created.
    static let cannotCreate = ExitCode(73)
}
