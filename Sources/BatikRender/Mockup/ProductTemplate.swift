public import BatikGeometry
public import BatikWax

/// A built-in product mockup: a piece of batik made into something a buyer recognises (a folded
/// kain, a shirt, a tote), drawn procedurally and photographed on a plain background.
///
/// Each template is a silhouette, a drape (a triangle mesh carrying the flat cloth onto the
/// product) and a shading map, all in the product's own millimetres, so a 24 mm kawung is 24 mm
/// on the shirt. See docs/mockups.md.
public struct ProductTemplate: Hashable, Sendable {
    /// Short id used on the command line: "kain", "kain-gantung", "kemeja", "selendang", "tas", "masker".
    public var name: String
    /// What the product is called, in Indonesian and English.
    public var title: LocalizedText
    /// The flat cloth the mockup shows, in millimetres: the swatch passed to `mockup` should cover
    /// this (a smaller one repeats). Cloth coordinates run from (0, 0) at its top-left corner.
    public var clothSize: Size
    /// The finished product's real size in millimetres (width × height as photographed), for
    /// listings and documentation.
    public var productSize: Size

    let kind: Kind

    enum Kind: Hashable, Sendable {
        case kainStack, hangingKain, kemeja, selendang, tote, masker
    }

    init(name: String, title: LocalizedText, clothSize: Size, productSize: Size, kind: Kind) {
        self.name = name
        self.title = title
        self.clothSize = clothSize
        self.productSize = productSize
        self.kind = kind
    }
}

extension ProductTemplate {
    /// Every built-in product, in the order `--product all` writes them.
    public static let builtIn: [ProductTemplate] = [
        ProductTemplate(
            name: "kain",
            title: LocalizedText(
                id: "Kain panjang 250 × 110 cm, terlipat (tumpukan 3)",
                en: "Kain panjang 250 × 110 cm, folded (stack of 3)"),
            clothSize: Size(KainStackArt.clothWidth, KainStackArt.clothHeight),
            productSize: Size(KainStackArt.faceWidth, KainStackArt.faceDepth), kind: .kainStack),
        ProductTemplate(
            name: "kain-gantung",
            title: LocalizedText(
                id: "Kain panjang 250 × 110 cm, digantung", en: "Kain panjang 250 × 110 cm, hanging"),
            clothSize: Size(HangingArt.kainWidth, HangingArt.kainDrop),
            productSize: Size(HangingArt.kainWidth, HangingArt.kainDrop), kind: .hangingKain),
        ProductTemplate(
            name: "kemeja",
            title: LocalizedText(id: "Kemeja lengan pendek", en: "Short-sleeved shirt"),
            clothSize: Size(KemejaArt.clothWidth, KemejaArt.clothHeight),
            productSize: Size(KemejaArt.chestWidth, KemejaArt.bodyLength), kind: .kemeja),
        ProductTemplate(
            name: "selendang",
            title: LocalizedText(id: "Selendang 230 × 50 cm", en: "Selendang (scarf) 230 × 50 cm"),
            clothSize: Size(HangingArt.selendangLength, HangingArt.selendangWidth),
            productSize: Size(HangingArt.selendangWidth, HangingArt.selendangLength / 2), kind: .selendang),
        ProductTemplate(
            name: "tas",
            title: LocalizedText(id: "Tas jinjing (tote) 38 × 42 cm", en: "Tote bag 38 × 42 cm"),
            clothSize: Size(ToteArt.width, ToteArt.height),
            productSize: Size(ToteArt.width, ToteArt.height), kind: .tote),
        ProductTemplate(
            name: "masker",
            title: LocalizedText(id: "Masker kain 18 × 9 cm", en: "Cloth face mask 18 × 9 cm"),
            clothSize: Size(MaskerArt.width, MaskerArt.clothHeight),
            productSize: Size(MaskerArt.width, MaskerArt.frontHeight), kind: .masker),
    ]

    /// The built-in product with this id, or nil.
    public static func named(_ name: String) -> ProductTemplate? {
        builtIn.first { $0.name == name.lowercased() }
    }
}
