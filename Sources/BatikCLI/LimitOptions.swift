import ArgumentParser
import BatikMotif
import Foundation

/// `--limit NAME=N`: raises (or lowers) one of the limits that keep a mistyped motif from freezing
/// the machine, for this run only, up to the limit's hard ceiling.
struct LimitOptions: ParsableArguments {
    @Option(
        name: .customLong("limit"),
        help: ArgumentHelp(
            "Change a limit for this run, e.g. --limit marks=400000 (repeatable).",
            discussion: "Limits: "
                + AdjustableLimit.allCases.map { "\($0.rawValue) (\($0.meaning); \($0.standard), at most \($0.ceiling))" }
                .joined(separator: "; ") + ".",
            valueName: "name=N"))
    var limits: [LimitSetting] = []

    /// Applied while the arguments are validated, before any file is read, so that every command
    /// with these options runs under them without a line of its own.
    func validate() throws {
        for setting in limits {
            do {
                try AdjustableLimit.set(setting.limit, to: setting.value)
            } catch {
                throw ValidationError(error.description)
            }
        }
    }
}

/// One `--limit name=N`.
struct LimitSetting: ExpressibleByArgument {
    var limit: AdjustableLimit
    var value: Int

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let limit = AdjustableLimit(rawValue: parts[0]), let value = Int(parts[1]) else {
            return nil
        }
        self.limit = limit
        self.value = value
    }

    static var defaultValueDescription: String { "NAME=N" }
    static var allValueStrings: [String] { AdjustableLimit.allCases.map { "\($0.rawValue)=N" } }
}
