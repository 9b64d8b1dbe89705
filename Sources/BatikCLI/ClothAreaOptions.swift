import ArgumentParser
import BatikGeometry
import BatikMotif

/// The cloth area to cover, shared by the commands that lay a motif out: one of --size, --tiles or
/// --cloth (default 4 × 4 repeats).
struct ClothAreaOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Cloth area to cover, e.g. 400x300mm or 40x30cm.", valueName: "WxH"))
    var size: PhysicalSize?

    @Option(help: ArgumentHelp("Number of repeats across and down, e.g. 4x3.", valueName: "AxD"))
    var tiles: TileCount?

    @Option(help: "A standard cloth, e.g. kain-panjang (250 × 110 cm).")
    var cloth: ClothPreset?

    func validate() throws {
        if [size != nil, tiles != nil, cloth != nil].filter({ $0 }).count > 1 {
            throw ValidationError("Choose the area with only one of --size, --tiles or --cloth.")
        }
    }

    /// The area in millimetres, origin at the cloth's top-left corner.
    func area(for motif: Motif) -> Rect {
        if let size { return Rect(x: 0, y: 0, width: size.width, height: size.height) }
        if let cloth { return Rect(x: 0, y: 0, width: cloth.size.width, height: cloth.size.height) }
        let count = tiles ?? TileCount(across: 4, down: 4)
        return Rect(
            x: 0, y: 0, width: motif.tile.size.width * Double(count.across),
            height: motif.tile.size.height * Double(count.down))
    }
}
