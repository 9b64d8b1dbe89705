import BatikGeometry

/// A mark on its way into the tile, with the isen-isen its shape will hold. The fills are placed
/// only once the mark is in tile coordinates (after every repeat and component), so that sizes,
/// clearances and jitter are those of the cloth whatever the scales on the way.
struct PendingMark: Sendable {
    var mark: Mark
    var isen: IsenJob?

    /// The mark moved by a copy transform `t`, its isen following; `repeatCentre` is the centre of
    /// the repeat that made the copy, used when the isen had none yet.
    func transformed(by t: AffineTransform, repeatCentre: Point?) -> PendingMark {
        var copy = self
        copy.mark.path = mark.path.transformed(by: t)
        if var job = isen {
            job.frame = job.frame.then(t)
            job.repeatCentre = job.repeatCentre.map(t.apply) ?? repeatCentre
            copy.isen = job
        }
        return copy
    }
}

/// The fills of one element's shape, with how its own coordinates reached where the mark is now.
struct IsenJob: Sendable {
    var fills: [(fill: IsenFill, position: TextPosition)]
    var frame: AffineTransform = .identity
    var repeatCentre: Point?
}

/// Placing the isen-isen: every fill's mark count is estimated first and held to
/// `MotifLimits.isenMarksPerElement` and, with the other marks, to `MotifLimits.marksPerTile`;
/// only then are dots and lines made. Each fill's marks follow its shape's mark, in the same
/// order, so they draw on top of the shape's fill; they keep clear of the marks of the same tile
/// drawn after it (`Covers`).
extension MotifReader {
    func placeIsen(in pending: [PendingMark], at elementsKey: TextPosition) -> [Mark]? {
        // Estimates, per fill entry in the file (an element's fill counts over all its copies).
        var estimates: [TextPosition: Double] = [:]
        var kinds: [TextPosition: IsenKind] = [:]
        for p in pending {
            guard let job = p.isen else { continue }
            for (fill, position) in job.fills {
                estimates[position, default: 0] += fill.estimatedMarks(in: p.mark.path)
                kinds[position] = fill.kind
            }
        }
        for (position, estimate) in estimates.sorted(by: { $0.key < $1.key })
        where estimate > Double(MotifLimits.isenMarksPerElement) {
            error(
                "this \(kinds[position]!.rawValue) isen would make about \(format(estimate.rounded())) marks; the limit is \(MotifLimits.isenMarksPerElement) isen marks per element",
                at: position, hint: "use a larger spacing or size, or fill fewer or smaller shapes; \(AdjustableLimit.isenMarks.howToChange)")
        }
        guard !hasErrors else { return nil }
        let total = Double(pending.count) + estimates.values.reduce(0, +)
        if total > Double(MotifLimits.marksPerTile) {
            error(
                "the tile would hold about \(format(total.rounded())) marks with its isen-isen; the limit is \(MotifLimits.marksPerTile) marks per tile",
                at: elementsKey, hint: "use larger spacings in the isen fills, or fewer copies; \(AdjustableLimit.marks.howToChange)")
            return nil
        }

        var result: [Mark] = []
        var copies: [TextPosition: Int] = [:]
        var made: [TextPosition: Int] = [:]
        var failed: Set<TextPosition> = []
        var covers = Covers(pending.map(\.mark))
        for (index, p) in pending.enumerated() {
            result.append(p.mark)
            guard let job = p.isen else { continue }
            let covered: Region
            do {
                covered = try covers.drawn(after: index)
            } catch {
                self.error("could not place the isen-isen of this shape: \(error)", at: job.fills[0].position)
                continue
            }
            for (fill, position) in job.fills where !failed.contains(position) {
                let copy = copies[position, default: 0]
                copies[position] = copy + 1
                let placement = IsenPlacement(
                    shape: p.mark.path, outlineWidth: p.mark.outline?.width ?? 0, frame: job.frame,
                    repeatCentre: job.repeatCentre, order: p.mark.order, copy: copy, covered: covered)
                do {
                    let marks = try fill.marks(in: placement)
                    made[position, default: 0] += marks.count
                    result += marks
                } catch {
                    self.error("could not place this \(fill.kind.rawValue) isen: \(error)", at: position)
                    failed.insert(position)
                }
            }
        }
        guard !hasErrors else { return nil }
        for (position, count) in made.sorted(by: { $0.key < $1.key }) where count == 0 {
            warning(
                "this \(kinds[position]!.rawValue) isen makes no marks: nothing fits inside the outline and clear of what is drawn over it",
                at: position,
                hint:
                    "dots and lines keep half the canting's line and a \(format(IsenFill.waxGap)) mm gap from the outline; use a smaller spacing or size, a finer canting, or a larger shape"
            )
        }
        return result
    }
}

/// What the marks of a tile cover, each made once when first needed: a filled mark covers its
/// area grown by half its outline, an outline alone the band its wax line draws. Open lines (a
/// wave, a spiral) are thin and left out.
struct Covers {
    let marks: [Mark]
    private var regions: [Int: Region] = [:]

    init(_ marks: [Mark]) {
        self.marks = marks
    }

    /// The union of what the shape marks after `index` cover where they meet its bounds.
    mutating func drawn(after index: Int) throws(RegionError) -> Region {
        guard let box = marks[index].path.controlBounds else { return .empty }
        var parts: [Region] = []
        for j in marks.indices.dropFirst(index + 1) where marks[j].kind == .shape && marks[j].path.isClosed {
            let width = marks[j].outline?.width ?? 0
            guard let other = marks[j].path.controlBounds?.outsetBy(width / 2), other.intersects(box) else { continue }
            parts.append(try region(j))
        }
        return try Region.union(parts)
    }

    private mutating func region(_ j: Int) throws(RegionError) -> Region {
        if let r = regions[j] { return r }
        let m = marks[j]
        let half = (m.outline?.width ?? 0) / 2
        let filled = try Region(path: m.path)
        let r: Region
        if m.fill != nil {
            r = try filled.outset(by: half)
        } else if half > 0 {
            r = try filled.outset(by: half).difference(filled.inset(by: half))
        } else {
            r = .empty
        }
        regions[j] = r
        return r
    }
}
