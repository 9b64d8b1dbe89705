/// The jitter of isen-isen: SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom
/// number generators", OOPSLA 2014, with the constants of Vigna's reference code), seeded afresh
/// for every dot or line from the fill's seed and the item's place.
///
/// Seeding per item, rather than drawing from one stream, keeps each dot's jitter independent of
/// how many dots came before it: a shape drawn a little larger moves no existing dot, and the
/// same file always gives the same marks on every machine.
struct IsenRandom: RandomNumberGenerator {
    private var state: UInt64

    /// A generator for the item named by `parts` (seed, copy, grid column, row…).
    init(_ parts: [UInt64]) {
        var s: UInt64 = 0x6A09_E667_F3BC_C908  // any fixed start; this one is √2's fraction
        for p in parts {
            var g = IsenRandom(state: s ^ p)
            s = g.next()
        }
        state = s
    }

    private init(state: UInt64) {
        self.state = state
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1) from the top 53 bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A number in [−1, 1).
    mutating func signed() -> Double { 2 * unit() - 1 }
}

extension Int {
    /// The integer's bits as a seed part (negative grid indices included).
    var seedPart: UInt64 { UInt64(bitPattern: Int64(self)) }
}
