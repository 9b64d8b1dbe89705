import BatikGeometry
import BatikMotif
import BatikWax

/// The resist plan of a whole-cloth composition (docs/compositions.md): each distinct field
/// (motif and size) is planned on its own repeat cell as a motif is, and the steps of all of
/// them are merged into one sequence in bath order, since every field shares the body's baths.
/// Each merged step lists the work of every field that has work in it; its amounts add all of
/// them, so the figures cover the whole cloth.
struct CompositionPlan {
    /// Fields with the same motif and the same size share one plan.
    struct Part {
        var fields: [ClothField]
        var plan: ResistPlan
        var motif: Motif { fields[0].motif }
    }

    /// One step of the merged sequence: its kind and bath, and each part's step of that kind.
    struct Step {
        var kind: StepKind
        var bath: String?
        var title: LocalizedText
        var entries: [(part: Int, step: ProcessStep)]
    }

    var composition: Composition
    var parts: [Part]
    var steps: [Step]

    static func make(_ composition: Composition, path: String) throws(CLIError) -> CompositionPlan {
        var parts: [Part] = []
        for field in composition.fields {
            if let i = parts.firstIndex(where: {
                $0.fields[0].motif == field.motif && $0.fields[0].planArea.size == field.planArea.size
            }) {
                parts[i].fields.append(field)
            } else {
                parts.append(Part(fields: [field], plan: try MotifPlanning.plan(field.motif, path: path, area: field.planArea)))
            }
        }
        let bathIndex = Dictionary(uniqueKeysWithValues: composition.body.dyes.enumerated().map { ($1.name, $0) })
        let baths = composition.body.dyes.count
        // Where a step falls in the one sequence: tracing, then per bath the scraping, the
        // first waxings (before the first bath), re-waxing and the bath, then nglorod.
        func key(_ s: ProcessStep) -> (Int, Int) {
            let k = s.bath.flatMap { bathIndex[$0] } ?? 0
            switch s.kind {
            case .nyorek: return (-1, 0)
            case .ngerok: return (k, 0)
            case .nglowong: return (0, 1)
            case .nerusi: return (0, 2)
            case .ngiseni: return (0, 3)
            case .nembok: return (0, 4)
            case .mbironi: return (k, 5)
            case .nglorod: return (baths, 0)
            default: return (k, 6)
            }
        }
        var merged: [(key: (Int, Int), step: Step)] = []
        for (p, part) in parts.enumerated() {
            for s in part.plan.steps {
                let k = key(s)
                if let i = merged.firstIndex(where: { $0.key == k }) {
                    merged[i].step.entries.append((p, s))
                } else {
                    merged.append((k, Step(kind: s.kind, bath: s.bath, title: s.title, entries: [(p, s)])))
                }
            }
        }
        merged.sort { $0.key < $1.key }
        return CompositionPlan(composition: composition, parts: parts, steps: merged.map(\.step))
    }

    /// A step's amounts over the whole cloth: each part's figures times its number of fields.
    func figures(of step: Step) -> StepFigures {
        var total = StepFigures()
        for (p, s) in step.entries {
            let n = Double(parts[p].fields.count)
            total.waxedArea += s.figures.waxedArea * n
            total.scrapedArea += s.figures.scrapedArea * n
            total.lineLength += s.figures.lineLength * n
            total.dots += s.figures.dots * parts[p].fields.count
        }
        return total
    }

    /// "badan (Kawung), 2 × 83 × 98 cm": which fields a part is, for the reader.
    func describe(_ part: Part, language: Language) -> String {
        let id = language == .id
        var labels: [String] = []
        for f in part.fields {
            let l = f.label(indonesian: id)
            if !labels.contains(l) { labels.append(l) }
        }
        let a = part.fields[0].area
        let cm = { (mm: Double) in LocalizedText.number(mm / 10, decimals: 1)[language] }
        let count = part.fields.count > 1 ? "\(part.fields.count) × " : ""
        let motifName: String
        if case .papan = part.fields[0].role {
            motifName = (id ? "polos, " : "plain, ") + part.motif.background
        } else {
            motifName = part.motif.name
        }
        return labels.joined(separator: " + ") + " (\(motifName)), " + count + "\(cm(a.width)) × \(cm(a.height)) cm"
    }
}
