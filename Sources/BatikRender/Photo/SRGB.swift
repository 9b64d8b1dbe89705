internal import Foundation

/// sRGB transfer functions (IEC 61966-2-1) as tables: shading multiplies light, so it works in
/// linear light, and tables keep the per-pixel work cheap and the output identical on every run.
enum SRGB {
    /// 8-bit sRGB → linear 0…1.
    static let toLinear: [Float] = (0..<256).map { v in
        let c = Double(v) / 255
        return Float(c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4))
    }

    /// Entries in the encoding table: 4096 steps of linear light keep dark tones smooth.
    static let encodingSteps = 4096
    static let fromLinearTable: [UInt8] = (0...encodingSteps).map { k in
        let c = Double(k) / Double(encodingSteps)
        let v = c <= 0.0031308 ? c * 12.92 : 1.055 * pow(c, 1 / 2.4) - 0.055
        return UInt8(max(0, min(255, (v * 255).rounded())))
    }

    /// Linear 0…1 (clamped) → 8-bit sRGB.
    @inline(__always) static func encode(_ linear: Float) -> UInt8 {
        let k = Int((min(max(linear, 0), 1) * Float(encodingSteps)).rounded())
        return fromLinearTable[k]
    }
}
