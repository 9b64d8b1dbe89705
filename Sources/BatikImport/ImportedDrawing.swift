import BatikGeometry
import BatikMotif

/// A drawing brought in from outside (an SVG, a traced scan), ready to be written as a motif
/// file by `MotifFileWriter`.
///
/// It is the seam between the readers and the writer: a reader turns its source into plain
/// geometry in the motif's own terms (millimetres, the tile centred on (0, 0), y down) and the
/// colours the drawing uses; the writer decides the palette, recipes, cantings and the YAML.
/// Readers never name recipes or tools, so every source gets the same palette and comments.
public struct ImportedDrawing: Hashable, Sendable {
    /// The motif's name (`name:` in the file).
    public var name: String
    /// Where the drawing came from, as the user named it (`kupu.svg`), for the file's comments.
    public var source: String
    /// The tile in millimetres: the drawing's page (or its bounds). Content is centred on (0, 0).
    public var tileSize: Size
    /// The shapes, group by group, in drawing order (later covers earlier).
    public var groups: [ImportedGroup]
    /// The colour of the ground no shape covers; nil: the drawing's lightest colour (its paper).
    /// A traced pen drawing has wax-coloured lines on a dyed ground, so it names the ground.
    public var background: RGBColour?
    /// The command that made the drawing, named in the file's first comment.
    public var madeBy: String

    public init(
        name: String, source: String, tileSize: Size, groups: [ImportedGroup], background: RGBColour? = nil,
        madeBy: String = "batik import"
    ) {
        self.name = name
        self.source = source
        self.tileSize = tileSize
        self.groups = groups
        self.background = background
        self.madeBy = madeBy
    }

    /// Every element of every group, in drawing order.
    public var elements: [ImportedElement] { groups.flatMap(\.elements) }
}

/// Shapes that belong together: an Inkscape layer, a top-level group, or (with no label) the
/// loose shapes of the drawing. A labelled group of several shapes becomes a component.
public struct ImportedGroup: Hashable, Sendable {
    /// The layer's or group's name as the author gave it; nil for shapes outside any group.
    public var label: String?
    public var elements: [ImportedElement]

    public init(label: String?, elements: [ImportedElement]) {
        self.label = label
        self.elements = elements
    }
}

/// One shape: a path in tile millimetres, filled, outlined, or both.
public struct ImportedElement: Hashable, Sendable {
    /// Millimetres from the tile centre, y down. A filled element's subpaths are closed.
    public var path: BezierPath
    /// The colour filling the inside (non-zero rule), nil for a line.
    public var fill: RGBColour?
    /// The line along the path, nil for a fill alone.
    public var outline: ImportedOutline?
    /// Where the shape came from (`<path id="petal">`, `in group 'daun'`), written as a comment.
    public var note: String?

    public init(path: BezierPath, fill: RGBColour?, outline: ImportedOutline?, note: String? = nil) {
        self.path = path
        self.fill = fill
        self.outline = outline
        self.note = note
    }
}

/// A line drawn along an element's path: its colour and its width on the cloth.
public struct ImportedOutline: Hashable, Sendable {
    public var colour: RGBColour
    /// Millimetres; the writer picks the canting whose wax line is nearest.
    public var width: Double

    public init(colour: RGBColour, width: Double) {
        self.colour = colour
        self.width = width
    }
}
