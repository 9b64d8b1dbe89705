import BatikGeometry
import Foundation

/// The `transform` attribute (SVG 1.1 §7.6): a list of `matrix`, `translate`, `scale`, `rotate`
/// (with an optional centre), `skewX` and `skewY`, applied right to left as SVG says: the last
/// one in the list acts on the shape first.
enum SVGTransformList {
    struct Failure: Error {
        var message: String
    }

    static func parse(_ text: String) throws(Failure) -> AffineTransform {
        var scanner = Array(text.unicodeScalars)[...]
        var result = AffineTransform.identity
        func skip() {
            while let c = scanner.first, c == " " || c == "," || c == "\t" || c == "\n" || c == "\r" {
                scanner = scanner.dropFirst()
            }
        }
        while true {
            skip()
            if scanner.isEmpty { break }
            var name = ""
            while let c = scanner.first, CharacterSet.letters.contains(c) {
                name.unicodeScalars.append(c)
                scanner = scanner.dropFirst()
            }
            skip()
            guard scanner.first == "(" else {
                throw Failure(
                    message: name.isEmpty
                        ? "expected a transform name such as translate(…)" : "expected '(' after '\(name)'")
            }
            scanner = scanner.dropFirst()
            guard let close = scanner.firstIndex(of: ")") else { throw Failure(message: "'\(name)(' is never closed") }
            var argsText = String.UnicodeScalarView()
            argsText.append(contentsOf: scanner[scanner.startIndex..<close])
            scanner = scanner[scanner.index(after: close)...]
            let args = try numbers(String(argsText), for: name)
            let t = try transform(name, args)
            // Listed transforms compose so that the rightmost applies first.
            result = t.then(result)
        }
        return result
    }

    static func numbers(_ text: String, for name: String) throws(Failure) -> [Double] {
        switch SVGNumberList.parse(text) {
        case .success(let values): return values
        case .failure(let f): throw Failure(message: "'\(f.item)' in \(name)(…) is not a usable number")
        }
    }

    static func transform(_ name: String, _ a: [Double]) throws(Failure) -> AffineTransform {
        func need(_ counts: Set<Int>) throws(Failure) {
            guard counts.contains(a.count) else {
                throw Failure(
                    message:
                        "\(name)(…) takes \(counts.sorted().map(String.init).joined(separator: " or ")) numbers, found \(a.count)"
                )
            }
        }
        switch name {
        case "matrix":
            try need([6])
            return AffineTransform(xx: a[0], yx: a[1], xy: a[2], yy: a[3], x0: a[4], y0: a[5])
        case "translate":
            try need([1, 2])
            return .translation(x: a[0], y: a.count > 1 ? a[1] : 0)
        case "scale":
            try need([1, 2])
            return .scale(x: a[0], y: a.count > 1 ? a[1] : a[0])
        case "rotate":
            try need([1, 3])
            let angle = Angle.degrees(a[0])
            return a.count == 3 ? .rotation(angle, about: Point(a[1], a[2])) : .rotation(angle)
        case "skewX":
            try need([1])
            return .shear(x: tan(a[0] * .pi / 180), y: 0)
        case "skewY":
            try need([1])
            return .shear(x: 0, y: tan(a[0] * .pi / 180))
        default:
            throw Failure(
                message: "unknown transform '\(name)'; SVG has matrix, translate, scale, rotate, skewX and skewY")
        }
    }
}
