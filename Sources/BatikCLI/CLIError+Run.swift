import ArgumentParser

extension CLIError {
    /// Runs a command body, turning a `CLIError` into its message on stderr and its sysexits code.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CLIError {
            StandardError.print(error.description)
            throw error.exitCode
        }
    }
}
