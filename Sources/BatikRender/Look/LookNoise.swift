internal import BatikGeometry

/// Smooth value noise from a seed: a periodic lattice of random values, interpolated with a
/// smoothstep, in lattice units. Every effect of the cloth look (wax wobble, bleeding, mottling,
/// crackle strength) reads this one table at its own scale and offset, so the look costs a few
/// table reads per pixel and no allocation.
///
/// The lattice is `size × size` (a power of two) and wraps; at the coarsest scale used (about
/// 40 mm a lattice cell, the mottling) it repeats every 10 m of cloth, far beyond any photo, and at
/// no multiple of a motif's repeat, so repeats of the motif never come out identical.
/// Value noise (Perlin's predecessor; see Ebert et al., *Texturing and Modeling*, ch. 2) is enough
/// here: every use is either a displacement or a gentle modulation, where its slightly blobby
/// spectrum does not show.
struct LookNoise: Sendable {
    static let size = 256
    private static let mask = size - 1
    /// Values in -1…1.
    private let values: [Float]

    init(seed: UInt64) {
        var random = SplitMix64(seed: seed ^ 0x6261_7469_6b5f_6c6b)  // "batik_lk": a stream of its own
        values = (0..<(Self.size * Self.size)).map { _ in
            Float(Double(random.next() >> 11) * 0x1p-53 * 2 - 1)
        }
    }

    /// The noise at (x, y) lattice units: continuous, with a continuous first derivative, mean 0,
    /// within -1…1 (the interpolation keeps most values within about ±0.6).
    @inline(__always)
    func callAsFunction(_ x: Double, _ y: Double) -> Double {
        let fx = x.rounded(.down)
        let fy = y.rounded(.down)
        var tx = x - fx
        var ty = y - fy
        tx = tx * tx * (3 - 2 * tx)
        ty = ty * ty * (3 - 2 * ty)
        let ix = Int(truncatingIfNeeded: Int64(fx)) & Self.mask
        let iy = Int(truncatingIfNeeded: Int64(fy)) & Self.mask
        let jx = (ix + 1) & Self.mask
        let jy = (iy + 1) & Self.mask
        return values.withUnsafeBufferPointer { v in
            let a = Double(v[iy << 8 | ix])
            let b = Double(v[iy << 8 | jx])
            let c = Double(v[jy << 8 | ix])
            let d = Double(v[jy << 8 | jx])
            let top = a + (b - a) * tx
            let bottom = c + (d - c) * tx
            return top + (bottom - top) * ty
        }
    }

    /// A hash of integer lattice coordinates and a stream number to 0…1, for things placed per
    /// cell or per thread (crackle points, thread shades) without a table.
    @inline(__always)
    static func hash(_ i: Int, _ j: Int, _ stream: UInt64) -> Double {
        var z = UInt64(bitPattern: Int64(i)) &* 0x9E37_79B9_7F4A_7C15
        z ^= UInt64(bitPattern: Int64(j)) &* 0xC2B2_AE3D_27D4_EB4F
        z ^= stream &* 0x1656_67B1_9E37_79F9
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Double(z >> 11) * 0x1p-53
    }
}
