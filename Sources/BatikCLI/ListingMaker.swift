import BatikGeometry
import BatikMotif
import BatikRender
import BatikWax
import Foundation

/// Makes one listing set: the product photos, the close-up, the whole cloth, the front and back,
/// the colourway grid, the branded picture and listing.txt, into a folder.
///
/// Every swatch is laid out on an area centred on the same point, so the lattice sits the same
/// way in all of them and one resist plan gives the crackle for every one.
struct ListingMaker {
    var motif: Motif
    var motifPath: String
    var colourways: [Colourway]
    /// The colourway the photos are made in.
    var chosen: Colourway
    var products: [ProductTemplate]
    var photoTemplates: [(name: String, template: PhotoTemplate)]
    var cloth: Size
    var options: ListingOptions
    var logo: RGBImage?
    var language: Language
    /// A whole-cloth composition: the whole-cloth picture shows it (at `cloth`, its size); the
    /// close-up, products and colourways show its body, `motif`.
    var composition: Composition? = nil

    static let size = ListingPhotos.defaultSize
    /// Width of cloth the close-up shows, millimetres: a hand's width, enough to see the
    /// isen-isen and judge the motif's size against the ruler.
    static let closeUpWidth = 100.0
    /// Pixels per millimetre of the product swatches relative to the photo: a little finer than
    /// the photo so that resampling keeps lines crisp.
    static let swatchOversampling = 1.25
    /// Largest product swatch, pixels: the cloth look works in memory.
    static let maximumSwatchPixels = 4_000_000.0

    struct Picture {
        var name: String
        var image: RGBImage
    }

    /// An area of `size` centred on the origin.
    static func centred(_ size: Size) -> Rect {
        Rect(x: -size.width / 2, y: -size.height / 2, width: size.width, height: size.height)
    }

    func make() throws -> (pictures: [Picture], text: String) {
        let dyed = motif.applying(chosen)
        // The plan's regions are per repeat cell: plan a small area once, then give each swatch
        // the placements of its own layout (the same lattice, as every area shares its centre).
        let tile = dyed.tile.size
        let cellPlan = try MotifPlanning.plan(
            dyed, path: motifPath, area: Self.centred(Size(tile.width * 2, tile.height * 2)))
        @Sendable func plan(for layout: MotifLayout) -> ResistPlan {
            var p = cellPlan
            p.placements = layout.placements
            p.area = layout.area
            return p
        }
        let look = ClothLook(seed: options.seed)
        let photos = ListingPhotos(size: Self.size, language: language)
        let size = Self.size

        // The cloth-look renders are the work: all of them side by side.
        enum Job: Sendable {
            case product(ProductTemplate)
            case photo(Int)
            case closeUp
            case whole
            case colourway(Int)
        }
        let jobs: [Job] =
            products.map { .product($0) } + photoTemplates.indices.map { .photo($0) } + [.closeUp, .whole]
            + colourways.indices.map { .colourway($0) }
        let cellPixels = Double(colourways.count <= 2 ? size / 2 : colourways.count <= 4 ? size / 2 : size / 3)
        let templates = photoTemplates.map(\.template)
        let (clothSize, closeUpWidth, colourwayList, seed) = (cloth, Self.closeUpWidth, colourways, options.seed)
        let motifCopy = motif
        // The composition in the chosen colourway: every field shares the body's baths, so the
        // colourway's dye colours apply to all of them.
        let wholeComposition = composition.map { c in
            var dyedComposition = c
            for i in dyedComposition.fields.indices {
                dyedComposition.fields[i].motif = dyedComposition.fields[i].motif.applying(chosen)
            }
            return dyedComposition
        }

        let rendered: [RGBImage] = try ParallelWork.map(jobs.count) { index in
            switch jobs[index] {
            case .product(let template):
                var ppm = template.photoPixelsPerMillimetre(size: size) * Self.swatchOversampling
                let area = template.clothSize.width * template.clothSize.height
                ppm = min(ppm, (Self.maximumSwatchPixels / area).squareRoot())
                let layout = dyed.layout(on: Self.centred(template.clothSize))
                let swatch = try look.swatch(layout: layout, motif: dyed, plan: plan(for: layout), pixelsPerMillimetre: ppm)
                return try template.mockup(swatch: swatch, size: size, seed: seed)
            case .photo(let i):
                let template = templates[i]
                let needed = template.clothArea.size
                let ppm = min(template.pixelsPerMillimetre * 1.25, (Self.maximumSwatchPixels / (needed.width * needed.height)).squareRoot())
                let layout = dyed.layout(on: Self.centred(needed))
                let swatch = try look.swatch(layout: layout, motif: dyed, plan: plan(for: layout), pixelsPerMillimetre: ppm)
                return template.squared(try template.apply(swatch: swatch), size: size, fill: 0.75)
            case .closeUp:
                let ppm = Double(size) / closeUpWidth
                let layout = dyed.layout(on: Self.centred(Size(closeUpWidth, closeUpWidth)))
                return try look.front(layout: layout, motif: dyed, plan: plan(for: layout), dpi: ppm * 25.4)
            case .whole:
                // Seen whole, a repeat is a few pixels: drawn three times finer and averaged down,
                // the motif becomes its true mean colour rather than moiré. Weave and crackle are
                // finer than a pixel here, so the clean preview is drawn.
                let factor = 3
                let dpi = max(
                    PreviewRenderer.dpiRange.lowerBound,
                    Double(factor) * 940 / max(clothSize.width, clothSize.height) * 25.4)
                let renderer = PreviewRenderer(dpi: dpi)
                let image =
                    try wholeComposition.map { try renderer.image(composition: $0) }
                    ?? renderer.image(layout: dyed.layout(on: Self.centred(clothSize)), motif: dyed)
                return image.downsampled(by: factor)
            case .colourway(let i):
                let variant = motifCopy.applying(colourwayList[i])
                let width = 60.0
                return try ClothLook(seed: seed, crackle: false).front(
                    layout: variant.layout(on: Self.centred(Size(width, width))), motif: variant, plan: nil,
                    dpi: cellPixels / width * 25.4)
            }
        }

        // Each render back to its place in the set, in the order the jobs were listed.
        var productPhotos: [(String, RGBImage)] = []
        var closeUp: RGBImage?
        var whole: RGBImage?
        var cells: [(name: String, image: RGBImage)] = []
        for (job, image) in zip(jobs, rendered) {
            switch job {
            case .product(let t): productPhotos.append((t.name, image))
            case .photo(let i): productPhotos.append(("foto-" + Self.slug(photoTemplates[i].name), image))
            case .closeUp: closeUp = image
            case .whole: whole = image
            case .colourway(let i): cells.append((colourways[i].name, image))
            }
        }
        guard let closeUp, let whole else { preconditionFailure("the close-up and the whole cloth are always rendered") }

        var pictures: [Picture] = []
        for (index, (name, image)) in productPhotos.enumerated() {
            pictures.append(Picture(name: index == 0 ? "01-sampul-\(name)" : String(format: "02-produk-%d-%@", index, name), image: image))
        }
        let ppm = Double(closeUp.width) / Self.closeUpWidth
        pictures.append(Picture(name: "03-detail", image: try photos.closeUp(closeUp, pixelsPerMillimetre: ppm)))
        pictures.append(Picture(name: "04-kain-utuh", image: try photos.wholeCloth(whole, size: cloth)))
        pictures.append(
            Picture(
                name: "05-depan-belakang",
                image: try photos.frontAndBack(front: closeUp, back: look.reverse(of: closeUp), pixelsPerMillimetre: ppm)))
        pictures.append(Picture(name: "06-pilihan-warna", image: try photos.colourwayGrid(cells)))
        let price = options.price.map(ListingText.rupiah)
        if let brand = options.brand, let first = productPhotos.first {
            pictures.append(
                Picture(name: "07-merek", image: try photos.branded(first.1, brand: brand, price: price, logo: logo)))
        }

        let text = ListingText(
            motif: dyed, cloth: cloth, technique: options.technique, colourways: colourways.map(\.name),
            brand: options.brand, price: price, language: language)
        return (pictures, text.fileText)
    }

    /// Lower-case ASCII letters, digits and dashes: safe in a file name on any system.
    static func slug(_ text: String) -> String {
        let mapped = text.lowercased().unicodeScalars.map {
            CharacterSet.alphanumerics.contains($0) && $0.isASCII ? String($0) : "-"
        }.joined()
        return mapped.split(separator: "-").joined(separator: "-")
    }
}
