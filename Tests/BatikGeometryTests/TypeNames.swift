@testable import BatikGeometry

/// Foundation also exports an `AffineTransform` (on Linux too); inside these tests the name means
/// the toolkit's. Client code that imports both writes `BatikGeometry.AffineTransform`.
typealias AffineTransform = BatikGeometry.AffineTransform
