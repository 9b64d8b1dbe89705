public import BatikGeometry

/// One rectangle of a whole cloth filled with one motif: the body (badan), a border strip
/// (pinggir), a row of tumpal in the head (kepala) or a plain papan band.
///
/// A field's motif is laid out in the field's own frame (`patternArea`) and carried onto the
/// cloth by `frame`; what falls outside `area` is cut off. A frieze is designed running along x
/// with its top (−y) pointing into the cloth; `frame` turns it to run along its edge.
public struct ClothField: Sendable {
    public enum Role: Hashable, Sendable {
        /// The badan (a sarung's body is cut in two by its head: two fields share one lattice).
        case body
        /// The pinggir along one edge.
        case border(CompositionSide)
        /// A row of tumpal in the kepala: `.left` is the row whose points face right, `.right`
        /// the row facing left.
        case tumpal(CompositionSide)
        /// The plain papan band on the kepala's left or right.
        case papan(CompositionSide)
    }

    public var role: Role
    /// The field's motif; a papan's is a plain motif (no elements, its ground the papan's recipe).
    public var motif: Motif
    /// The rectangle of cloth the field covers, cloth millimetres.
    public var area: Rect
    /// Where the motif's lattice is laid, in the field's frame (for a body piece, the whole body,
    /// so that the pieces either side of the head continue one pattern).
    public var patternArea: Rect
    /// Field frame → cloth.
    public var frame: AffineTransform
    /// The area the resist plan covers for this field, in the motif's own frame (same size as
    /// `area`, turned as the motif is drawn).
    public var planArea: Rect

    public init(role: Role, motif: Motif, area: Rect, patternArea: Rect, frame: AffineTransform, planArea: Rect) {
        self.role = role
        self.motif = motif
        self.area = area
        self.patternArea = patternArea
        self.frame = frame
        self.planArea = planArea
    }

    /// The motif laid out over the field: the tiles whose ink meets `area`, placed on the cloth.
    /// The layout's `area` is the field's rectangle, which drawing clips to.
    public func layout() -> MotifLayout {
        let local = motif.layout(on: patternArea)
        let ink = motif.tileInkBounds
        let placements = local.placements.map { $0.then(frame) }.filter {
            Rect(enclosing: ink.corners.map($0.apply))?.intersects(area) ?? false
        }
        return MotifLayout(area: area, tileMarks: local.tileMarks, placements: placements)
    }

    /// The field's name on prints and in the plan: "badan", "pinggir atas", "tumpal kiri" …
    public func label(indonesian: Bool) -> String {
        func side(_ s: CompositionSide) -> String {
            guard indonesian else { return s.rawValue }
            switch s {
            case .top: return "atas"
            case .bottom: return "bawah"
            case .left: return "kiri"
            case .right: return "kanan"
            }
        }
        switch role {
        case .body: return indonesian ? "badan" : "body"
        case .border(let s): return (indonesian ? "pinggir " : "border ") + side(s)
        case .tumpal(let s): return (indonesian ? "tumpal " : "tumpal ") + side(s)
        case .papan(let s): return "papan " + side(s)
        }
    }
}

extension Motif {
    /// The box of the tile's ink (marks with half their outline), tile-local; the tile's own
    /// rectangle when it draws nothing.
    public var tileInkBounds: Rect {
        tileMarks.compactMap { m -> Rect? in
            guard let b = m.path.controlBounds else { return nil }
            return b.outsetBy((m.outline?.width ?? 0) / 2)
        }.reduce(nil as Rect?) { $0?.union($1) ?? $1 }
            ?? Rect(x: -tile.size.width / 2, y: -tile.size.height / 2, width: tile.size.width, height: tile.size.height)
    }
}
