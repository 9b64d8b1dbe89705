import ArgumentParser

/// `batik`: the toolkit's command line.
public struct BatikCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "batik",
        abstract: "Batik tulis toolkit: true-to-scale motif previews, wax-and-dye plans and patterns.",
        discussion: """
            A motif is a small YAML file describing one repeat of a batik design:
            its shapes, the dye baths in order and which baths each colour
            receives. The bundled library is in motifs/; `batik motifs` lists it
            and `batik new NAME` starts a file of your own.

            Examples:
              batik render kawung               4 × 4 repeats into out/kawung.png
              batik render motifs/kawung.yaml --cloth bahan --dpi 100 -o bahan.png
              batik render kawung --set size=60 the large kemplong kawung
              batik plan kawung                 the wax and dye plan, step by step
              batik layers kawung -o tahap      one PNG per step into tahap/
              batik pola kawung --cloth kain-panjang  a 1:1 pola on A4 sheets (PDF)
              batik latihan --level 1           canting practice sheets (PDF)
              batik latihan kawung              practise kawung stroke by stroke
              batik lembar-kerja kawung         the plan as a printed worksheet PDF
              batik mockup kawung --product all product photos for a listing (JPEG)
              batik mockup-foto foto/kaos.yaml kawung  kawung on your own product photo
              batik listing kawung              photos and text for a marketplace listing
              batik batch katalog.yaml          listings for a whole catalogue
              batik galeri                      the motif library on one sheet
              batik check motifs/*.yaml         validate motif files
              batik new sekar                   a commented starter motif sekar.yaml
              batik import kupu.svg -o motifs/kupu.yaml  an Inkscape drawing as a motif
              batik trace gambar.jpg --size 30cm   a pen drawing on paper as a motif

            Exit status: 0 done, 64 wrong use of the command, 65 a motif file
            has errors, 66 an input file is missing, 73 an output cannot be written.
            """,
        version: BatikVersion.current,
        subcommands: [
            Render.self, Plan.self, Layers.self, LembarKerja.self, Paths.self, Gcode.self, Pola.self, Latihan.self,
            Mockup.self, MockupFoto.self, Listing.self, Batch.self, Galeri.self, Check.self, Motifs.self, New.self,
            Import.self, Trace.self,
        ])

    public init() {}
}
