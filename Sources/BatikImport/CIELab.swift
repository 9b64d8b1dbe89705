import BatikMotif
import Foundation

/// CIE 1976 L*a*b* under D65, the space where a distance (ΔE*ab) is roughly how different two
/// colours look: about 2 is the least a trained eye sees side by side, about 10 separates colours
/// people call by different names. The importer clusters a drawing's colours with it.
struct CIELab: Hashable {
    var l: Double
    var a: Double
    var b: Double

    init(_ c: RGBColour) {
        // sRGB decode (IEC 61966-2-1), then the sRGB → XYZ matrix, then CIE's f(t).
        func linear(_ v: Double) -> Double { v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }
        let r = linear(c.red), g = linear(c.green), bl = linear(c.blue)
        let x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * bl) / 0.95047
        let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * bl
        let z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * bl) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389.0 ? cbrt(t) : (24389.0 / 27.0 * t + 16) / 116 }
        let fx = f(x), fy = f(y), fz = f(z)
        l = 116 * fy - 16
        a = 500 * (fx - fy)
        b = 200 * (fy - fz)
    }

    /// ΔE*ab (CIE76): the straight distance in L*a*b*.
    func distance(to other: CIELab) -> Double {
        ((l - other.l) * (l - other.l) + (a - other.a) * (a - other.a) + (b - other.b) * (b - other.b)).squareRoot()
    }

    /// Colourfulness C*ab: 0 for greys.
    var chroma: Double { (a * a + b * b).squareRoot() }
}
