import Foundation
import Testing

@testable import BatikGeometry
@testable import BatikMotif

@Suite("Isen-isen fills")
struct IsenTests {
    static let cecek = CantingTool.library["cecek"]!
    static let isen = CantingTool.library["isen"]!
    static let klowong = CantingTool.library["klowong"]!

    /// The isen marks of a motif, and the shape marks.
    func isenMarks(_ m: Motif) -> [Mark] { m.tileMarks.filter { $0.kind != .shape } }

    /// A dot's centre.
    func centre(_ dot: Mark) -> Point {
        guard case .move(let p) = dot.path.elements.first else { return Point(.nan, .nan) }
        return p
    }

    /// Points along every segment of a line mark (vertices and between them).
    func samples(_ line: Mark) -> [Point] {
        line.path.flattened(tolerance: 0.01).flatMap { polyline in
            polyline.segments.flatMap { a, b in (0...4).map { a.lerp(to: b, Double($0) / 4) } }
        }
    }

    /// Distance from `p` to the outline of `shape` (flattened finely).
    func distance(_ p: Point, toOutlineOf shape: BezierPath) -> Double {
        shape.flattened(tolerance: 0.005).flatMap(\.segments).map { a, b in
            let ab = b - a
            let t = max(0, min(1, (p - a).dot(ab) / max(ab.lengthSquared, 1e-300)))
            return p.distance(to: a + ab * t)
        }.min() ?? .infinity
    }

    /// Every isen mark lies inside its shape, at least half the outline plus half the spout from
    /// the outline (the brief's bound; the fill keeps more: the line's spread and a gap).
    func expectInside(
        _ marks: [Mark], shape: BezierPath, outline: Double, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for m in marks {
            let tool = CantingTool.library[m.outline!.tool]!
            let points = m.kind == .isenDot ? [centre(m)] : samples(m)
            for p in points {
                #expect(shape.contains(p), "\(p) is outside the shape", sourceLocation: sourceLocation)
                let d = distance(p, toOutlineOf: shape)
                #expect(
                    d >= outline / 2 + tool.spoutDiameter / 2, "\(m.kind) at \(p) is \(d) mm from the outline",
                    sourceLocation: sourceLocation)
            }
        }
    }

    // MARK: Counts in a simple rectangle

    @Test func cecekOnASquareGridInARectangle() throws {
        // Room: 20 × 10 less 0.85 mm (half the 1.1 mm dot and the 0.3 mm gap) on every side, so
        // x ∈ [−9.15, 9.15] holds 9 columns at spacing 2 and y ∈ [−4.15, 4.15] holds 5 rows.
        let m = try #require(loadElements("""
            elements:
              - { shape: rectangle, size: [20, 10], fill: biru, isen: { kind: cecek, spacing: 2, colour: putih } }
            """))
        let dots = isenMarks(m)
        #expect(dots.count == 45)
        #expect(dots.allSatisfy { $0.kind == .isenDot && $0.fill == nil })
        #expect(dots.allSatisfy { $0.outline == Stroke(tool: "cecek", width: Self.cecek.lineWidth, colour: "putih") })
        let xs = Set(dots.map { centre($0).x }), ys = Set(dots.map { centre($0).y })
        #expect(xs == Set(stride(from: -8.0, through: 8, by: 2)))
        #expect(ys == Set(stride(from: -4.0, through: 4, by: 2)))
        // A dot is a zero-length line: round caps draw it as a disc.
        #expect(dots[0].path.elements.count == 2)
    }

    @Test func anOutlineTakesHalfItsWidthFromTheRoom() throws {
        // The klowong outline (1.8 mm) takes 0.9 more: y ∈ [−3.25, 3.25] holds 3 rows.
        let m = try #require(loadElements("""
            elements:
              - shape: rectangle
                size: [20, 10]
                outline: putih
                isen: { kind: cecek, spacing: 2, colour: putih }
            """))
        #expect(isenMarks(m).count == 9 * 3)
    }

    @Test func cecekOnAHexGrid() throws {
        // Rows 2·√3/2 = 1.732 apart: y ∈ [−4.15, 4.15] holds rows −2…2. Even rows hold x = 0, ±2,
        // …, ±8 (9 dots); odd rows are shifted by 1 and hold x = ±1, ±3, …, ±9 (10 dots).
        let m = try #require(loadElements("""
            elements:
              - { shape: rectangle, size: [20, 10], fill: biru, isen: { kind: cecek, spacing: 2, grid: hex, colour: putih } }
            """))
        let dots = isenMarks(m).map(centre)
        #expect(dots.count == 3 * 9 + 2 * 10)
        for p in dots {
            let row = (p.y / (3.0.squareRoot())).rounded()
            expectClose(p.y, row * 3.0.squareRoot(), 1e-9)
        }
    }

    @Test func galaranAndCrosshatchInARectangle() throws {
        // Lines along x at y = 2k, |y| ≤ 4.15: five lines, each 2 × 9.15 long.
        let m = try #require(loadElements("""
            elements:
              - { shape: rectangle, size: [20, 10], fill: biru, isen: { kind: galaran, spacing: 2, angle: 0, colour: putih } }
              - { shape: rectangle, size: [20, 10], at: [0, 15], isen: { kind: crosshatch, spacing: 2, angle: 0, colour: putih } }
            """))
        let lines = isenMarks(m)
        #expect(lines.allSatisfy { $0.kind == .isenLine && $0.outline?.tool == "isen" })
        let first = lines.filter { $0.path.bounds!.maxY < 7 }
        #expect(first.count == 5)
        for l in first { expectClose(l.path.length(), 18.3, 1e-6) }
        // Crosshatch: the same five, and nine across at x = 2k.
        #expect(lines.count - first.count == 5 + 9)
    }

    @Test func galaranDefaultsToFortyFiveDegrees() throws {
        let m = try #require(loadElements("""
            elements:
              - { shape: circle, r: 10, isen: { kind: galaran, colour: putih } }
            """))
        for l in isenMarks(m) {
            let b = l.path.bounds!
            expectClose(b.width, b.height, 1e-6)
        }
        // Lines at 45° every 2 mm across a room of radius 10 − 0.85: about 2·9.15/2 lines.
        #expect(isenMarks(m).count == 9)
    }

    // MARK: Every kind, inside its shape

    static let kinds: [String] = [
        "{ kind: cecek, colour: putih }",
        "{ kind: cecek, grid: hex, angle: 20, spacing: 2, colour: putih }",
        "{ kind: cecek, grid: edge, colour: putih }",
        "{ kind: cecek-pitu, spacing: 5, colour: putih }",
        "{ kind: sawut, count: 9, colour: putih }",
        "{ kind: sawut, count: 12, from: [0, 0], colour: putih }",
        "{ kind: galaran, colour: putih }",
        "{ kind: crosshatch, angle: 30, colour: putih }",
        "{ kind: ukel, spacing: 6.5, colour: putih }",
        "{ kind: sisik, size: 2, colour: putih }",
        "{ kind: gringsing, size: 4, colour: putih }",
        "{ kind: cecek, spacing: 2.5, jitter: 0.2, colour: putih }",
        "{ kind: galaran, spacing: 3.5, margin: 1, jitter: 0.2, colour: putih }",
    ]

    static let shapes: [String] = [
        "shape: circle, r: 12",
        "shape: petal, length: 30, width: 14",
        "shape: star, points: 5, r: 16, inner: 8",
        "shape: blade, length: 34, width: 16, bend: 0.2",
        "shape: path, d: \"M-15 -15 L15 -15 L15 15 L5 15 L5 -5 L-5 -5 L-5 15 L-15 15 Z\"",
    ]

    @Test(arguments: kinds, shapes)
    func everyKindStaysInsideItsShape(fill: String, shape: String) throws {
        let m = try #require(loadElements("""
            elements:
              - { \(shape), rotate: 17, scale: 1.1, at: [2, -1], fill: biru, outline: { colour: putih, tool: klowong }, isen: \(fill) }
            """))
        let marks = isenMarks(m)
        #expect(!marks.isEmpty, "\(fill) in \(shape) made no marks")
        #expect(m.tileMarks.first?.kind == .shape, "the shape comes first, its isen on top")
        expectInside(marks, shape: m.tileMarks[0].path, outline: Self.klowong.lineWidth)
    }

    @Test func eachKindMakesItsOwnSortOfMark() throws {
        let m = try #require(loadElements("""
            elements:
              - { shape: circle, r: 12, isen: { kind: cecek-pitu, spacing: 5, colour: putih } }
              - { shape: circle, r: 12, at: [0, 30], isen: { kind: gringsing, size: 4, colour: putih } }
              - { shape: circle, r: 12, at: [30, 0], isen: { kind: ukel, colour: putih }, order: 2 }
            """))
        let marks = isenMarks(m)
        #expect(marks.filter { $0.path.bounds!.minX > 15 }.allSatisfy { $0.order == 2 }, "isen take the element's order")
        #expect(marks.filter { $0.path.bounds!.minX <= 15 }.allSatisfy { $0.order == 0 })
        let pitu = marks.filter { $0.path.bounds!.maxY < 15 && $0.path.bounds!.maxX < 15 }
        #expect(pitu.count > 0 && pitu.count % 7 == 0 && pitu.allSatisfy { $0.kind == .isenDot })
        let gringsing = marks.filter { $0.path.bounds!.minY > 15 }
        #expect(Set(gringsing.map(\.kind)) == [.isenDot, .isenLine])
        #expect(gringsing.filter { $0.kind == .isenDot }.allSatisfy { $0.outline?.tool == "cecek" })
        let ukel = marks.filter { $0.path.bounds!.minX > 15 }
        #expect(!ukel.isEmpty && ukel.allSatisfy { $0.kind == .isenLine })
        // A curl is drawn whole: its length is the spiral's.
        let spiral = BezierPath.spiral(outerRadius: 2.4, turns: 1.5)
        for u in ukel { expectClose(u.path.length(), spiral.length(), 1e-6) }
    }

    @Test func sawutFansFromTheBaseOfEachPetalTowardItsTip() throws {
        let m = try #require(loadElements("""
            elements:
              - shape: petal
                length: 16
                width: 12
                at: [0, -10]
                repeat: { rotate: 4 }
                outline: { colour: putih, tool: isen }
                isen: { kind: sawut, count: 5, colour: putih }
            """))
        let strokes = isenMarks(m)
        #expect(strokes.count == 20)
        // The top petal's strokes run from its base (near the centre of the repeat) upward.
        for s in strokes.prefix(5) {
            let points = s.path.flattened()[0].points
            #expect(points.first!.y > points.last!.y)
            #expect(abs(points.first!.x) < 4)
        }
        // The copies are the top petal's strokes turned with it.
        let top = strokes.prefix(5).map { $0.path.bounds!.center }
        let right = strokes.dropFirst(5).prefix(5).map { $0.path.bounds!.center }
        for (p, q) in zip(top, right) {
            #expect(AffineTransform.rotation(.degrees(90)).apply(p).isApproximatelyEqual(to: q, absoluteTolerance: 1e-6))
        }
    }

    @Test func isenFollowsTheShapeThroughComponentsAndDrawsRightAfterIt() throws {
        let m = try #require(loadElements("""
            components:
              daun:
                - { shape: circle, r: 7, fill: biru, outline: putih, isen: { kind: cecek, spacing: 2, colour: putih } }
            elements:
              - { shape: circle, r: 3, fill: hitam, order: 1 }
              - { use: daun, at: [0, -20], scale: 1.5, repeat: { rotate: 3 } }
            """))
        let kinds = m.tileMarks.map(\.kind)
        // Three leaves, each followed by its dots, then the centre on top.
        let shapes = kinds.indices.filter { kinds[$0] == .shape }
        #expect(shapes.count == 4 && shapes.last == kinds.count - 1)
        #expect(m.tileMarks.last?.order == 1)
        let leaves = shapes.dropLast()
        let perLeaf = zip(leaves, leaves.dropFirst().map { $0 } + [shapes.last!]).map { $1 - $0 - 1 }
        #expect(Set(perLeaf).count == 1 && perLeaf[0] > 0, "every leaf gets the same dots: \(perLeaf)")
        // Scale enlarges the leaf, not the dots or their spacing.
        for leaf in leaves {
            let dots = m.tileMarks[(leaf + 1)...(leaf + perLeaf[0])]
            #expect(dots.allSatisfy { $0.outline?.width == Self.cecek.lineWidth })
            expectInside(Array(dots), shape: m.tileMarks[leaf].path, outline: Self.klowong.lineWidth)
            let centres = dots.map(centre)
            let nearest = centres.map { p in centres.filter { $0 != p }.map { p.distance(to: $0) }.min()! }
            expectClose(nearest.min()!, 2, 1e-6)
        }
    }

    @Test func anEdgeRowFollowsTheOutlineFromTheSideTheAngleNames() throws {
        // A circle of radius 10 with a klowong outline: the row runs 0.9 + 0.85 mm inside, on a
        // circle of radius 8.25 (less the edge inset), 2π·8.24/2.5 ≈ 21 dots.
        let m = try #require(loadElements("""
            elements:
              - { shape: circle, r: 10, outline: putih, isen: { kind: cecek, grid: edge, spacing: 2.5, angle: 90, colour: putih } }
            """))
        let dots = isenMarks(m).map(centre)
        #expect(dots.count == 21)
        // The room's edge is a flattened circle, inset twice: within 0.06 mm of the true circle.
        for p in dots { expectClose(p.distance(to: .zero), 8.25 - IsenFill.edgeInset, 0.06) }
        // The first dot is where the frame's x axis turned by 90° points: straight down.
        expectClose(dots[0].x, 0, 0.06)
        expectClose(dots[0].y, 8.24, 0.06)
        let gaps = zip(dots, dots.dropFirst() + [dots[0]]).map { $0.distance(to: $1) }
        #expect(gaps.max()! - gaps.min()! < 0.05, "evenly spaced: \(gaps)")
    }

    @Test func isenKeepsClearOfShapesDrawnOverIt() throws {
        // A ground of dots with a circle on top: no dot within the circle, its outline and the
        // clearance; a circle below the ground (drawn first) does not matter.
        let m = try #require(loadElements("""
            elements:
              - { shape: circle, r: 6, at: [-10, 0], fill: hitam }
              - { shape: rectangle, size: [38, 20], fill: biru, isen: { kind: cecek, spacing: 2, colour: putih } }
              - { shape: circle, r: 6, at: [10, 0], fill: hitam, outline: putih, order: 1 }
            """))
        let dots = isenMarks(m).map(centre)
        let clear = 6 + Self.klowong.lineWidth / 2 + IsenFill.clearance(of: Self.cecek)
        #expect(dots.allSatisfy { $0.distance(to: Point(10, 0)) >= clear - 0.1 })
        #expect(dots.contains { $0.distance(to: Point(-10, 0)) < 3 })
        #expect(dots.contains { abs($0.distance(to: Point(10, 0)) - clear) < 1.2 }, "dots come up to the circle")
    }

    /// The library motifs, read from motifs/ next to the package.
    static let libraryMotifs: [String] = ["kawung", "parang-rusak", "surya-majapahit"]

    @Test(arguments: libraryMotifs)
    func libraryMotifDotsTouchNoOutline(name: String) throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("motifs/\(name).yaml")
        let m = try MotifLoader.load(yaml: String(contentsOf: url, encoding: .utf8), path: name)
        let marks = m.tileMarks
        let dots = marks.indices.filter { marks[$0].kind == .isenDot }
        #expect(dots.count >= 20, "\(name) has its cecek")
        for d in dots {
            let p = centre(marks[d]), radius = marks[d].outline!.width / 2
            // The dot's own shape, and every shape drawn after it: what lies under the shape's
            // fill is hidden and does not count.
            let own = marks[..<d].lastIndex { $0.kind == .shape }!
            for (j, shape) in marks.enumerated() where shape.kind == .shape && (j == own || j > d) {
                // Clear of the wax outlines, by the wax gap.
                if let outline = shape.outline {
                    let reach = distance(p, toOutlineOf: shape.path) - outline.width / 2 - radius
                    #expect(reach >= IsenFill.waxGap - 0.1, "\(name): a dot at \(p) is \(reach) mm from an outline")
                }
                // Not hidden under a fill drawn after it.
                if j > d, shape.fill != nil, shape.path.isClosed {
                    #expect(!shape.path.contains(p), "\(name): a dot at \(p) lies under a later shape")
                }
            }
        }
    }

    /// The examples of each kind in docs/motif-format.md load, and every shape in them gets its fill.
    @Test func theFormatReferenceIsenExamplesLoad() throws {
        let docs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/motif-format.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(text.range(of: "## Isen-isen (fillers)"))
        let end = try #require(text.range(of: "\n## ", range: start.upperBound..<text.endIndex))
        let blocks = text[start.upperBound..<end.lowerBound].components(separatedBy: "```yaml\n").dropFirst()
            .map { $0.components(separatedBy: "```")[0] }
            .filter { $0.hasPrefix("- ") }
        #expect(blocks.count == 6)
        for block in blocks {
            let indented = block.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
            let m = try #require(load(motifHead + "elements:\n" + indented), "\(block)")
            #expect(m.warnings.isEmpty, "\(block)")
            for (i, mark) in m.tileMarks.enumerated() where mark.kind == .shape {
                #expect(i + 1 < m.tileMarks.count && m.tileMarks[i + 1].kind != .shape, "no fill in \(block)")
            }
        }
    }

    // MARK: Jitter

    static let jittered = """
        elements:
          - { shape: rectangle, size: [30, 20], isen: { kind: cecek, spacing: 3, jitter: 0.3, colour: putih } }
          - { shape: rectangle, size: [30, 20], at: [0, 25], isen: { kind: cecek, spacing: 3, jitter: 0.3, seed: 7, colour: putih } }
          - { shape: rectangle, size: [30, 20], at: [0, -25], isen: { kind: cecek, spacing: 3, colour: putih } }
        """

    @Test func jitterIsDeterministicAndBounded() throws {
        let a = try #require(loadElements(Self.jittered)), b = try #require(loadElements(Self.jittered))
        #expect(a.tileMarks == b.tileMarks, "the same file gives the same marks")
        let dots = isenMarks(a).map(centre)
        let plain = dots.filter { $0.y < -12.5 }, first = dots.filter { abs($0.y) < 12.5 }
        let seeded = dots.filter { $0.y > 12.5 }.map { $0 - Vector(0, 25) }
        #expect(!first.isEmpty && !seeded.isEmpty)
        // Each dot stays within 0.3 × 3 mm of its grid point, held to 0.8 mm so that two
        // neighbours keep 3 − 2 × 0.8 = 1.4 mm: the 1.1 mm dot and the 0.3 mm gap.
        var moved = 0.0
        for p in first + seeded {
            let q = Point((p.x / 3).rounded() * 3, (p.y / 3).rounded() * 3)
            #expect(p.distance(to: q) <= 0.8 + 1e-9)
            moved = max(moved, p.distance(to: q))
        }
        #expect(moved > 0.3, "jitter moves the dots")
        for p in plain { #expect(p.x == (p.x / 3).rounded() * 3) }
        // Another seed, other places.
        #expect(Set(first.map(\.x)) != Set(seeded.map(\.x)))
    }

    @Test func eachCopyOfARepeatGetsItsOwnJitter() throws {
        let m = try #require(loadElements("""
            elements:
              - { shape: circle, r: 8, at: [0, -10], repeat: { rotate: 2 }, isen: { kind: cecek, spacing: 3, jitter: 0.4, colour: putih } }
            """))
        let dots = isenMarks(m).map(centre)
        let top = dots.filter { $0.y < 0 }, bottom = dots.filter { $0.y > 0 }
        let turned = top.map { AffineTransform.rotation(.degrees(180)).apply($0) }
        #expect(!zip(turned, bottom).allSatisfy { $0.isApproximatelyEqual(to: $1, absoluteTolerance: 1e-9) })
    }

    // MARK: Limits and errors

    @Test func theLimitIsCheckedBeforeAnyDotIsMade() throws {
        // 9 m × 9 m at 1.5 mm would be 36 million dots: refused from the estimate, none made.
        let found = diagnostics(motifHead + """
            elements:
              - { shape: rectangle, size: [9000, 9000], fill: biru, isen: { kind: cecek, spacing: 1.5, colour: putih } }
            """)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("the limit is 20000 isen marks per element") == true)
        #expect(found.first?.line == 11, "\(found)")
        #expect(found.first?.column == 63, "\(found)")
    }

    /// Every kind with its defaults, and a fine hexagonal cecek.
    static var defaultFills: [IsenFill] {
        var hex = IsenFill(kind: .cecek, colour: "putih")
        hex.grid = .hex
        hex.spacing = 1.5
        var edge = IsenFill(kind: .cecek, colour: "putih")
        edge.grid = .edge
        return IsenKind.allCases.map { IsenFill(kind: $0, colour: "putih") } + [hex, edge]
    }

    @Test(arguments: defaultFills)
    func estimatesCoverWhatIsMade(fill: IsenFill) throws {
        for shape in [BezierPath.circle(radius: 12), .rectangle(Rect(x: -20, y: -4, width: 40, height: 8)), .petal(length: 20, width: 9)] {
            let made = try fill.marks(in: IsenPlacement(shape: shape)).count
            let estimate = fill.estimatedMarks(in: shape)
            #expect(made > 0, "\(fill.kind) in \(shape.bounds!)")
            #expect(Double(made) <= estimate, "\(fill.kind): made \(made), estimated \(estimate)")
        }
    }

    @Test func aShapeWithNoRoomForItsIsenLoadsWithAWarning() throws {
        // Radius 1.5 less the klowong outline (0.9) and the dot's clearance (0.85) leaves nothing.
        let m = try #require(loadElements("""
            elements:
              - { shape: circle, r: 1.5, fill: biru, outline: putih, isen: { kind: cecek, colour: putih } }
            """))
        #expect(isenMarks(m).isEmpty)
        #expect(m.warnings.count == 1)
        #expect(m.warnings.first?.message.contains("this cecek isen makes no marks: nothing fits inside the outline") == true)
        #expect(m.warnings.first.map { [$0.line, $0.column] } == [11, 64])
    }
}
