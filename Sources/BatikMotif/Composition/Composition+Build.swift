public import BatikGeometry

extension Composition {
    /// The smallest share of each side of the cloth the body must keep once borders are taken.
    public static let smallestBodyShare = 0.5
    /// The narrowest row of tumpal, millimetres: a canting cannot draw a smaller triangle well.
    public static let narrowestTumpalRow = 10.0

    /// Divides the cloth into fields and checks the parts: that they fit on the cloth, that the
    /// head belongs to a sarung, that every motif has the body's baths in the body's order (the
    /// body's colours and cloth are then given to all), and the papan's recipe. Throws every
    /// problem at once, each at its place in the composition file.
    public static func build(
        _ file: CompositionFile, path: String, body: Motif, border: Motif?, head: Motif?
    ) throws(DiagnosticList) -> Composition {
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        func report(_ message: String, at p: SourcePosition?, hint: String? = nil, warning: Bool = false) {
            let d = Diagnostic(
                file: path, line: p?.line ?? 1, column: p?.column ?? 1, severity: warning ? .warning : .error,
                message: message, hint: hint)
            if warning { warnings.append(d) } else { errors.append(d) }
        }
        let size = file.size ?? file.kind.size
        let cloth = Rect(x: 0, y: 0, width: size.width, height: size.height)
        func mm(_ v: Double) -> String { (v * 10).rounded() / 10 == v.rounded() ? v.rounded().compositionText : String(format: "%.1f", v) }

        // One sequence of baths for the whole cloth: the body's.
        func sharingDyes(_ motif: Motif, part: String, at p: SourcePosition) -> Motif {
            let names = motif.dyes.map(\.name), bodyNames = body.dyes.map(\.name)
            if names != bodyNames {
                func list(_ n: [String]) -> String { n.isEmpty ? "no baths" : n.joined(separator: ", ") }
                report(
                    "the \(part) motif '\(motif.name)' is dyed \(list(names)), but the body '\(body.name)' is dyed \(list(bodyNames))",
                    at: p,
                    hint: "one sequence of baths dyes the whole cloth: give the \(part) motif the body's baths, same names in the same order (the body's colours are used)")
            }
            var shared = motif
            shared.dyes = body.dyes
            shared.cloth = body.cloth
            return shared
        }
        let borderMotif = border.map { sharingDyes($0, part: "border", at: file.border!.reference.position) }
        let headMotif = head.map { sharingDyes($0, part: "head", at: file.head!.reference.position) }

        // Borders: top and bottom run the whole length; left and right between them.
        var fields: [ClothField] = []
        var inner = cloth
        var borderFields: [ClothField] = []
        if let spec = file.border, let motif = borderMotif {
            let sides = spec.sides ?? file.kind.defaultBorderSides
            let width = spec.width ?? motif.tile.size.height
            let across = Double(sides.filter { $0 == .top || $0 == .bottom }.count) * width
            let along = Double(sides.filter { $0 == .left || $0 == .right }.count) * width
            if across > size.height * (1 - smallestBodyShare) || along > size.width * (1 - smallestBodyShare) {
                let (taken, side, dimension) =
                    across > size.height * (1 - smallestBodyShare)
                    ? (across, size.height, "height") : (along, size.width, "length")
                report(
                    "the border is \(mm(width)) mm wide: it takes \(mm(taken)) mm of the cloth's \(mm(side)) mm \(dimension)",
                    at: spec.widthPosition ?? spec.reference.position,
                    hint: "borders may take at most half of the cloth; make 'width' at most \(mm(side * (1 - smallestBodyShare) / Double(max(1, dimension == "height" ? sides.filter { $0 == .top || $0 == .bottom }.count : sides.filter { $0 == .left || $0 == .right }.count)))) mm")
            } else {
                let top = sides.contains(.top) ? width : 0
                let bottom = sides.contains(.bottom) ? width : 0
                let left = sides.contains(.left) ? width : 0
                let right = sides.contains(.right) ? width : 0
                inner = Rect(
                    x: left, y: top, width: size.width - left - right, height: size.height - top - bottom)
                for side in sides {
                    let area: Rect
                    switch side {
                    case .top: area = Rect(x: 0, y: 0, width: size.width, height: width)
                    case .bottom: area = Rect(x: 0, y: size.height - width, width: size.width, height: width)
                    case .left: area = Rect(x: 0, y: inner.minY, width: width, height: inner.height)
                    case .right: area = Rect(x: size.width - width, y: inner.minY, width: width, height: inner.height)
                    }
                    borderFields.append(frieze(.border(side), motif: motif, area: area, pointing: inward(side)))
                }
            }
        }

        // The head: papan | tumpal pointing right | tumpal pointing left | papan.
        var headFields: [ClothField] = []
        var bodyPieces = [inner]
        if let spec = file.head, let motif = headMotif {
            if !file.kind.hasHead {
                report(
                    "a head (kepala) belongs to a sarung, not a \(file.kind.rawValue)", at: file.headKeyPosition,
                    hint: "write composition: sarung, or remove 'head'")
            } else {
                let width = spec.width ?? (size.width * ClothKind.defaultHeadShare).rounded()
                let papan = spec.papan ?? CompositionFile.defaultPapan
                let centre = (spec.at ?? 0.5) * size.width
                let x0 = centre - width / 2, x1 = centre + width / 2
                let row = (width - 2 * papan) / 2
                let share = width / size.width
                if !ClothKind.headShare.contains(share) {
                    report(
                        "the kepala is \(mm(width)) mm, \(Int((share * 100).rounded())) % of the \(mm(size.width)) mm length; a sarung's is 12–20 %",
                        at: spec.widthPosition ?? spec.position,
                        hint: "\(mm(size.width * 0.12)) to \(mm(size.width * 0.20)) mm", warning: true)
                }
                if x0 < inner.minX - 1e-9 || x1 > inner.maxX + 1e-9 {
                    let low = (inner.minX + width / 2) / size.width, high = (inner.maxX - width / 2) / size.width
                    report(
                        "the kepala (\(mm(width)) mm wide, centred at \(mm(centre)) mm) runs off the cloth or into the border",
                        at: spec.atPosition ?? spec.widthPosition ?? spec.position,
                        hint: low <= high
                            ? "put 'at' between \(String(format: "%.2f", low)) and \(String(format: "%.2f", high)), or make 'width' smaller"
                            : "make 'width' smaller")
                } else if row < narrowestTumpalRow {
                    report(
                        "the papan (2 × \(mm(papan)) mm) leave \(mm(max(row, 0))) mm for each row of tumpal in a \(mm(width)) mm kepala",
                        at: spec.papanPosition ?? spec.widthPosition ?? spec.position,
                        hint: "each row needs at least \(mm(narrowestTumpalRow)) mm: make 'papan' at most \(mm(max(0, (width - 2 * narrowestTumpalRow) / 2))) mm")
                } else {
                    // The papan's recipe: named, or the head motif's undyed one, or its ground.
                    var papanRecipe = motif.recipes.first { $0.baths.isEmpty }?.name ?? motif.background
                    if let named = spec.papanColour {
                        if motif.recipes.contains(where: { $0.name == named }) {
                            papanRecipe = named
                        } else {
                            report(
                                "unknown colour recipe '\(named)' for 'papan-colour' (the head motif '\(motif.name)' has \(motif.recipes.map(\.name).joined(separator: ", ")))",
                                at: spec.papanColourPosition,
                                hint: Suggestions.didYouMean(named, in: motif.recipes.map(\.name)) ?? "name a recipe of the head's motif")
                        }
                    }
                    var plain = motif
                    plain.tileMarks = []
                    plain.background = papanRecipe
                    plain.warnings = []
                    let y0 = inner.minY, h = inner.height
                    if papan > 0 {
                        for (side, x) in [(CompositionSide.left, x0), (.right, x1 - papan)] {
                            let area = Rect(x: x, y: y0, width: papan, height: h)
                            headFields.append(
                                ClothField(role: .papan(side), motif: plain, area: area, patternArea: area, frame: .identity, planArea: area))
                        }
                    }
                    headFields.append(
                        frieze(.tumpal(.left), motif: motif, area: Rect(x: x0 + papan, y: y0, width: row, height: h), pointing: .right))
                    headFields.append(
                        frieze(.tumpal(.right), motif: motif, area: Rect(x: centre, y: y0, width: row, height: h), pointing: .left))
                    bodyPieces = [
                        Rect(x: inner.minX, y: y0, width: x0 - inner.minX, height: h),
                        Rect(x: x1, y: y0, width: inner.maxX - x1, height: h),
                    ].filter { $0.width >= 0.5 }
                }
            }
        }
        if !errors.isEmpty { throw DiagnosticList(errors + warnings) }
        for piece in bodyPieces {
            fields.append(ClothField(role: .body, motif: body, area: piece, patternArea: inner, frame: .identity, planArea: piece))
        }
        fields += borderFields + headFields
        return Composition(
            name: file.name ?? body.name, kind: file.kind, sourcePath: path, area: cloth, fields: fields, warnings: warnings)
    }

    /// The direction a border on `side` points: into the cloth.
    static func inward(_ side: CompositionSide) -> CompositionSide {
        switch side {
        case .top: .bottom
        case .bottom: .top
        case .left: .right
        case .right: .left
        }
    }

    /// A frieze field on `area`: the motif runs along the rectangle's long way... precisely, along
    /// the edge perpendicular to `pointing`, with its top (−y) turned to point toward `pointing`.
    static func frieze(_ role: ClothField.Role, motif: Motif, area: Rect, pointing: CompositionSide) -> ClothField {
        // Degrees that turn −y (the motif's top) toward `pointing`; positive turns +x toward +y.
        let degrees: Double
        switch pointing {
        case .top: degrees = 0
        case .right: degrees = 90
        case .bottom: degrees = 180
        case .left: degrees = -90
        }
        let horizontal = pointing == .top || pointing == .bottom
        let length = horizontal ? area.width : area.height
        let depth = horizontal ? area.height : area.width
        let local = Rect(x: -length / 2, y: -depth / 2, width: length, height: depth)
        let frame = exactRotation(degrees).then(.translation(x: area.midX, y: area.midY))
        return ClothField(role: role, motif: motif, area: area, patternArea: local, frame: frame, planArea: local)
    }

    /// A rotation by a multiple of 90° without rounding noise (so that stamps of turned tiles match).
    static func exactRotation(_ degrees: Double) -> AffineTransform {
        switch degrees {
        case 90: AffineTransform(xx: 0, yx: 1, xy: -1, yy: 0, x0: 0, y0: 0)
        case -90: AffineTransform(xx: 0, yx: -1, xy: 1, yy: 0, x0: 0, y0: 0)
        case 180: AffineTransform(xx: -1, yx: 0, xy: 0, yy: -1, x0: 0, y0: 0)
        default: .identity
        }
    }
}

extension CompositionFile {
    /// The depth of each frieze strip, known from the file alone: the border's `width`, and the
    /// depth of one row of tumpal in the head. A frieze motif with a parameter `height` is given
    /// this depth unless its `set:` names `height` (docs/compositions.md).
    public var borderDepth: Double? { border?.width }

    public var headRowDepth: Double? {
        guard let head else { return nil }
        let length = (size ?? kind.size).width
        let width = head.width ?? (length * ClothKind.defaultHeadShare).rounded()
        let row = (width - 2 * (head.papan ?? CompositionFile.defaultPapan)) / 2
        return row > 0 ? row : nil
    }
}
