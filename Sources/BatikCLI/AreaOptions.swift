import ArgumentParser
import BatikGeometry
import BatikMotif

/// The cloth area a command works on: one of --size, --tiles or --cloth (default 4 × 4 repeats),
/// as `batik render` chooses it.
struct AreaOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Cloth area to cover, e.g. 400x300mm or 40x30cm.", valueName: "WxH"))
    var size: PhysicalSize?

    @Option(help: ArgumentHelp("Number of repeats across and down, e.g. 4x3.", valueName: "AxD"))
    var tiles: TileCount?

    @Option(help: "A standard cloth: kain-panjang 250 × 110 cm, sarung 200 × 110, selendang 250 × 90, bahan 200 × 110, iket 100 × 100, latihan 200 × 100.")
    var cloth: ClothPreset?

    func validate() throws {
        if [size != nil, tiles != nil, cloth != nil].filter({ $0 }).count > 1 {
            throw ValidationError("Choose the area with only one of --size, --tiles or --cloth.")
        }
    }

    /// A composition is a whole cloth of its own size: --size, --tiles and --cloth do not apply.
    func rejectForComposition(_ path: String) throws(CLIError) {
        if size != nil || tiles != nil || cloth != nil {
            throw CLIError(
                "\(path) is a composition: the cloth's size is in the file",
                hint: "leave out --size, --tiles and --cloth, or change 'composition:' or 'size:' in the file",
                exitCode: ExitStatus.usage)
        }
    }

    /// The cloth area in millimetres.
    func area(for motif: Motif) -> Rect {
        if let size { return Rect(x: 0, y: 0, width: size.width, height: size.height) }
        if let cloth { return Rect(x: 0, y: 0, width: cloth.size.width, height: cloth.size.height) }
        let count = tiles ?? TileCount(across: 4, down: 4)
        return Rect(
            x: 0, y: 0, width: motif.tile.size.width * Double(count.across),
            height: motif.tile.size.height * Double(count.down))
    }
}

/// `--lang id|en`: the language of what a command says about a plan.
enum PlanLanguage: String, CaseIterable, ExpressibleByArgument {
    case id
    case en
}
