import BatikGeometry
import BatikMotif
import BatikTestSupport
import Foundation
import Testing

@testable import BatikRender

/// Bands drawn on several threads: the file must not depend on how many.
@Suite("Preview bands drawn in parallel")
struct ParallelBandTests {
    /// A cloth of 10 × 8 half-drop repeats with two levels: enough placements for stamps.
    static let motif = Fixtures.sogan(
        tile: 12, repeat: .lattice(.halfDrop, angle: .zero),
        marks: [
            Mark(
                path: Fixtures.circle(5), fill: "biru", outline: Stroke(tool: "klowong", width: 1.8, colour: "putih"),
                order: 0),
            Mark(path: Fixtures.square(3), fill: "coklat", outline: nil, order: 1),
        ])
    static let layout = motif.layout(on: Rect(x: 3, y: 2, width: 120, height: 96))

    static func png(threads: Int, bandHeight: Int, compression: PNGWriter.Compression = .balanced) throws -> [UInt8] {
        var renderer = PreviewRenderer(dpi: 72, bandHeight: bandHeight)
        renderer.threads = threads
        renderer.compression = compression
        var bytes: [UInt8] = []
        try renderer.render(layout: layout, motif: motif) { bytes.append(contentsOf: $0) }
        return bytes
    }

    @Test(
        "1, 2, 3 and 5 threads write the same bytes, at any band height",
        arguments: [1, 7, 64, 10_000])
    func sameBytesWithAnyThreads(bandHeight: Int) throws {
        #expect(Self.layout.placements.count >= PreviewRenderer.stampThreshold)
        let one = try Self.png(threads: 1, bandHeight: bandHeight)
        for threads in [2, 3, 5] {
            let many = try Self.png(threads: threads, bandHeight: bandHeight)
            #expect(many == one, "\(threads) threads, bands of \(bandHeight) rows")
        }
    }

    @Test("the in-memory image is the same with 1 and 4 threads")
    func sameImageWithAnyThreads() throws {
        var one = PreviewRenderer(dpi: 72, bandHeight: 13)
        one.threads = 1
        var four = one
        four.threads = 4
        let a = try one.image(layout: Self.layout, motif: Self.motif)
        let b = try four.image(layout: Self.layout, motif: Self.motif)
        #expect(a.pixels == b.pixels)
    }

    @Test("a composition (fields cut to their rectangles) is the same with 1 and 3 threads")
    func compositionSameBytes() throws {
        let composition = try CompositionRenderTests.sarung()
        func png(_ threads: Int) throws -> [UInt8] {
            var renderer = PreviewRenderer(dpi: 20, bandHeight: 17)
            renderer.threads = threads
            var bytes: [UInt8] = []
            try renderer.render(composition: composition) { bytes.append(contentsOf: $0) }
            return bytes
        }
        #expect(try png(3) == png(1))
    }

    struct SinkFailed: Error, Equatable {}

    @Test("a failing sink stops a render on 4 threads with its own error, and nothing hangs")
    func sinkFailureWithThreads() {
        var renderer = PreviewRenderer(dpi: 100, bandHeight: 8)
        renderer.threads = 4
        var bytes = 0
        #expect(throws: SinkFailed()) {
            try renderer.render(layout: Self.layout, motif: Self.motif) { chunk in
                bytes += chunk.count
                if bytes > 5000 { throw SinkFailed() }
            }
        }
    }

    @Test("every compression gives the same pixels, and small is no bigger than balanced")
    func compressionKeepsPixels() throws {
        let files = try PNGWriter.Compression.allCases.map { try Self.png(threads: 2, bandHeight: 64, compression: $0) }
        let images = try files.map { try decodePNG($0).image }
        for image in images.dropFirst() { expectImagesMatch(image, images[0], channelTolerance: 0, maxDifferingFraction: 0) }
        let size = Dictionary(uniqueKeysWithValues: zip(PNGWriter.Compression.allCases, files.map(\.count)))
        #expect(size[.small]! <= size[.balanced]!)
    }

    @Test("the SVG export is the cloth area in points with one path per drawn mark")
    func svgExport() throws {
        var bytes: [UInt8] = []
        try PreviewRenderer(dpi: 72).renderSVG(layout: Self.layout, motif: Self.motif) { bytes.append(contentsOf: $0) }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("<?xml"))
        // 120 × 96 mm = 340.157 × 272.126 pt.
        #expect(text.contains("width=\"340.157"), "\(text.prefix(300))")
        #expect(text.contains("height=\"272.12"))
        #expect(text.components(separatedBy: "<path").count - 1 >= Self.layout.placements.count)
    }
}
