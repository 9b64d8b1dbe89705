internal import BatikGeometry
internal import BatikMotif
internal import BatikWax
internal import Foundation

/// Level 5: small motifs drawn from their geometry, traced stroke by stroke, then filled.
extension PracticeDrill {
    /// The kawung unit of these drills: four oval fruits on the diagonals, their inner tips
    /// almost meeting at `centre` (see DOMAIN.md, "Motifs and their geometry"). Each oval sits
    /// just inside its quarter: its centre is √(a² + b²) out, where the lines at ±45° from the
    /// centre touch it, so neighbouring fruits never cross.
    static func kawungFruits(centre: Point, length: Double, width: Double) -> [(ring: [Point], outward: Vector)] {
        // Upper right first, then clockwise round the centre, as the hand turns the cloth.
        [-45.0, 45, 135, 225].map { degrees in
            let angle = degrees * .pi / 180
            let outward = Vector(cos(angle), sin(angle))
            let (a, b) = (length / 2, width / 2)
            let middle = centre + outward * ((a * a + b * b).squareRoot() + 0.4)
            // Parameter 0 is the outer tip: the stroke starts there, away from the crowded centre.
            let ring = PracticeShapes.ellipse(centre: middle, a: length / 2, b: width / 2, angle: angle)
            return (ring, outward)
        }
    }

    static let kawungHeight = 56.0

    static func kawungUnit(_ tool: CantingTool) -> PracticeDrill {
        let fruits = kawungFruits(centre: Point(boxWidth / 2, kawungHeight / 2), length: 22, width: 13)
        let strokes = fruits.map { PracticeStroke.line($0.ring, closed: true, lead: $0.outward) }
        return PracticeDrill(
            level: 5, key: "kawung", title: LocalizedText(id: "Satu kawung", en: "One kawung unit"),
            instruction: LocalizedText(
                id: "Empat buah kawung: mulai di ujung luar, putar searah jarum jam, ujung dalam bertemu di tengah.",
                en: "Four kawung fruits: start at the outer tip, go round clockwise; the inner tips meet in the middle."),
            kind: .line, tool: tool, size: Size(boxWidth, kawungHeight), strokes: strokes)
    }

    static func flower(_ tool: CantingTool) -> PracticeDrill {
        let height = 56.0
        let centre = Point(boxWidth / 2, height / 2)
        var strokes: [PracticeStroke] = []
        // Five petals from the top, clockwise; each starts at its tip and comes back to it.
        for k in 0..<5 {
            let angle = (-90 + 72 * Double(k)) * .pi / 180
            let outward = Vector(cos(angle), sin(angle))
            let tip = centre + outward * 21
            let base = centre + outward * 5.5
            strokes.append(.line(PracticeShapes.leaf(from: tip, to: base, width: 10), closed: true, lead: outward))
        }
        // The heart last, started in the gap between the first two petals.
        let gap = (-90 + 36) * Double.pi / 180
        strokes.append(
            .line(
                PracticeShapes.circle(centre: centre, radius: 4, start: gap), closed: true,
                lead: Vector(cos(gap), sin(gap))))
        return PracticeDrill(
            level: 5, key: "bunga", title: LocalizedText(id: "Bunga lima kelopak", en: "A five-petal flower"),
            instruction: LocalizedText(
                id: "Setiap kelopak dalam satu tarikan dari ujungnya; lingkaran tengah paling akhir.",
                en: "Each petal in one stroke from its tip; the centre circle last."),
            kind: .line, tool: tool, size: Size(boxWidth, height), strokes: strokes)
    }

    static func kawungFilling(_ tool: CantingTool) -> PracticeDrill {
        let pitch = dotPitch(for: tool)
        let fruits = kawungFruits(centre: Point(boxWidth / 2, kawungHeight / 2), length: 22, width: 13)
        let inset = 2.2
        // One ring of cecek inside each fruit, like the kawung motif's own isen.
        let strokes = fruits.map { fruit -> PracticeStroke in
            let middle = fruit.ring.reduce(Vector.zero) { $0 + $1.vector } / Double(fruit.ring.count)
            let angle = atan2(fruit.outward.dy, fruit.outward.dx)
            let inner = PracticeShapes.ellipse(
                centre: Point(middle.dx, middle.dy), a: 11 - inset, b: 6.5 - inset, angle: angle)
            return PracticeStroke.dots(PracticeShapes.resampled(inner, pitch: pitch), lead: fruit.outward)
        }
        return PracticeDrill(
            level: 5, key: "kawung-cecek", title: LocalizedText(id: "Kawung dengan cecek", en: "Kawung with cecek"),
            instruction: LocalizedText(
                id: "Garis kawung sudah ada (pedoman). Buat satu lingkar cecek di dalam tiap buah, mulai di ujung luar.",
                en: "The kawung lines are given (guide). Dab one ring of cecek inside each fruit, from the outer tip."),
            kind: .dot, tool: tool, size: Size(boxWidth, kawungHeight), strokes: strokes,
            guides: fruits.map { BezierPath.polygon($0.ring, closed: true) }, pitch: pitch)
    }
}
