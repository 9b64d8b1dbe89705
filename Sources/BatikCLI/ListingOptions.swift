import ArgumentParser
import BatikRender

/// What `batik listing` and `batik batch` share: the products, the colourways, the market, the
/// seller's name and price, and how the cloth was made.
struct ListingOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Products to photograph, comma-separated: \(ProductTemplate.builtIn.map(\.name).joined(separator: ", ")).",
            valueName: "list"))
    var products: String = "kain,kemeja"

    @Option(
        name: .customLong("photo"),
        help: ArgumentHelp("A photo template (YAML) of your own product; repeatable.", valueName: "template.yaml"))
    var photos: [String] = []

    @Option(help: ArgumentHelp("A colourway file (YAML); without one, classic palettes are shown.", valueName: "file.yaml"))
    var colourways: String?

    @Option(help: ArgumentHelp("Make the photos in this colourway of the file (default: the first).", valueName: "name"))
    var colourway: String?

    @Option(help: "The marketplace: JPEG quality is chosen to stay under its file limit.")
    var market: Market = .all

    @Option(help: ArgumentHelp("The KUBE's name, on a branded picture (never on the cover).", valueName: "name"))
    var brand: String?

    @Option(help: ArgumentHelp("Price in rupiah, on the branded picture and in listing.txt.", valueName: "rupiah"))
    var price: Int?

    @Option(help: ArgumentHelp("The KUBE's logo (PNG or JPEG), on the branded picture.", valueName: "file"))
    var logo: String?

    @Option(help: "How the cloth is made, said honestly in listing.txt: tulis, cap or print.")
    var technique: ListingTechnique = .tulis

    @Option(help: "The cloth look's randomness: the same seed gives the same photos.")
    var seed: UInt64 = 1

    /// The product templates named in --products, or a usage error naming the wrong one.
    func productTemplates() throws(CLIError) -> [ProductTemplate] {
        var templates: [ProductTemplate] = []
        for raw in products.split(separator: ",") {
            let name = raw.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { continue }
            guard let template = ProductTemplate.named(name) else {
                let names = ProductTemplate.builtIn.map(\.name)
                throw CLIError(
                    "unknown product '\(name)'",
                    hint: Spelling.nearest(to: name, among: names).map { "did you mean '\($0)'?" }
                        ?? "products: \(names.joined(separator: ", "))", exitCode: ExitStatus.usage)
            }
            if !templates.contains(where: { $0.name == template.name }) { templates.append(template) }
        }
        return templates
    }
}

extension ListingTechnique: ExpressibleByArgument {}
