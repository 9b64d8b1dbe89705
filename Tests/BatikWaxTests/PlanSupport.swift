import BatikGeometry
import BatikMotif
import Foundation
import Testing

@testable import BatikWax

/// The checkout this test file lives in.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A bundled motif from motifs/, loaded as the CLI loads it.
func bundledMotif(_ name: String, overrides: [String: Double] = [:]) throws -> Motif {
    let url = repositoryRoot.appendingPathComponent("motifs/\(name).yaml")
    let text = try String(contentsOf: url, encoding: .utf8)
    return try MotifLoader.load(yaml: text, path: "motifs/\(name).yaml", overrides: overrides)
}

/// The area of `repeats` × `repeats` tiles of `motif`, from the origin.
func tilesArea(_ motif: Motif, _ across: Int, _ down: Int) -> Rect {
    Rect(x: 0, y: 0, width: motif.tile.size.width * Double(across), height: motif.tile.size.height * Double(down))
}

/// One line per step: kind, what is waxed and scraped, by recipe.
func summary(_ plan: ResistPlan) -> [String] {
    plan.steps.map { step in
        var line = step.kind.rawValue
        if let bath = step.bath, step.kind.isBath { line += " " + bath }
        let added = unique(step.added.map { plan.regions[$0].recipe })
        let scraped = unique(step.scraped.map { plan.regions[$0].recipe })
        if !added.isEmpty { line += " +" + added.joined(separator: ",") }
        if !scraped.isEmpty { line += " -" + scraped.joined(separator: ",") }
        return line
    }
}
