import Foundation
import ArgumentParser

/// One `--set name=value` override of a motif parameter.
struct ParameterSetting: ExpressibleByArgument, Equatable {
    var name: String
    var value: Double

    init?(argument: String) {
        guard let eq = argument.firstIndex(of: "=") else { return nil }
        let name = argument[..<eq].trimmingCharacters(in: .whitespaces)
        let valueText = argument[argument.index(after: eq)...].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, let value = Double(valueText), value.isFinite else { return nil }
        self.name = name
        self.value = value
    }

    static var defaultValueDescription: String { "NAME=NUMBER" }
}
