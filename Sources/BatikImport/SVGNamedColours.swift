import BatikMotif

/// CSS colour keywords (CSS Color Module Level 4, §6.1) that drawings use: the 16 basic HTML
/// colours and the extended names Inkscape's palette and hand-written SVG most often carry.
/// An unknown name is reported, never guessed.
enum SVGNamedColours {
    static let table: [String: String] = [
        "black": "#000000", "silver": "#c0c0c0", "gray": "#808080", "grey": "#808080", "white": "#ffffff",
        "maroon": "#800000", "red": "#ff0000", "purple": "#800080", "fuchsia": "#ff00ff", "magenta": "#ff00ff",
        "green": "#008000", "lime": "#00ff00", "olive": "#808000", "yellow": "#ffff00", "navy": "#000080",
        "blue": "#0000ff", "teal": "#008080", "aqua": "#00ffff", "cyan": "#00ffff", "orange": "#ffa500",
        "brown": "#a52a2a", "pink": "#ffc0cb", "gold": "#ffd700", "beige": "#f5f5dc", "ivory": "#fffff0",
        "khaki": "#f0e68c", "tan": "#d2b48c", "chocolate": "#d2691e", "sienna": "#a0522d",
        "saddlebrown": "#8b4513", "peru": "#cd853f", "burlywood": "#deb887", "wheat": "#f5deb3",
        "cornsilk": "#fff8dc", "linen": "#faf0e6", "oldlace": "#fdf5e6", "antiquewhite": "#faebd7",
        "bisque": "#ffe4c4", "moccasin": "#ffe4b5", "navajowhite": "#ffdead", "papayawhip": "#ffefd5",
        "whitesmoke": "#f5f5f5", "gainsboro": "#dcdcdc", "lightgray": "#d3d3d3", "lightgrey": "#d3d3d3",
        "darkgray": "#a9a9a9", "darkgrey": "#a9a9a9", "dimgray": "#696969", "dimgrey": "#696969",
        "crimson": "#dc143c", "darkred": "#8b0000", "firebrick": "#b22222", "indianred": "#cd5c5c",
        "salmon": "#fa8072", "coral": "#ff7f50", "tomato": "#ff6347", "orangered": "#ff4500",
        "darkorange": "#ff8c00", "goldenrod": "#daa520", "darkgoldenrod": "#b8860b",
        "darkgreen": "#006400", "forestgreen": "#228b22", "seagreen": "#2e8b57", "olivedrab": "#6b8e23",
        "darkolivegreen": "#556b2f", "limegreen": "#32cd32", "lightgreen": "#90ee90",
        "darkblue": "#00008b", "mediumblue": "#0000cd", "royalblue": "#4169e1", "steelblue": "#4682b4",
        "skyblue": "#87ceeb", "lightblue": "#add8e6", "midnightblue": "#191970", "indigo": "#4b0082",
        "darkslateblue": "#483d8b", "slategray": "#708090", "slategrey": "#708090",
        "darkslategray": "#2f4f4f", "darkslategrey": "#2f4f4f", "violet": "#ee82ee", "orchid": "#da70d6",
        "plum": "#dda0dd", "darkmagenta": "#8b008b", "lavender": "#e6e6fa", "turquoise": "#40e0d0",
        "darkcyan": "#008b8b", "cadetblue": "#5f9ea0", "rosybrown": "#bc8f8f", "snow": "#fffafa",
        "seashell": "#fff5ee", "mintcream": "#f5fffa", "honeydew": "#f0fff0", "azure": "#f0ffff",
        "aliceblue": "#f0f8ff", "ghostwhite": "#f8f8ff", "floralwhite": "#fffaf0", "lightyellow": "#ffffe0",
        "lemonchiffon": "#fffacd", "rebeccapurple": "#663399",
    ]

    static func colour(named name: String) -> RGBColour? {
        table[name.lowercased()].flatMap { RGBColour(hex: $0) }
    }
}
