/// The motif `batik new NAME` writes: small, commented, loading without a single diagnostic, and
/// showing each part of the format once so a trainer can change it rather than start from nothing.
public enum StarterMotif {
    /// A commented starter motif called `name`.
    public static func yaml(name: String) -> String {
        let quoted = "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return """
            # \(name.replacingOccurrences(of: "\n", with: " ")): a batik motif. Sizes are millimetres on the cloth; y grows downward.
            # Every number may be an expression such as size * 0.4. Reference: docs/motif-format.md
            name: \(quoted)
            origin: "Write where the motif comes from and what it means."
            unit: mm

            params:                      # change with: batik render … --set size=40
              size: { default: 30, min: 10, max: 200, note: "tile side in mm" }
              petal: size * 0.38         # petal length follows the tile size

            tile: { size: [size, size], repeat: square }

            cloth: "#efe6d2"             # undyed mori; colours always in quotes
            dyes:                        # dye baths, in the order the cloth receives them
              - { name: nila, colour: "#2b3a67", method: dip }
              - { name: soga, colour: "#8a5a2b", method: dip }
            colours:                     # recipes: which baths reach the cloth there
              putih: []
              biru: [nila]
              hitam: [nila, soga]
            background: hitam

            elements:
              # four petals around the centre, like kawung
              - shape: petal
                length: petal
                width: petal * 0.6
                at: [0, -size * 0.22]
                repeat: { rotate: 4 }
                fill: biru
                outline: putih           # drawn with the klowong canting
              # a dot in the middle, on top of the petals
              - shape: circle
                r: size * 0.05
                fill: putih
                order: 1

            """
    }
}
