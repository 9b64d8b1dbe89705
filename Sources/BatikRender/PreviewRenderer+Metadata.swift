public import BatikMotif

extension PreviewRenderer {
    /// The text chunks of a preview of `motif`: the defaults, with `extra` replacing defaults of the
    /// same keyword and the rest appended in order. Nothing here depends on the time or the machine
    /// (the motif's file path is left out), so the bytes are the same wherever they are made.
    public static func metadata(for motif: Motif, dpi: Double, adding extra: [PNGText] = []) -> [PNGText] {
        var chunks = [
            PNGText(keyword: "Title", text: motif.name),
            PNGText(
                keyword: "Description",
                text:
                    "Preview of the batik motif \(motif.name): colours simulated from its dye recipes, not a photograph."
            ),
            PNGText(keyword: "Software", text: "batik"),
            PNGText(keyword: "batik:motif", text: motif.name),
            PNGText(
                keyword: "batik:parameters",
                text: motif.parameters.map { "\($0.name)=\(format($0.value))" }.joined(separator: " ")),
            PNGText(keyword: "batik:dpi", text: format(dpi)),
        ]
        for chunk in extra {
            if let i = chunks.firstIndex(where: { $0.keyword == chunk.keyword }) {
                chunks[i] = chunk
            } else {
                chunks.append(chunk)
            }
        }
        return chunks
    }

    /// A number as people write it: whole numbers without a decimal point (`24`, not `24.0`),
    /// others in Swift's shortest exact form (`1.5`).
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
