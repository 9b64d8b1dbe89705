import BatikGeometry

/// The jitter of isen-isen: SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom
/// number generators", OOPSLA 2014, with the constants of Vigna's reference code), seeded afresh
/// for every dot or line from the fill's seed and the item's place.
///
/// Seeding per item, rather than drawing from one stream, keeps each dot's jitter independent of
/// how many dots came before it: a shape drawn a little larger moves no existing dot, and the
/// same file always gives the same marks on every machine.
struct IsenRandom: RandomNumberGenerator {
    private var generator: SplitMix64

    /// A generator for the item named by `parts` (seed, copy, grid column, row…).
    init(_ parts: [UInt64]) {
        var s: UInt64 = 0x6A09_E667_F3BC_C908  // any fixed start; this one is √2's fraction
        for p in parts {
            var g = SplitMix64(seed: s ^ p)
            s = g.next()
        }
        generator = SplitMix64(seed: s)
    }

    mutating func next() -> UInt64 { generator.next() }

    /// A number in [0, 1) from the top 53 bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A number in [−1, 1).
    mutating func signed() -> Double { 2 * unit() - 1 }
}

extension Int {
    /// The integer's bits as a seed part (negative grid indices included).
    var seedPart: UInt64 { UInt64(bitPattern: Int64(self)) }
}
