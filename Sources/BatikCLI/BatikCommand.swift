import ArgumentParser

/// `batik`: the toolkit's command line.
public struct BatikCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "batik",
        abstract: "Batik tulis toolkit: motif previews, wax plans and printable patterns.")

    public init() {}
}
