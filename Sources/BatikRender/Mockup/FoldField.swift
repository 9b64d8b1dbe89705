internal import Foundation
internal import BatikGeometry

/// Vertical folds across a hanging piece of cloth, the way a kain hangs from a rod: the cloth's
/// tilt out of the picture plane θ(s) = amplitude · f(s), f a sum of a few sine waves with seeded
/// phases. The piece's width on the picture is ∫cos θ ds (folds pull it in), its depth ∫sin θ ds.
/// Both are taken in the small-angle form (x ≈ s − a²/2 ∫f², z ≈ a ∫f) from running sums
/// tabulated once at `tableStep`, so a vertex costs a table look-up, not an integral.
struct FoldField {
    /// Spacing of the tabulated integrals, millimetres: far finer than any fold.
    static let tableStep = 1.0

    let width: Double
    private var f: [Double] = []
    private var integral: [Double] = []
    private var squareIntegral: [Double] = []

    /// - Parameters:
    ///   - waves: (wavelength in millimetres, weight) of each sine; weights should sum to about 1.
    init(width: Double, waves: [(wavelength: Double, weight: Double)], rng: inout SplitMix64) {
        self.width = width
        let phases = waves.map { _ in Double(rng.next() % 10_000) / 10_000 * 2 * Double.pi }
        let count = Int((width / Self.tableStep).rounded(.up)) + 2
        var sum = 0.0
        var squares = 0.0
        for i in 0..<count {
            let s = Double(i) * Self.tableStep
            var value = 0.0
            for (k, wave) in waves.enumerated() {
                value += wave.weight * sin(2 * Double.pi * s / wave.wavelength + phases[k])
            }
            f.append(value)
            integral.append(sum)
            squareIntegral.append(squares)
            sum += value * Self.tableStep
            squares += value * value * Self.tableStep
        }
    }

    /// At s (clamped to the table, extended linearly beyond it): the fold profile, its integral
    /// and the integral of its square.
    private func look(_ s: Double) -> (f: Double, f1: Double, f2: Double) {
        let x = s / Self.tableStep
        let last = f.count - 2
        let i = min(max(Int(x.rounded(.down)), 0), last)
        let r = x - Double(i)
        let fv = f[i] + (f[i + 1] - f[i]) * min(max(r, 0), 1)
        let f1 = integral[i] + (integral[i + 1] - integral[i]) * r
        let f2 = squareIntegral[i] + (squareIntegral[i + 1] - squareIntegral[i]) * r
        return (fv, f1, f2)
    }

    /// Where the cloth at s lies across the picture (relative to the middle of the piece, which
    /// stays put), its depth toward the viewer, and its shade under light from the front left.
    func drape(_ s: Double, amplitude a: Double) -> (x: Double, z: Double, shade: Double) {
        let here = look(s)
        let middle = look(width / 2)
        let x = (s - width / 2) - a * a / 2 * (here.f2 - middle.f2)
        let z = a * (here.f1 - middle.f1)
        let theta = a * here.f
        return (x, z, Self.shade(tilt: theta))
    }

    /// Lambert shade of cloth tilted by θ about a vertical axis (positive: turning toward the
    /// viewer as s grows), under light from the front left, 1 when it faces the viewer.
    static func shade(tilt theta: Double) -> Double {
        let light = (x: -0.5, z: 0.866)
        let normal = (x: -sin(theta), z: cos(theta))
        let lambert = max(0.0, normal.x * light.x + normal.z * light.z) / light.z
        // Lambert alone makes a fold too flat on cloth, which also scatters; stretch it a little.
        return 1 + 1.25 * (lambert - 1)
    }
}

