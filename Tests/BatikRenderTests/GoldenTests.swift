import BatikGeometry
import BatikMotif
import BatikTestSupport
import Foundation
import Testing

@testable import BatikRender

/// Small reference renders kept in `Goldens/`. To regenerate them after an intended change, run
///
///     BATIK_UPDATE_GOLDENS=1 swift test --filter GoldenTests
///
/// then look at every changed PNG before committing it. A mismatch saves the actual image under
/// the temporary directory (`batik-goldens/`) and names it in the failure.
@Suite("Golden images")
struct GoldenTests {
    /// Antialiased edges may move a little between Cairo and pixman versions; fills and layout may not.
    static let channelTolerance = 4
    static let maxDifferingFraction = 0.005

    @Test("one bulatan tile at 50 DPI")
    func bulatan() throws {
        let motif = Fixtures.bulatan
        try Self.check("bulatan-50dpi.png", Fixtures.png(Fixtures.singleTile(motif), motif, dpi: 50))
    }

    @Test("kawung on a square lattice, 48 × 36 mm at 60 DPI")
    func kawung() throws {
        let motif = Self.kawung(repeat: .lattice(.square, angle: .zero))
        try Self.check(
            "kawung-60dpi.png", Fixtures.png(motif.layout(on: Rect(x: 0, y: 0, width: 48, height: 36)), motif, dpi: 60))
    }

    @Test("kawung on a diagonal lattice (rotated placements), 40 × 40 mm at 60 DPI")
    func kawungDiagonal() throws {
        let motif = Self.kawung(repeat: .lattice(.diagonal, angle: .degrees(30)))
        try Self.check(
            "kawung-diagonal-60dpi.png",
            Fixtures.png(motif.layout(on: Rect(x: 0, y: 0, width: 40, height: 40)), motif, dpi: 60))
    }

    /// Kawung picis (size 24): four aren-fruit ellipses along the tile's diagonals, so that fruits
    /// of four neighbouring tiles meet at each corner; biru with putih klowong outlines, a coklat
    /// dot at the centre, on the hitam ground.
    static func kawung(repeat: Tile.Repeat) -> Motif {
        let size = 24.0
        let rx = size * 0.16
        let ry = size * 0.3
        var ellipse = BezierPath()
        ellipse.move(to: Point(rx, 0))
        ellipse.arc(radii: Vector(rx, ry), largeArc: false, sweep: true, to: Point(-rx, 0))
        ellipse.arc(radii: Vector(rx, ry), largeArc: false, sweep: true, to: Point(rx, 0))
        ellipse.close()
        let fruit = ellipse.translated(by: Vector(0, -size * 0.354))
        let outline = Stroke(tool: "klowong", width: Fixtures.klowong.lineWidth, colour: "putih")
        let fruits = (0..<4).map { k in
            Mark(path: fruit.rotated(by: .degrees(45 + Double(k) * 90)), fill: "biru", outline: outline, order: 0)
        }
        return Fixtures.sogan(
            name: "Kawung Picis", tile: size, repeat: `repeat`,
            marks: fruits + [Mark(path: Fixtures.circle(size * 0.05), fill: "coklat", outline: nil, order: 1)])
    }

    static let updating = ProcessInfo.processInfo.environment["BATIK_UPDATE_GOLDENS"] == "1"

    /// Compares `png` with the golden `name`, or rewrites the golden when updating.
    static func check(_ name: String, _ png: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        if updating {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
                "Goldens/\(name)")
            try Data(png).write(to: url)
            print("Updated golden \(url.path)")
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Goldens"),
            let golden = FileManager.default.contents(atPath: url.path)
        else {
            Issue.record("No golden \(name); make it with BATIK_UPDATE_GOLDENS=1.", sourceLocation: sourceLocation)
            return
        }
        let actual = try decodePNG(png)
        let expected = try decodePNG([UInt8](golden))
        guard
            imageDifference(
                actual.image, expected.image, channelTolerance: channelTolerance,
                maxDifferingFraction: maxDifferingFraction)
                != nil
        else { return }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("batik-goldens")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let saved = directory.appendingPathComponent(name)
        try Data(png).write(to: saved)
        expectImagesMatch(
            actual.image, expected.image, channelTolerance: channelTolerance,
            maxDifferingFraction: maxDifferingFraction,
            context: "Golden \(name) differs; the actual image is at \(saved.path).", sourceLocation: sourceLocation)
    }
}
