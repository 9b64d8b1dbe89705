import BatikGeometry
import BatikMotif
import BatikRender
import BatikTestSupport

/// Small motifs built in code (the YAML loader is not needed to test drawing).
enum Fixtures {
    static let mori = RGBColour(hex: "#efe6d2")!

    /// A circle of radius `r` about `centre`, as two SVG arcs (the renderer must turn them into cubics).
    static func circle(_ r: Double, at centre: Point = .zero) -> BezierPath {
        var p = BezierPath()
        p.move(to: centre + Vector(r, 0))
        p.arc(radii: Vector(r, r), largeArc: false, sweep: true, to: centre + Vector(-r, 0))
        p.arc(radii: Vector(r, r), largeArc: false, sweep: true, to: centre + Vector(r, 0))
        p.close()
        return p
    }

    static func square(_ side: Double, at centre: Point = .zero) -> BezierPath {
        let h = side / 2
        return .polygon([
            centre + Vector(-h, -h), centre + Vector(h, -h), centre + Vector(h, h), centre + Vector(-h, h),
        ])
    }

    /// The classic sogan palette: mori cloth, nila and soga baths; putih, biru, coklat, hitam.
    static func sogan(
        name: String = "Bulatan Uji", tile: Double = 30, repeat: Tile.Repeat = .lattice(.square, angle: .zero),
        background: String = "hitam", parameters: [Parameter] = [], marks: [Mark]
    ) -> Motif {
        Motif(
            name: name, origin: "test", description: "a test motif", sourcePath: "/somewhere/uji.yaml",
            parameters: parameters, tile: Tile(size: Size(tile, tile), repeat: `repeat`), cloth: mori,
            dyes: [
                Dye(name: "nila", colour: RGBColour(hex: "#2b3a67")!),
                Dye(name: "soga", colour: RGBColour(hex: "#8a5a2b")!),
            ],
            recipes: [
                Recipe(name: "putih", baths: []), Recipe(name: "biru", baths: ["nila"]),
                Recipe(name: "coklat", baths: ["soga"]), Recipe(name: "hitam", baths: ["nila", "soga"]),
            ],
            background: background, tools: CantingTool.library,
            tileMarks: marks.sorted { $0.order < $1.order })
    }

    static let klowong = CantingTool.library["klowong"]!

    /// One 30 mm tile: a circle of radius 10 mm filled biru with a putih klowong outline (1.8 mm),
    /// and a small coklat centre on top.
    static let bulatan = sogan(
        parameters: [
            Parameter(name: "size", value: 30, defaultValue: 30), Parameter(name: "r", value: 10.5, defaultValue: 10),
        ],
        marks: [
            Mark(
                path: circle(10), fill: "biru",
                outline: Stroke(tool: "klowong", width: klowong.lineWidth, colour: "putih"), order: 0),
            Mark(path: circle(3), fill: "coklat", outline: nil, order: 1),
        ])

    /// Renders into memory.
    static func png(
        _ layout: MotifLayout, _ motif: Motif, dpi: Double, bandHeight: Int = PreviewRenderer.defaultBandHeight,
        metadata: [PNGText] = []
    ) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try PreviewRenderer(dpi: dpi, bandHeight: bandHeight).render(layout: layout, motif: motif, metadata: metadata) {
            bytes.append(contentsOf: $0)
        }
        return bytes
    }

    /// A layout of exactly one tile, centred in an area of the tile's size.
    static func singleTile(_ motif: Motif) -> MotifLayout {
        let s = motif.tile.size
        return MotifLayout(
            area: Rect(x: 0, y: 0, width: s.width, height: s.height), tileMarks: motif.tileMarks,
            placements: [.translation(x: s.width / 2, y: s.height / 2)])
    }
}
