public import BatikGeometry
public import BatikMotif
internal import BatikWax

extension PreviewRenderer {
    /// Renders a whole-cloth composition as an RGB PNG into `sink`: every field's motif cut to its
    /// rectangle, tiles stamped as for one motif (a whole sarung stays as fast as a kain of one
    /// motif). Every colour is resolved before the first byte.
    @discardableResult
    public func render(
        composition: Composition, metadata: [PNGText] = [],
        to sink: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) throws -> PixelSize {
        let size = try checkedPixelSize(for: composition.area)
        let fields = try drawings(for: composition)
        let writer = try PNGWriter(
            width: size.width, height: size.height, pixelFormat: .rgb, dpi: dpi,
            text: Self.metadata(for: composition, dpi: dpi, adding: metadata), compression: compression, sink: sink)
        try drawBands(fields: fields, area: composition.area, size: size) { rgb, _, _ in
            try writer.write(rows: rgb)
        }
        try writer.finish()
        return size
    }

    /// The composition rendered into memory (listing photos of the whole cloth).
    public func image(composition: Composition) throws -> RGBImage {
        let size = try checkedPixelSize(for: composition.area)
        let fields = try drawings(for: composition)
        var image = RGBImage(width: size.width, height: size.height)
        try drawBands(fields: fields, area: composition.area, size: size) { rgb, top, _ in
            image.pixels.withUnsafeMutableBytes { out in
                let offset = top * size.width * 3
                UnsafeMutableRawBufferPointer(rebasing: out[offset..<offset + rgb.count]).copyMemory(from: rgb)
            }
        }
        return image
    }

    func drawings(for composition: Composition) throws -> [FieldDrawing] {
        try composition.fields.map { field in
            let layout = field.layout()
            let palette = try Palette(motif: field.motif)
            return FieldDrawing(
                layout: layout, art: try TileArt(marks: layout.tileMarks, palette: palette), palette: palette, clipped: true)
        }
    }

    /// The text chunks of a composition's preview: the body motif's, titled with the
    /// composition and naming every field's motif.
    public static func metadata(for composition: Composition, dpi: Double, adding extra: [PNGText] = []) -> [PNGText] {
        var motifs: [String] = []
        for f in composition.fields where !motifs.contains(f.motif.name) {
            if case .papan = f.role { continue }
            motifs.append(f.motif.name)
        }
        return metadata(
            for: composition.body, dpi: dpi,
            adding: [
                PNGText(keyword: "Title", text: composition.name),
                PNGText(
                    keyword: "Description",
                    text:
                        "Preview of the batik \(composition.kind.rawValue) \(composition.name): colours simulated from its dye recipes, not a photograph."
                ),
                PNGText(keyword: "batik:composition", text: composition.kind.rawValue),
                PNGText(keyword: "batik:motifs", text: motifs.joined(separator: ", ")),
            ] + extra)
    }
}
