import Foundation
import ArgumentParser

/// A width × height on the cloth, read from the command line as `400x300mm`, `40x30cm` or `0.4x0.3m`
/// (millimetres when no unit is given).
struct PhysicalSize: ExpressibleByArgument, Equatable {
    var width: Double
    var height: Double

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    init?(argument: String) {
        var text = argument.lowercased().replacingOccurrences(of: " ", with: "")
        var factor = 1.0
        for (suffix, f) in [("mm", 1.0), ("cm", 10.0), ("m", 1000.0)] where text.hasSuffix(suffix) {
            factor = f
            text.removeLast(suffix.count)
            break
        }
        let parts = text.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]), w > 0, h > 0,
            w.isFinite, h.isFinite
        else { return nil }
        self.init(width: w * factor, height: h * factor)
    }

    static var defaultValueDescription: String { "WIDTHxHEIGHT[mm|cm|m]" }
}
