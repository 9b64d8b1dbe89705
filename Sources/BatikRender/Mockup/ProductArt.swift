internal import BatikGeometry
internal import BatikMotif

/// One product drawn in its own millimetres (y down): the layers back to front, the shadow it
/// casts and where the light comes from. Built fresh for each mockup from the template and seed.
struct ProductArt {
    var layers: [MockupLayer]
    var shadow: ShadowStyle
    /// Overall light: the shade multiplier grows by this much from the bottom-right corner of the
    /// product to its top-left (soft light from the top-left, as by a window).
    var lightFalloff: Double = 0.10

    /// Everything drawn, in millimetres (strokes included; the shadow is not).
    var bounds: Rect {
        var all: Rect?
        for layer in layers {
            guard let b = layer.bounds else { continue }
            all = all.map { $0.union(b) } ?? b
        }
        return all ?? Rect(x: 0, y: 0, width: 1, height: 1)
    }
}

/// How a product's shadow falls on the background: a soft drop shadow and a tight contact shadow,
/// both as fractions of the product's larger side.
struct ShadowStyle {
    /// Offset of the soft shadow (fraction of the product's larger side).
    var offset: Vector = Vector(0.012, 0.02)
    /// Blur radius of the soft shadow (fraction of the product's larger side).
    var blur: Double = 0.025
    /// Darkness where the soft shadow is full (0 none … 1 black).
    var strength: Double = 0.16
    /// The contact shadow just around the product where it touches the surface.
    var contactBlur: Double = 0.006
    var contactStrength: Double = 0.22
}

/// One thing drawn in a mockup.
enum MockupLayer {
    /// Cloth carried by a triangle mesh from the swatch, shaded, inside its mask.
    case cloth(DrapedPiece)
    /// A filled shape (handles, rod, buttons, inner shadows).
    case fill(BezierPath, MockupPaint, casts: Bool = true)
    /// A stroked line (seams, stitches, strings): width in millimetres, optional dashes.
    case line(BezierPath, width: Double, colour: RGBColour, alpha: Double, dashes: [Double] = [])

    var bounds: Rect? {
        switch self {
        case .cloth(let piece): return piece.mask.bounds
        case .fill(let path, _, _): return path.bounds
        case .line(let path, let width, _, _, _): return path.bounds?.outsetBy(width / 2)
        }
    }

    /// Whether the layer casts a shadow on the background.
    var castsShadow: Bool {
        switch self {
        case .cloth: return true
        case .fill(_, _, let casts): return casts
        case .line: return false
        }
    }
}

/// How a filled shape is painted.
enum MockupPaint {
    case solid(RGBColour, alpha: Double = 1)
    /// A linear gradient between two points (millimetres), with stops at 0…1.
    case linear(from: Point, to: Point, stops: [(Double, RGBColour, Double)])
}

extension RGBColour {
    /// A colour from 0…255 channels.
    init(_ r: Int, _ g: Int, _ b: Int) {
        self.init(red: Double(r) / 255, green: Double(g) / 255, blue: Double(b) / 255)
    }
}
