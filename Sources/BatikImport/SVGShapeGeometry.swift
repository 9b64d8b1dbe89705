import BatikGeometry
import Foundation

/// The outline of each basic shape (SVG 1.1 §9) and of `<path>`, in the element's user units,
/// before any transform.
enum SVGShapeGeometry {
    struct Failure: Error {
        var message: String
    }

    static let shapeNames: Set<String> = ["path", "rect", "circle", "ellipse", "line", "polyline", "polygon"]

    /// The shape's path; `points` counts the coordinates read, for the drawing's limit.
    static func path(of node: SVGNode, points: inout Int) throws(Failure) -> BezierPath {
        switch node.name {
        case "path":
            let d = node.attributes["d"] ?? ""
            try count(numberCount(d) / 2, into: &points)
            do {
                return try BezierPath(svgPathData: d)
            } catch {
                throw Failure(message: "its path data cannot be read: \(error.description)")
            }
        case "rect":
            let x = try length(node, "x"), y = try length(node, "y")
            let w = try length(node, "width"), h = try length(node, "height")
            guard w > 0, h > 0 else { return BezierPath() }
            var rx = try optionalLength(node, "rx"), ry = try optionalLength(node, "ry")
            if rx == nil { rx = ry }
            if ry == nil { ry = rx }
            let cx = min(max(rx ?? 0, 0), w / 2), cy = min(max(ry ?? 0, 0), h / 2)
            points += 8
            return roundedRectangle(x: x, y: y, width: w, height: h, rx: cx, ry: cy)
        case "circle":
            let r = try length(node, "r")
            guard r > 0 else { return BezierPath() }
            points += 4
            return .circle(center: Point(try length(node, "cx"), try length(node, "cy")), radius: r)
        case "ellipse":
            let rx = try length(node, "rx"), ry = try length(node, "ry")
            guard rx > 0, ry > 0 else { return BezierPath() }
            points += 4
            return .ellipse(center: Point(try length(node, "cx"), try length(node, "cy")), radii: Vector(rx, ry))
        case "line":
            points += 2
            return .polygon(
                [
                    Point(try length(node, "x1"), try length(node, "y1")),
                    Point(try length(node, "x2"), try length(node, "y2")),
                ],
                closed: false)
        default:  // polyline, polygon
            let text = node.attributes["points"] ?? ""
            try count(numberCount(text) / 2, into: &points)
            let values: [Double]
            switch SVGNumberList.parse(text) {
            case .success(let v): values = v
            case .failure(let f): throw Failure(message: "'\(f.item)' in points is not a usable number")
            }
            // SVG draws up to the last complete pair and reports the odd number.
            let pairs = stride(from: 0, to: values.count - 1, by: 2).map { Point(values[$0], values[$0 + 1]) }
            return .polygon(pairs, closed: node.name == "polygon")
        }
    }

    /// Adds `n` to the drawing's count of path points, refusing it past `SVGImportLimits.pathPoints`
    /// (the prescan counted the file's text; this counts again as `<use>` copies paths).
    static func count(_ n: Int, into points: inout Int) throws(Failure) {
        points += n
        if points > SVGImportLimits.pathPoints {
            throw Failure(
                message: "the drawing's paths have more than \(SVGImportLimits.pathPoints) points; far more than a motif file can hold")
        }
    }

    /// A rectangle with elliptic corners, clockwise on paper from the top edge, as SVG 1.1 §9.2 draws it.
    static func roundedRectangle(x: Double, y: Double, width w: Double, height h: Double, rx: Double, ry: Double)
        -> BezierPath
    {
        guard rx > 0, ry > 0 else {
            return .polygon([Point(x, y), Point(x + w, y), Point(x + w, y + h), Point(x, y + h)])
        }
        let r = Vector(rx, ry)
        var p = BezierPath([.move(to: Point(x + rx, y))])
        p.line(to: Point(x + w - rx, y))
        p.arc(radii: r, largeArc: false, sweep: true, to: Point(x + w, y + ry))
        p.line(to: Point(x + w, y + h - ry))
        p.arc(radii: r, largeArc: false, sweep: true, to: Point(x + w - rx, y + h))
        p.line(to: Point(x + rx, y + h))
        p.arc(radii: r, largeArc: false, sweep: true, to: Point(x, y + h - ry))
        p.line(to: Point(x, y + ry))
        p.arc(radii: r, largeArc: false, sweep: true, to: Point(x + rx, y))
        p.close()
        return p
    }

    /// A geometry attribute in user units; absent is 0, as SVG says.
    static func length(_ node: SVGNode, _ name: String) throws(Failure) -> Double {
        try optionalLength(node, name) ?? 0
    }

    static func optionalLength(_ node: SVGNode, _ name: String) throws(Failure) -> Double? {
        guard let text = node.attributes[name] else { return nil }
        if text.trimmingCharacters(in: .whitespaces) == "auto" { return nil }
        guard let l = SVGLength(text), let v = l.userUnits else {
            throw Failure(
                message: "\(name)=\"\(text)\" is not a length batik can use (a number, with px, mm, cm, in, pt or pc)")
        }
        guard v.isFinite, abs(v) < 1e9 else {
            throw Failure(message: "\(name)=\"\(text)\" is not a usable size")
        }
        return v
    }

    /// How many numbers the text holds, counted without reading them: the guard before parsing.
    static func numberCount(_ text: String) -> Int {
        var count = 0
        var inNumber = false
        for b in text.utf8 {
            let digit = (b >= 48 && b <= 57) || b == UInt8(ascii: ".")
            if digit && !inNumber { count += 1 }
            // A letter (a command, or h between numbers) ends a number; so do separators and signs.
            inNumber = digit || (inNumber && (b == UInt8(ascii: "e") || b == UInt8(ascii: "E")))
        }
        return count
    }
}
