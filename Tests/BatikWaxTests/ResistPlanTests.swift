import BatikGeometry
import BatikMotif
import BatikTestSupport
import Foundation
import Testing

@testable import BatikWax

@Suite("Resist plan: stages of the bundled motifs")
struct BundledPlanTests {
    // Checked by hand from the motif files (see docs/resist-plan.md for the rule):
    // kawung: putih [], coklat [soga], hitam [nila, soga], ground hitam. Before nila, putih (the
    // outlines, the stars and centre dots, and the cecek along each fruit: ngiseni) and coklat
    // (the fruits) are waxed; before soga the fruits are scraped; putih stays waxed, so there is
    // no mbironi.
    @Test("kawung: lines, then blocks, nila, scrape the fruits, soga")
    func kawung() throws {
        let motif = try bundledMotif("kawung")
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 4, 4))
        #expect(
            summary(plan) == [
                "nyorek", "nglowong +putih", "nerusi +putih", "ngiseni +putih", "nembok +coklat,putih", "medel nila",
                "ngerok -coklat", "nyoga soga", "nglorod",
            ])
        let nglowong = plan.steps[1]
        #expect(nglowong.work.map(\.tool) == ["klowong", "isen"])
        #expect(plan.steps[3].work.map(\.tool) == ["cecek-halus"])
        #expect(plan.steps[4].work.map(\.tool) == ["tembok"])
        #expect(plan.warnings.isEmpty)
    }

    // parang rusak: putih [], coklat [soga], hitam [nila, soga], ground hitam. Before nila the
    // putih lines (blade outlines with the klowong, the waves with the isen canting) and the coklat
    // outlines of the mlinjon are waxed (nglowong, nerusi), the cecek inside the blades (ngiseni),
    // then the blades, rails and spines are blocked; the coklat blades and rails are scraped
    // before soga. The ground gets both baths and is never waxed, so there is nothing to warn of.
    @Test("parang rusak: lines, dots, blocks, nila, scrape the blades and rails, soga")
    func parangRusak() throws {
        let motif = try bundledMotif("parang-rusak")
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 3, 2))
        #expect(
            summary(plan) == [
                "nyorek", "nglowong +putih,coklat", "nerusi +putih,coklat", "ngiseni +putih", "nembok +coklat,putih",
                "medel nila", "ngerok -coklat", "nyoga soga", "nglorod",
            ])
        #expect(plan.warnings.isEmpty)
    }

    // surya majapahit: baths tingi then nila; putih [], coklat [tingi], hitam [tingi, nila].
    // Before tingi only putih is waxed (lines, the cecek ring, the blocks); before nila coklat is waxed as well (mbironi), including
    // the coklat outlines of the short rays, drawn with the klowong.
    @Test("surya majapahit: tingi, then mbironi of the brown, then nila")
    func surya() throws {
        let motif = try bundledMotif("surya-majapahit")
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 2, 2))
        #expect(
            summary(plan) == [
                "nyorek", "nglowong +putih", "nerusi +putih", "ngiseni +putih", "nembok +putih", "celup tingi",
                "mbironi +coklat", "medel nila", "nglorod",
            ])
        let mbironi = plan.steps[6]
        #expect(mbironi.work.map(\.tool) == ["klowong", "tembok"])
        #expect(mbironi.work[0].recipes == ["coklat"])
        #expect(mbironi.bath == "nila")
    }

    @Test("simulated final colours equal the recipe colours", arguments: ["kawung", "parang-rusak", "surya-majapahit"])
    func finalColours(name: String) throws {
        let motif = try bundledMotif(name)
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 2, 2))
        let palette = try Palette(motif: motif)
        #expect(plan.finalColours == palette.colours)
        #expect(plan.steps.last?.kind == .nglorod)
        #expect(plan.steps.last?.waxed.isEmpty == true)
        #expect(plan.steps.last?.colours == palette.colours)
    }

    @Test(
        "cells tile the cloth exactly: clipped cell areas add up to the cloth",
        arguments: [
            ("kawung", 100.0, 70.0), ("parang-rusak", 200, 150), ("surya-majapahit", 250, 170),
        ])
    func cellsTile(name: String, width: Double, height: Double) throws {
        let motif = try bundledMotif(name)
        let area = Rect(x: 10, y: 20, width: width, height: height)
        let plan = try ResistPlanner.plan(motif, area: area)
        var total = 0.0
        for i in plan.placements.indices {
            total += try plan.clothRegions(at: i).reduce(0) { $0 + $1.region.area }
        }
        expectApproximatelyEqual(total, width * height, tolerance: width * height * 1e-9)
    }

    @Test("the amounts of kawung on 4 × 4 repeats are 16 times those of one repeat")
    func figures() throws {
        let motif = try bundledMotif("kawung")
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 4, 4))
        let nglowong = plan.steps[1]
        let perTile = motif.tileMarks.filter { $0.kind == .shape && $0.outline?.colour == "putih" }
            .flatMap { $0.path.flattened() }.reduce(0) { $0 + $1.length }
        expectApproximatelyEqual(nglowong.figures.lineLength, 16 * perTile, tolerance: 1e-6 * perTile)
        let nembok = plan.steps[3]
        let blocked = nembok.added.reduce(0) { $0 + plan.regions[$1].region.area }
        expectApproximatelyEqual(nembok.figures.waxedArea, 16 * blocked, tolerance: 1e-6 * blocked)
        let ngerok = plan.steps[5]
        expectApproximatelyEqual(ngerok.figures.scrapedArea, 16 * ngerok.scrape.area, tolerance: 1e-6 * blocked)
        #expect(plan.steps[2].figures.waxedArea == 0)  // nerusi waxes the same lines again
        #expect(plan.steps[2].figures.lineLength == nglowong.figures.lineLength)
    }

    @Test("the same motif and area give the same plan")
    func deterministic() throws {
        let motif = try bundledMotif("surya-majapahit")
        let a = try ResistPlanner.plan(motif, area: tilesArea(motif, 2, 1))
        let b = try ResistPlanner.plan(motif, area: tilesArea(motif, 2, 1))
        #expect(a.regions == b.regions)
        #expect(a.steps == b.steps)
        #expect(a.placements == b.placements)
    }

    @Test("every waxing step's work covers what it waxes", arguments: ["kawung", "surya-majapahit"])
    func workCoversWax(name: String) throws {
        let motif = try bundledMotif(name)
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 1, 1))
        for step in plan.steps where !step.added.isEmpty && step.kind != .nerusi {
            var cover: [Region] = []
            for w in step.work {
                cover.append(w.areas)
                cover.append(try Region(stroking: w.lines, width: w.width + 2 * ResistPlanner.lineClearance))
                for d in w.dots {
                    cover.append(try Region(dotAt: d, diameter: w.width + 2 * ResistPlanner.lineClearance))
                }
            }
            let around = try plan.cell.repeated(try Region.union(cover), near: plan.cell.bounds)
            let waxed = try Region.union(step.added.map { plan.regions[$0].region })
            let missed = try waxed.difference(around)
            #expect(
                missed.area < 0.05 * Double(max(1, missed.polygons.count)),
                "\(step.kind): \(missed.area) mm² not reached")
        }
    }
}

@Suite("Resist plan: rules and impossible recipes")
struct PlanRuleTests {
    /// The classic sogan piece: a biru flower and a coklat leaf outlined in putih, putih cecek in
    /// the flower, on a hitam ground.
    static func sogan() -> Motif {
        let flower = Mark(path: squarePath(14, at: Point(-8, -8)), fill: "biru", outline: klowong("putih"), order: 0)
        let leaf = Mark(path: squarePath(10, at: Point(10, 10)), fill: "coklat", outline: klowong("putih"), order: 0)
        let dots = [Point(-11, -11), Point(-5, -11), Point(-8, -8), Point(-11, -5), Point(-5, -5)].map {
            Mark(
                path: .polygon([$0, $0], closed: false), fill: nil,
                outline: Stroke(tool: "cecek", width: 1.1, colour: "putih"),
                order: 1, kind: .isenDot)
        }
        return soganMotif(marks: [flower, leaf] + dots)
    }

    @Test("sogan with biru: nila, then ngerok and mbironi, then soga — the right recipes at each step")
    func soganStages() throws {
        let motif = Self.sogan()
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 2, 2))
        #expect(
            summary(plan) == [
                "nyorek", "nglowong +putih", "nerusi +putih", "ngiseni +putih", "nembok +coklat", "medel nila",
                "ngerok -coklat", "mbironi +biru", "nyoga soga", "nglorod",
            ])
        #expect(
            plan.steps.map(\.kind) == [
                .nyorek, .nglowong, .nerusi, .ngiseni, .nembok, .medel, .ngerok, .mbironi, .nyoga, .nglorod,
            ])
        let ngiseni = plan.steps[3]
        #expect(ngiseni.work.count == 1)
        #expect(ngiseni.work[0].tool == "cecek")
        #expect(ngiseni.work[0].dots.count == 5)
        #expect(ngiseni.figures.dots == 20)
        let nglowong = plan.steps[1]
        #expect(nglowong.work.map(\.tool) == ["klowong"])
        #expect(nglowong.work[0].lines.count == 2)
        let closed = nglowong.work[0].lines.allSatisfy { $0.isClosed }
        #expect(closed)
        expectApproximatelyEqual(nglowong.work[0].lines.reduce(0) { $0 + $1.length }, 4 * 14 + 4 * 10, tolerance: 1e-9)
        let biru = plan.regions.first { $0.recipe == "biru" }!.region.area
        expectApproximatelyEqual(plan.steps[7].work.first { $0.tool == "tembok" }!.areas.area, biru, tolerance: 1e-9)
        let coklat = plan.regions.first { $0.recipe == "coklat" }!.region.area
        expectApproximatelyEqual(plan.steps[6].scrape.area, coklat, tolerance: 1e-9)
    }

    @Test("colours after each step follow the baths the unwaxed cloth received")
    func coloursPerStep() throws {
        let motif = Self.sogan()
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 1, 1))
        let nila = motif.dyes[0].colour, soga = motif.dyes[1].colour
        func c(_ baths: [RGBColour]) -> RGBColour { ColourModel.colour(cloth: mori, baths: baths) }
        let medel = plan.steps[5]
        #expect(medel.colours == ["putih": c([]), "biru": c([nila]), "coklat": c([]), "hitam": c([nila])])
        let nyoga = plan.steps[8]
        #expect(nyoga.colours == ["putih": c([]), "biru": c([nila]), "coklat": c([soga]), "hitam": c([nila, soga])])
        #expect(plan.steps[0].colours.values.allSatisfy { $0 == mori })
    }

    @Test("a canting line stops where it would wax cloth that must take the next bath")
    func lineStopsAtUnwaxed() throws {
        // A coklat square outlined in putih, half covered by a later biru square (not waxed before nila).
        let square = Mark(path: squarePath(16), fill: "coklat", outline: klowong("putih"), order: 0)
        let cover = Mark(path: squarePath(10, at: Point(8, 0)), fill: "biru", outline: nil, order: 1)
        let motif = soganMotif(marks: [square, cover])
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 1, 1))
        let nglowong = try #require(plan.steps.first { $0.kind == .nglowong })
        let lines = nglowong.work[0].lines
        let inside = try Region(rect: Rect(x: 3 + 0.9, y: -5 + 0.9, width: 10 - 1.8, height: 10 - 1.8)).clipping(lines)
        #expect(inside.reduce(0) { $0 + $1.length } < 1e-9)
        #expect(lines.reduce(0) { $0 + $1.length } < 4 * 16 - 10)
    }

    @Test("large blocks go to the brush, small ones to the canting tembok")
    func brush() throws {
        let big = Mark(path: squarePath(50, at: Point(-10, 0)), fill: "putih", outline: nil, order: 0)
        let small = Mark(path: squarePath(6, at: Point(30, 30)), fill: "coklat", outline: nil, order: 0)
        let motif = soganMotif(tile: 80, marks: [big, small])
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 1, 1))
        let nembok = try #require(plan.steps.first { $0.kind == .nembok })
        #expect(nembok.work.map(\.tool) == ["tembok", "kuas"])
        #expect(nembok.work[0].recipes == ["coklat"])
        #expect(nembok.work[1].recipes == ["putih"])
    }

    @Test("a ground made of small pieces per cell but connected across cells is brushed")
    func connectedGround() throws {
        // A 30 mm tile with a biru square: the putih ground is 900 − 196 mm² in one cell, but one
        // connected net of ground over the cloth.
        let square = Mark(path: squarePath(14), fill: "biru", outline: nil, order: 0)
        let motif = soganMotif(tile: 30, background: "putih", marks: [square])
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 3, 3))
        let nembok = try #require(plan.steps.first { $0.kind == .nembok })
        #expect(nembok.work.map(\.tool) == ["kuas"])
    }

    static let coletDyes = [
        Dye(name: "merah", colour: RGBColour(hex: "#b03a2e")!, method: .colet),
        Dye(name: "nila", colour: RGBColour(hex: "#2b3a67")!, method: .dip),
    ]
    static let coletRecipes = [
        Recipe(name: "putih", baths: []), Recipe(name: "merah", baths: ["merah"]),
        Recipe(name: "biru", baths: ["nila"]),
    ]

    @Test("a colet colour inside a wax outline: nglowong, nyolet, cover it, then the dip")
    func coletEnclosed() throws {
        let flower = Mark(path: squarePath(14), fill: "merah", outline: klowong("putih"), order: 0)
        let motif = soganMotif(background: "biru", dyes: Self.coletDyes, recipes: Self.coletRecipes, marks: [flower])
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 1, 1))
        #expect(
            summary(plan) == [
                "nyorek", "nglowong +putih", "nerusi +putih", "nyolet merah", "mbironi +merah", "medel nila", "nglorod",
            ])
        #expect(plan.steps[3].colours["merah"] == ColourModel.colour(cloth: mori, baths: [Self.coletDyes[0].colour]))
        #expect(plan.steps[3].colours["biru"] == mori)  // a colet dye reaches only where it is brushed
        #expect(plan.finalColours == (try Palette(motif: motif)).colours)
    }

    @Test("a colet colour not enclosed by wax is impossible, named at its line")
    func coletNotEnclosed() throws {
        let flower = Mark(path: squarePath(14), fill: "merah", outline: nil, order: 0)
        var motif = soganMotif(background: "biru", dyes: Self.coletDyes, recipes: Self.coletRecipes, marks: [flower])
        motif.recipePositions = ["merah": SourcePosition(line: 12, column: 3)]
        let error = #expect(throws: PlanError.self) { try ResistPlanner.plan(motif, area: tilesArea(motif, 1, 1)) }
        let diagnostics = error?.diagnostics ?? []
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d.severity == .error)
        #expect((d.file, d.line, d.column) == ("uji.yaml", 12, 3))
        #expect(
            d.message.hasPrefix(
                "colour 'merah' is brushed with the colet dye 'merah', but it is not enclosed by wax: it touches 'biru', which is not waxed"
            ))
        #expect(d.hint?.contains("method: dip") == true)
    }

    @Test("baths listed out of bath order: a warning, and the plan follows dyes")
    func outOfOrder() throws {
        let leaf = Mark(path: squarePath(10), fill: "coklat", outline: klowong("putih"), order: 0)
        let recipes = [
            Recipe(name: "putih", baths: []), Recipe(name: "coklat", baths: ["soga"]),
            Recipe(name: "hitam", baths: ["soga", "nila"]),
        ]
        let motif = soganMotif(recipes: recipes, marks: [leaf])
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 1, 1))
        #expect(plan.warnings.count == 1)
        #expect(plan.warnings[0].severity == .warning)
        #expect(
            plan.warnings[0].message.hasPrefix(
                "colour 'hitam' lists its baths as soga, nila, but the cloth goes into them in the order of dyes: nila, soga"
            ))
        #expect(summary(plan).contains("medel nila"))
        #expect(plan.finalColours["hitam"]?.hex == (try Palette(motif: motif)).colours["hitam"]?.hex)
    }

    @Test("a recipe naming a bath the motif does not have is an error")
    func unknownBath() throws {
        let recipes = [
            Recipe(name: "putih", baths: []), Recipe(name: "merah", baths: ["secang"]),
            Recipe(name: "hitam", baths: ["nila"]),
        ]
        let motif = soganMotif(recipes: recipes, marks: [])
        let error = #expect(throws: PlanError.self) { try ResistPlanner.plan(motif, area: tilesArea(motif, 1, 1)) }
        #expect(error?.diagnostics.first?.message == "colour 'merah' names the bath 'secang', which is not in dyes")
    }

    @Test("no baths: only the tracing")
    func noBaths() throws {
        let motif = soganMotif(
            background: "putih", dyes: [], recipes: [Recipe(name: "putih", baths: [])],
            marks: [Mark(path: squarePath(10), fill: "putih", outline: nil, order: 0)])
        let plan = try ResistPlanner.plan(motif, area: tilesArea(motif, 1, 1))
        #expect(summary(plan) == ["nyorek"])
    }
}

@Suite("Localized text")
struct LocalizedTextTests {
    @Test("numbers: decimal comma in Indonesian, point in English, thousands grouped")
    func numbers() {
        #expect(LocalizedText.number(1.5) == LocalizedText(id: "1,5", en: "1.5"))
        #expect(LocalizedText.number(3, decimals: 1) == LocalizedText(id: "3", en: "3"))
        #expect(LocalizedText.number(12345.678, decimals: 2) == LocalizedText(id: "12.345,68", en: "12,345.68"))
        #expect(LocalizedText.number(0.04, decimals: 1) == LocalizedText(id: "0", en: "0"))
    }

    @Test("lists: 'dan' and 'and'")
    func lists() {
        #expect(LocalizedText.list(["putih"]) == LocalizedText("putih"))
        #expect(
            LocalizedText.list(["putih", "coklat", "hitam"])
                == LocalizedText(id: "putih, coklat dan hitam", en: "putih, coklat and hitam"))
    }

    @Test("the bath step follows the dye: nila is medel, soga nyoga, colet nyolet, others celup")
    func bathKinds() {
        let c = RGBColour.white
        #expect(StepKind.bath(Dye(name: "nila", colour: c)) == .medel)
        #expect(StepKind.bath(Dye(name: "Indigo", colour: c)) == .medel)
        #expect(StepKind.bath(Dye(name: "soga", colour: c)) == .nyoga)
        #expect(StepKind.bath(Dye(name: "tingi", colour: c)) == .celup)
        #expect(StepKind.bath(Dye(name: "nila", colour: c, method: .colet)) == .nyolet)
    }
}
