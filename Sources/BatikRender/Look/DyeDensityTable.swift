import Glibc

/// Look-up tables that change how much dye a pixel holds, in the colour model's own terms: a dye
/// is a transmittance in linear light (docs/colour-model.md), so more or less of it raises the
/// cloth-relative transmittance to a power (Beer–Lambert: density scales the exponent). Undyed
/// cloth stays exactly the cloth colour, and every colour moves along its own dye's path, never
/// toward grey. Tables, because `pow` per pixel and channel would cost more than the rest of the
/// look together.
struct DyeDensityTable {
    /// Number of density levels; odd, so the middle one is "unchanged".
    let levels: Int
    /// The density factor of the first and last level: 1 − spread … 1 + spread.
    let spread: Double
    /// `levels × 3 × 256` bytes: level, channel, input value → output value.
    private let table: [UInt8]

    /// Tables for density factors `1 − spread … 1 + spread` around cloth of colour `cloth`: the
    /// dyeing unevenness (mottling) of the front.
    init(cloth: (Double, Double, Double), spread: Double, levels: Int = 33) {
        self.levels = levels
        self.spread = spread
        var table = [UInt8](repeating: 0, count: levels * 3 * 256)
        let reference = [cloth.0, cloth.1, cloth.2].map { max(Self.decode($0), 1e-4) }
        for level in 0..<levels {
            let factor = 1 + spread * (2 * Double(level) / Double(levels - 1) - 1)
            for c in 0..<3 {
                for v in 0..<256 {
                    let linear = Self.decode(Double(v) / 255)
                    let ratio = linear / reference[c]
                    // Brighter than the cloth (a thread's highlight): no dye to change.
                    let out = ratio >= 1 ? linear : reference[c] * pow(ratio, factor)
                    table[(level * 3 + c) * 256 + v] = Self.byte(Self.encode(out))
                }
            }
        }
        self.table = table
    }

    /// One table for every channel: dye density × `factor` relative to white. The reverse of the
    /// cloth, which less dye reaches, uses a factor below 1.
    init(densityFactor factor: Double) {
        levels = 1
        spread = 0
        var table = [UInt8](repeating: 0, count: 3 * 256)
        for v in 0..<256 {
            let out = Self.byte(Self.encode(pow(Self.decode(Double(v) / 255), factor)))
            for c in 0..<3 { table[c * 256 + v] = out }
        }
        self.table = table
    }

    /// The level for a density offset in -1…1 (times `spread`).
    @inline(__always)
    func level(_ offset: Double) -> Int {
        let l = Int(((min(max(offset, -1), 1) + 1) / 2 * Double(levels - 1)).rounded())
        return l
    }

    @inline(__always)
    func apply(level: Int, channel: Int, _ value: UInt8) -> UInt8 {
        table.withUnsafeBufferPointer { $0[(level * 3 + channel) * 256 + Int(value)] }
    }

    static func decode(_ c: Double) -> Double {
        c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }

    static func encode(_ c: Double) -> Double {
        let c = min(max(c, 0), 1)
        return c <= 0.0031308 ? c * 12.92 : 1.055 * pow(c, 1 / 2.4) - 0.055
    }

    static func byte(_ v: Double) -> UInt8 { UInt8((min(max(v, 0), 1) * 255).rounded()) }
}
