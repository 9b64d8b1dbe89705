import BatikGeometry
import BatikRender
import BatikTestSupport
import BatikTrace
import Foundation

extension TestScan {
    var image: RGBImage { RGBImage(width: width, height: height, pixels: pixels) }

    /// The scan as PNG bytes.
    func png() throws -> [UInt8] {
        var bytes: [UInt8] = []
        let writer = try PNGWriter(width: width, height: height) { bytes.append(contentsOf: $0) }
        try writer.write(rows: pixels)
        try writer.finish()
        return bytes
    }

    /// The scan as a JPEG, as a phone would save it.
    func jpeg(quality: Int = 85) throws -> [UInt8] { try JPEGWriter.encode(image, quality: quality) }

    /// Saves the scan beside the other looks when BATIK_TRACE_LOOK names a folder (for a person to
    /// look at; tests never read it back).
    func saveForLooking(_ name: String) throws {
        guard let folder = ProcessInfo.processInfo.environment["BATIK_TRACE_LOOK"] else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(try png()).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
    }
}

extension TracedDrawing {
    /// The boxes of the traced lines and filled areas, in mm.
    var lineBoxes: [Rect] { lines.compactMap { Rect(enclosing: $0.points) } }
    var fillBoxes: [Rect] { fills.compactMap(\.bounds) }
}

extension Rect {
    var centre: Point { Point(minX + width / 2, minY + height / 2) }
}
