import ArgumentParser
import BatikGeometry
import BatikMotif
import BatikRender
import BatikWax
import Foundation

extension BatikCommand {
    struct Listing: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make the photos and text of a marketplace listing for a motif.",
            discussion: """
                Writes into one folder, 1200 × 1200 sRGB JPEGs, each under the market's
                file limit (Shopee 2 MB, Tokopedia 5 MB):
                  01-sampul-PRODUCT.jpg   the cover: the first product on pure white, no text
                  02-produk-N-….jpg       the other products (and your own --photo templates)
                  03-detail.jpg           a close-up at true scale with a 5 cm ruler
                  04-kain-utuh.jpg        the whole cloth with its size
                  05-depan-belakang.jpg   the front beside the back: the motif goes through
                  06-pilihan-warna.jpg    the colourways
                  07-merek.jpg            with --brand: name, logo and price
                  listing.txt             a title and description to paste (Indonesian)

                The cloth is drawn as it looks: cotton weave, hand-drawn wax lines and
                crackle, from --seed. Photos are previews of the design, and listing.txt
                says so. --technique states how the cloth is made (tulis, cap, print).

                The folder belongs to the command: files of an earlier run are replaced.

                Examples:
                  batik listing kawung                       out/kawung-listing/
                  batik listing kawung --products kemeja,tas,masker --market shopee
                  batik listing parang-rusak --colourways warna.yaml --colourway "Biru laut"
                  batik listing kawung --brand "KUBE Sekar Arum" --price 350000 --logo logo.png
                """)

        @Argument(help: "A motif file, a composition file (a whole cloth, docs/compositions.md), or the name of a bundled motif.")
        var motif: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("The folder to write into (default: out/NAME-listing).", valueName: "folder"))
        var output: String?

        @OptionGroup var listing: ListingOptions

        @Option(help: "The cloth being sold: kain-panjang (default) 250 × 110 cm, sarung, selendang, bahan, iket, latihan.")
        var cloth: ClothPreset?

        @Option(help: ArgumentHelp("Or its size, e.g. 200x110cm.", valueName: "WxH"))
        var size: PhysicalSize?

        @Option(
            name: .customLong("set"),
            help: ArgumentHelp("Change a motif parameter, e.g. --set size=60 (repeatable).", valueName: "name=value"))
        var settings: [ParameterSetting] = []

        @Option(help: "Language of listing.txt and the captions: id (Bahasa Indonesia) or en (English).")
        var lang: PlanLanguage = .id

        @OptionGroup var limitOptions: LimitOptions

        func validate() throws {
            if cloth != nil && size != nil { throw ValidationError("Give the cloth with --cloth or --size, not both.") }
            if let price = listing.price, price <= 0 || price > 1_000_000_000 {
                throw ValidationError("--price \(price) is not a price in rupiah: give a whole number such as 350000.")
            }
        }

        func run() throws {
            try CLIError.reporting {
                let design = try CompositionSource.loadDesign(self.motif, settings: settings)
                let (motif, path) = (design.motif, design.path)
                let preset = (cloth ?? .kainPanjang).size
                var clothSize = size.map { Size($0.width, $0.height) } ?? Size(preset.width, preset.height)
                var composition: Composition?
                if case .composition(let c, _) = design {
                    if cloth != nil || size != nil {
                        throw CLIError(
                            "\(path) is a composition: the cloth's size is in the file",
                            hint: "leave out --cloth and --size", exitCode: ExitStatus.usage)
                    }
                    clothSize = c.area.size
                    composition = c
                }
                let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                let folder = output ?? "out/\(stem)-listing"
                var maker = try Self.maker(
                    motif: motif, path: path, cloth: clothSize, options: listing, language: lang == .id ? .id : .en)
                maker.composition = composition
                let started = Date()
                let written = try Self.write(maker, into: folder, market: listing.market)
                let seconds = Date().timeIntervalSince(started)
                StandardError.print(
                    "wrote \(written.count) files into \(folder) in \(String(format: "%.1f", seconds)) s (market: \(listing.market.rawValue), limit \(listing.market.byteLimit / 1_000_000) MB a photo)"
                )
            }
        }

        /// Everything a listing needs, read and checked before any picture is made.
        static func maker(
            motif: Motif, path: String, cloth: Size, options: ListingOptions, language: Language
        ) throws(CLIError) -> ListingMaker {
            let products = try options.productTemplates()
            let photos = try options.photos.map { (p: String) throws(CLIError) -> (name: String, template: PhotoTemplate) in
                let loaded = try PhotoTemplateSource.load(p)
                return (loaded.name, loaded.template)
            }
            if products.isEmpty && photos.isEmpty {
                throw CLIError("no product to photograph", hint: "give --products kain,kemeja or --photo TEMPLATE.yaml", exitCode: ExitStatus.usage)
            }
            var colourways = Colourway.presets(for: motif)
            if let file = options.colourways {
                colourways = try ColourwaySource.load(file, for: motif)
            }
            var chosen = colourways[0]
            if let name = options.colourway {
                guard let found = colourways.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                    let names = colourways.map(\.name)
                    throw CLIError(
                        "no colourway '\(name)'",
                        hint: Spelling.nearest(to: name, among: names).map { "did you mean '\($0)'?" }
                            ?? "colourways: \(names.joined(separator: ", "))", exitCode: ExitStatus.usage)
                }
                chosen = found
            }
            var logo: RGBImage?
            if let logoPath = options.logo {
                InputFiles.register(logoPath)
                guard let data = FileManager.default.contents(atPath: logoPath) else {
                    throw CLIError("cannot read the logo \(logoPath)", hint: "check the path", exitCode: ExitStatus.noInput)
                }
                do {
                    logo = try ImageReader.read([UInt8](data))
                } catch {
                    throw CLIError("\(logoPath): \(error)", hint: "give a PNG or JPEG logo", exitCode: ExitStatus.dataError)
                }
            }
            return ListingMaker(
                motif: motif, motifPath: path, colourways: colourways, chosen: chosen, products: products,
                photoTemplates: photos, cloth: cloth, options: options, logo: logo, language: language)
        }

        /// Makes the set and writes it; returns the files written. Earlier pictures of this
        /// command in the folder that this run did not make are removed.
        static func write(_ maker: ListingMaker, into folder: String, market: Market) throws(CLIError) -> [String] {
            let made: (pictures: [ListingMaker.Picture], text: String)
            do {
                made = try maker.make()
            } catch let error as CLIError {
                throw error
            } catch {
                throw CLIError("cannot make the listing: \(error)", exitCode: ExitStatus.software)
            }
            var written: [String] = []
            for picture in made.pictures {
                let name = picture.name + ".jpg"
                let destination = (folder as NSString).appendingPathComponent(name)
                let encoded: (bytes: [UInt8], quality: Int)
                do {
                    encoded = try JPEGWriter.encode(picture.image, fittingIn: market.byteLimit, qualities: 75...90)
                } catch {
                    throw CLIError("\(destination): \(error)", exitCode: ExitStatus.cannotCreate)
                }
                try OutputFile.save(destination, overwrite: true) { sink in try encoded.bytes.withUnsafeBytes(sink) }
                written.append(name)
                print("\(destination)  \(encoded.bytes.count / 1000) kB, quality \(encoded.quality)")
            }
            let textPath = (folder as NSString).appendingPathComponent("listing.txt")
            try OutputFile.save(textPath, overwrite: true) { sink in try Data(made.text.utf8).withUnsafeBytes(sink) }
            written.append("listing.txt")
            print(textPath)
            let fm = FileManager.default
            for old in (try? fm.contentsOfDirectory(atPath: folder)) ?? []
            where old.wholeMatch(of: #/[0-9]{2}-[a-z0-9-]+\.jpg/#) != nil && !written.contains(old) {
                try? fm.removeItem(atPath: (folder as NSString).appendingPathComponent(old))
            }
            return written
        }
    }
}
