import ArgumentParser
import BatikTrace

/// `--size`: how large the traced drawing is on the cloth: one length for its longer side (`30cm`)
/// or a box it is fitted into, keeping its proportions (`20x15cm`).
struct TraceSize: ExpressibleByArgument, Equatable {
    var scale: TraceScale

    init?(argument: String) {
        if let box = PhysicalSize(argument: argument) {
            scale = .fit(width: box.width, height: box.height)
        } else if let length = PhysicalLength(argument: argument), length.millimetres > 0 {
            scale = .longerSide(length.millimetres)
        } else {
            return nil
        }
    }

    static var defaultValueDescription: String { "LENGTH or WIDTHxHEIGHT, in mm, cm or m" }
}
