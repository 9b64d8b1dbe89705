import BatikTestSupport
import Testing

@testable import BatikGeometry

/// Properties of `AffineTransform` over a few hundred seeded random inputs.
@Suite("Affine transforms: properties")
struct TransformPropertyTests {
    static let cases = 300

    @Test func compositionIsAssociative() {
        var rng = SplitMix64(seed: 1)
        for i in 0..<Self.cases {
            let a = rng.affineTransform(), b = rng.affineTransform(), c = rng.affineTransform()
            // Coefficients reach a few thousand (scales up to 5, offsets up to 100, three deep).
            expectApproximatelyEqual(a.then(b).then(c), a.then(b.then(c)), tolerance: 1e-8, "case \(i)")
        }
    }

    @Test func thenAppliesTheFirstTransformFirst() {
        var rng = SplitMix64(seed: 2)
        for i in 0..<Self.cases {
            let a = rng.affineTransform(), b = rng.affineTransform(), p = rng.point()
            expectApproximatelyEqual(a.then(b).apply(p), b.apply(a.apply(p)), tolerance: 1e-9, "case \(i)")
            expectApproximatelyEqual(b.preceded(by: a).apply(p), b.apply(a.apply(p)), tolerance: 1e-9, "case \(i)")
        }
    }

    @Test func inverseRoundTrips() throws {
        var rng = SplitMix64(seed: 3)
        for i in 0..<Self.cases {
            let a = rng.affineTransform(), p = rng.point()
            let inverse = try #require(a.inverted())
            expectApproximatelyEqual(inverse.apply(a.apply(p)), p, tolerance: 1e-9, "case \(i)")
            expectApproximatelyEqual(a.then(inverse), .identity, tolerance: 1e-12, "case \(i)")
        }
        #expect(AffineTransform.scale(x: 0, y: 1).inverted() == nil)
    }

    @Test func reflectionFlipsTheSignOfArea() {
        var rng = SplitMix64(seed: 4)
        for i in 0..<Self.cases {
            var path = rng.cubicPath(count: 3)
            path.close()
            let mirror = rng.rigidMotion(mirrored: true)
            let area = path.signedArea
            let mirrored = path.transformed(by: mirror).signedArea
            expectApproximatelyEqual(mirrored, -area, tolerance: 1e-8 * max(1, abs(area)), "case \(i)")
        }
    }

    @Test func rigidMotionsKeepAreaAndLength() {
        var rng = SplitMix64(seed: 5)
        for i in 0..<Self.cases {
            var path = rng.cubicPath(count: 2)
            path.close()
            let motion = rng.rigidMotion()
            let moved = path.transformed(by: motion)
            expectApproximatelyEqual(moved.signedArea, path.signedArea, tolerance: 1e-8 * max(1, abs(path.signedArea)), "case \(i)")
            expectApproximatelyEqual(moved.length(tolerance: 1e-4), path.length(tolerance: 1e-4), tolerance: 2e-4, "case \(i)")
        }
    }

    @Test func scalingScalesAreaByTheDeterminant() {
        var rng = SplitMix64(seed: 6)
        for i in 0..<100 {
            var path = rng.cubicPath(count: 2)
            path.close()
            let t = rng.affineTransform()
            let expected = path.signedArea * t.determinant
            expectApproximatelyEqual(path.transformed(by: t).signedArea, expected, tolerance: 1e-8 * max(1, abs(expected)), "case \(i)")
        }
    }
}
