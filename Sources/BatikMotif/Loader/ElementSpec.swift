import BatikGeometry

/// One entry of `elements:` (or of a component), read and checked: what it draws, where, how it
/// repeats, and in which colours. `MotifReader.expand` turns specs into marks.
struct ElementSpec: Sendable {
    enum Content: Sendable {
        /// A shape in element-local millimetres.
        case shape(BezierPath)
        /// A component placed by `use:`.
        case component(String)
    }

    var content: Content
    /// The element's place in the file, for diagnostics.
    var position: TextPosition
    /// Where `use:` names the component, for cycle diagnostics.
    var usePosition: TextPosition?
    /// The element's own transform: scale, then mirror, then rotate, then translate (`at`).
    var placement: AffineTransform
    /// Local repeats in file order; each is the list of its copies' transforms.
    var repeats: [LocalRepeat]
    var fill: String?
    var outline: Stroke?
    var order: Int
    /// Isen-isen fills of a closed shape, each with the place of its entry in the file.
    var isen: [(fill: IsenFill, position: TextPosition)] = []
    /// Line segments of an L-system shape, for the tile's segment limit; 0 for other shapes.
    var turtleSegments = 0

    /// How many copies the repeats make, counted without making them (so limits are checked first).
    var copyCount: Double { repeats.reduce(1) { $0 * Double($1.copies.count) } }

    /// Every copy's transform: the placement, then each repeat in turn; with the centre of the last
    /// turning repeat that moved the copy (carried through the repeats after it), for sawut.
    var copies: [(transform: AffineTransform, repeatCentre: Point?)] {
        repeats.reduce([(placement, nil)]) { current, r in
            current.flatMap { t, centre in r.copies.map { c in (t.then(c), r.centre ?? centre.map(c.apply)) } }
        }
    }
}

/// One local repeat (`repeat: { rotate: 4 }` …) as the transforms of its copies. For rotate,
/// mirror and count-with-step the first copy is the identity (the original stays where it is);
/// an arc places every copy on the arc.
struct LocalRepeat: Sendable {
    var copies: [AffineTransform]
    /// The point `rotate` and `arc` repeats turn about; nil for mirrors and steps.
    var centre: Point? = nil
}
