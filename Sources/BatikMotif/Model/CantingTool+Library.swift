import Foundation

extension CantingTool {
    /// Spout spacing of multi-spout cantings (*assumed* 1.5–2 mm in DOMAIN.md; the middle is taken).
    public static let multiSpoutPitch = 1.75

    /// The built-in cantings, by name. Motif files refer to these and may add their own.
    public static let library: [String: CantingTool] = {
        let p = multiSpoutPitch
        let tools: [CantingTool] = [
            CantingTool(name: "klowong", spoutDiameter: 1.5, use: .line, gloss: "outline canting"),
            CantingTool(name: "cecek", spoutDiameter: 0.8, use: .dot, gloss: "dot canting"),
            CantingTool(name: "isen", spoutDiameter: 0.8, use: .line, gloss: "fine filler lines"),
            CantingTool(name: "tembok", spoutDiameter: 3.5, use: .block, gloss: "wide spout for blocking areas"),
            CantingTool(
                name: "nitik", spoutDiameter: 1.2,
                spouts: [Vector2(-0.3, -0.3), Vector2(0.3, -0.3), Vector2(0.3, 0.3), Vector2(-0.3, 0.3)],
                use: .dot, gloss: "split tip dabbed into small squares"),
            CantingTool(
                name: "loron", spoutDiameter: 1.0, spouts: [Vector2(0, -p / 2), Vector2(0, p / 2)], use: .line,
                gloss: "two spouts: double parallel line"),
            CantingTool(
                name: "telon", spoutDiameter: 0.8,
                spouts: [Vector2(0, -p / 1.732), Vector2(p / 2, p / 3.464), Vector2(-p / 2, p / 3.464)], use: .dot,
                gloss: "three spouts in a triangle"),
            CantingTool(
                name: "prapatan", spoutDiameter: 0.8,
                spouts: [Vector2(-p / 2, -p / 2), Vector2(p / 2, -p / 2), Vector2(p / 2, p / 2), Vector2(-p / 2, p / 2)],
                use: .dot, gloss: "four spouts in a square"),
            CantingTool(
                name: "liman", spoutDiameter: 0.8,
                spouts: [
                    Vector2(-p / 2, -p / 2), Vector2(p / 2, -p / 2), Vector2(p / 2, p / 2), Vector2(-p / 2, p / 2),
                    Vector2(0, 0),
                ], use: .dot, gloss: "five spouts: square and centre"),
            CantingTool(
                name: "byok", spoutDiameter: 0.8,
                spouts: (0..<7).map { k in
                    let a = Double(k) * 2 * Double.pi / 7
                    return Vector2(p * cos(a), p * sin(a))
                }, use: .dot, gloss: "seven spouts in a ring"),
            CantingTool(
                name: "renteng", spoutDiameter: 0.8,
                spouts: (0..<5).map { k in Vector2(0, (Double(k) - 2) * p) }, use: .line,
                gloss: "a row of spouts: parallel lines (galaran)"),
            CantingTool(name: "kuas", spoutDiameter: 10, use: .block, gloss: "brush for large areas"),
        ]
        return Dictionary(uniqueKeysWithValues: tools.map { ($0.name, $0) })
    }()
}
