import Glibc

/// The texture of plain-woven cotton (mori): warp threads down, weft threads across, each passing
/// over one and under the next, so the crowns of the threads catch the light in a checker of short
/// floats with dark gaps between threads. Threads are not all alike: each has its own shade, and
/// slubs (thicker stretches of yarn) show as short light streaks along a thread.
///
/// `modulation` is a luminance offset, about -1…1 with mean near 0, that the caller scales; the
/// cloth's colour is unchanged on average. The relief of the weave is periodic, so it would alias
/// into moiré once a thread is drawn with fewer than about two pixels: it fades out between
/// `fadeStart` and `fadeEnd` pixels a thread. The thread shades and slubs are not periodic and stay
/// at any resolution (sampled, they are noise, never a beat pattern), a little weaker when several
/// threads share a pixel.
struct WeaveTexture {
    /// Below this many pixels a thread, no relief.
    static let fadeStart = 2.0
    /// From this many pixels a thread, full relief.
    static let fadeEnd = 3.5
    /// Steps of the relief table across one thread.
    static let steps = 16
    /// Typical length of a slub along its thread, millimetres.
    static let slubLength = 2.5

    /// Thread pitch in pixels.
    let pitchPixels: Double
    /// 0 (no relief) … 1.
    let reliefWeight: Double
    /// Weight of thread shades and slubs.
    let streakWeight: Double
    /// Pixels per millimetre.
    let scale: Double
    let stream: UInt64
    /// The mean of the slub term, subtracted so the texture leaves the mean colour alone.
    private let slubMean: Double
    /// `2 × steps × steps` relief values (warp on top, then weft on top), zero mean, within ±1.
    private let relief: [Float]

    init(pitch: Double, scale: Double, stream: UInt64) {
        pitchPixels = pitch * scale
        let t = min(max((pitchPixels - Self.fadeStart) / (Self.fadeEnd - Self.fadeStart), 0), 1)
        reliefWeight = t * t * (3 - 2 * t)
        // Averaged over the threads that share a pixel, the shades fade as the pixel grows.
        streakWeight = min(1, pitchPixels / 2)
        self.scale = scale
        self.stream = stream
        var sum = 0.0
        for i in 0..<4096 {
            let a = LookNoise.hash(i, 0, stream), b = LookNoise.hash(i, 1, stream)
            let t = Double(i % 64) / 64
            sum += Self.slub(a + (b - a) * (t * t * (3 - 2 * t)))
        }
        slubMean = sum / 4096
        var values: [Double] = []
        let n = Self.steps
        for over in 0..<2 {
            for v in 0..<n {
                for u in 0..<n {
                    let cu = sin(Double.pi * (Double(u) + 0.5) / Double(n))
                    let cv = sin(Double.pi * (Double(v) + 0.5) / Double(n))
                    // The thread on top is round across (crown) and dips where it goes under at
                    // the ends of its float. The gaps stay fairly light: cotton yarn is hairy and
                    // fills them, and a dark grid reads as canvas or a screen, not mori.
                    let (across, along) = over == 0 ? (cu, cv) : (cv, cu)
                    values.append((0.45 + 0.55 * pow(across, 0.8)) * (0.6 + 0.4 * pow(along, 0.5)))
                }
            }
        }
        let mean = values.reduce(0, +) / Double(values.count)
        let spread = values.map { abs($0 - mean) }.max() ?? 1
        relief = values.map { Float(($0 - mean) / spread) }
    }

    /// The luminance offset at pixel (x, y) (the caller may bend x and y slightly: a real cloth is
    /// never perfectly square).
    @inline(__always)
    func modulation(_ x: Double, _ y: Double) -> Double {
        let u = x / pitchPixels
        let v = y / pitchPixels
        let iu = u.rounded(.down)
        let iv = v.rounded(.down)
        let warp = Int(iu)
        let weft = Int(iv)
        let fu = u - iu
        let fv = v - iv
        let warpOnTop = (warp + weft) & 1 == 0
        var m = 0.0
        if reliefWeight > 0 {
            let qu = min(Int(fu * Double(Self.steps)), Self.steps - 1)
            let qv = min(Int(fv * Double(Self.steps)), Self.steps - 1)
            let index = (warpOnTop ? 0 : Self.steps * Self.steps) + qv * Self.steps + qu
            m = reliefWeight * relief.withUnsafeBufferPointer { Double($0[index]) }
        }
        // The thread seen here: its own shade, and a slub if one passes.
        let thread = warpOnTop ? warp : weft
        let along = (warpOnTop ? v : u) * pitchPixels
        let slubPosition = along / (Self.slubLength * scale)
        let k = slubPosition.rounded(.down)
        let t = slubPosition - k
        let a = LookNoise.hash(thread, Int(k), stream &+ (warpOnTop ? 0 : 1))
        let b = LookNoise.hash(thread, Int(k) + 1, stream &+ (warpOnTop ? 0 : 1))
        let s = a + (b - a) * (t * t * (3 - 2 * t))
        let slub = Self.slub(s) - slubMean
        let shade = LookNoise.hash(thread, -7, stream &+ (warpOnTop ? 2 : 3)) - 0.5
        return m + streakWeight * (0.55 * shade + slub)
    }

    /// A slub where the thread's smooth random value is high: most of a thread is plain.
    @inline(__always)
    private static func slub(_ s: Double) -> Double { max(s - 0.72, 0) * 3.2 }
}
