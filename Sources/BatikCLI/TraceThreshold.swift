import ArgumentParser
import Foundation

/// `--threshold`: the grey level at or below which a pixel is ink, as 0…255 or as a fraction 0…1
/// of white (`0.5` is 128). A value with a decimal point is a fraction.
struct TraceThreshold: ExpressibleByArgument, Equatable {
    var level: UInt8

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces)
        guard let value = Double(text), value.isFinite, value >= 0 else { return nil }
        if text.contains(".") {
            guard value <= 1 else { return nil }
            level = UInt8((value * 255).rounded())
        } else {
            guard value <= 255 else { return nil }
            level = UInt8(value)
        }
    }
}
