import BatikGeometry

/// Foundation has an `AffineTransform` of its own; inside this module the name means the
/// toolkit's (Cairo's coefficient order), which every file here uses with Foundation imported.
typealias AffineTransform = BatikGeometry.AffineTransform
