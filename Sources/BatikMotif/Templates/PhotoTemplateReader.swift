import BatikGeometry
import Foundation
internal import Yams

/// Reads a photo template's YAML node tree, collecting every problem with its place.
final class PhotoTemplateReader {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    func error(_ message: String, at p: TextPosition, hint: String? = nil) {
        diagnostics.append(Diagnostic(file: path, line: p.line, column: p.column, message: message, hint: hint))
    }

    func read(_ root: Node) -> PhotoTemplateFile? {
        guard case .mapping(let mapping) = root else {
            error(
                "a photo template must be a mapping of keys (photo:, width:, …), found \(root.kindDescription)",
                at: root.position, hint: "write photo: FILE and width: 60cm on their own lines")
            return nil
        }
        var fields: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.text else {
                error("keys must be names, found \(key.kindDescription)", at: key.position)
                continue
            }
            guard PhotoTemplateFile.keys.contains(name) else {
                error(
                    "unknown key '\(name)' in a photo template", at: key.position,
                    hint: Suggestions.hint(for: name, in: PhotoTemplateFile.keys, listing: "keys allowed here"))
                continue
            }
            fields[name] = (key, value)
        }
        for name in PhotoTemplateFile.requiredKeys where fields[name] == nil {
            error(
                "missing key '\(name)' in the photo template", at: root.position,
                hint: name == "photo"
                    ? "add photo: FILE (a JPEG or PNG, relative to this file)"
                    : "add width: 60cm, the product's real width across the photo")
        }

        let name = fields["name"].flatMap { text($0.value, key: "name") }
        let title = fields["title"].flatMap { text($0.value, key: "title") }
        let photo = fields["photo"].flatMap { filePath($0.value, key: "photo") }
        let mask = fields["mask"].flatMap { filePath($0.value, key: "mask") }
        let width = fields["width"].flatMap { length($0.value, key: "width") }
        let height = fields["height"].flatMap { length($0.value, key: "height") }
        let corners = fields["corners"].flatMap { points($0.value, key: "corners") }
        if let h = fields["height"], fields["corners"] == nil {
            error(
                "'height' is only used with 'corners'", at: h.key.position,
                hint: "without corners the scale comes from the width alone; remove height")
        }
        let tolerance = fields["tolerance"].flatMap { number($0.value, key: "tolerance", in: PhotoTemplateFile.toleranceRange) }
        let shading = fields["shading"].flatMap { number($0.value, key: "shading", in: PhotoTemplateFile.shadingRange) }
        let displacement = fields["displacement"].flatMap {
            number($0.value, key: "displacement", in: PhotoTemplateFile.displacementRange)
        }

        guard diagnostics.isEmpty, let photo, let width, let photoNode = fields["photo"]?.value else { return nil }
        func source(_ p: TextPosition) -> SourcePosition { SourcePosition(line: p.line, column: p.column) }
        return PhotoTemplateFile(
            name: name, title: title, photo: photo, photoPosition: source(photoNode.position), mask: mask,
            maskPosition: fields["mask"].map { source($0.value.position) }, widthMillimetres: width,
            heightMillimetres: height, corners: corners, cornersPosition: fields["corners"].map { source($0.value.position) },
            maskTolerance: tolerance, shading: shading, displacement: displacement)
    }

    func text(_ node: Node, key: String) -> String? {
        guard case .scalar = node, let s = node.text else {
            error("expected text for '\(key)', found \(node.kindDescription)", at: node.position)
            return nil
        }
        return s
    }

    /// A local file path: no URL (nothing is fetched from the network), not empty.
    func filePath(_ node: Node, key: String) -> String? {
        guard let s = text(node, key: key) else { return nil }
        let trimmed = s.trimmingCharacters(in: .whitespaces)
        if trimmed.range(of: #"^[A-Za-z][A-Za-z0-9+.-]*://"#, options: .regularExpression) != nil {
            error(
                "'\(key)' must be a file on this computer, not a web address", at: node.position,
                hint: "download the photo, put it beside this template, and write its file name")
            return nil
        }
        guard !trimmed.isEmpty else {
            error("'\(key)' is empty", at: node.position, hint: "write the file name, e.g. \(key): kaos.jpg")
            return nil
        }
        return trimmed
    }

    /// A length with its unit: `60cm`, `600mm`, `60 cm`.
    func length(_ node: Node, key: String) -> Double? {
        guard case .scalar = node, let s = node.text else {
            error("expected a length such as 60cm for '\(key)', found \(node.kindDescription)", at: node.position)
            return nil
        }
        var t = s.lowercased().filter { $0 != " " }
        var factor: Double?
        for (suffix, f) in [("mm", 1.0), ("cm", 10.0), ("m", 1000.0)] where t.hasSuffix(suffix) {
            factor = f
            t.removeLast(suffix.count)
            break
        }
        guard let value = Double(t), value.isFinite else {
            error(
                "'\(s)' is not a length for '\(key)'", at: node.position,
                hint: "write a number and a unit, e.g. \(key): 60cm or \(key): 600mm")
            return nil
        }
        guard let factor else {
            error(
                "'\(key)' needs a unit: is \(s) centimetres or millimetres?", at: node.position,
                hint: "write \(key): \(s)cm or \(key): \(s)mm")
            return nil
        }
        let mm = value * factor
        guard PhotoTemplateFile.widthRange.contains(mm) else {
            error(
                "'\(key)' is \(s); a product is 1 cm to 10 m", at: node.position,
                hint: "measure the product laid flat as photographed")
            return nil
        }
        return mm
    }

    func number(_ node: Node, key: String, in range: ClosedRange<Double>) -> Double? {
        guard case .scalar = node, let s = node.text, let v = Double(s.trimmingCharacters(in: .whitespaces)), v.isFinite
        else {
            error("expected a number for '\(key)', found \(node.kindDescription)", at: node.position)
            return nil
        }
        guard range.contains(v) else {
            error(
                "'\(key)' is \(s); use \(range.lowerBound.formatted()) to \(range.upperBound.formatted())",
                at: node.position)
            return nil
        }
        return v
    }

    /// Four [x, y] pairs of photo pixels.
    func points(_ node: Node, key: String) -> [Point]? {
        let hint = "write four [x, y] pixel positions: top-left, top-right, bottom-right, bottom-left"
        guard case .sequence(let items) = node else {
            error("expected a list of four [x, y] points for '\(key)', found \(node.kindDescription)", at: node.position, hint: hint)
            return nil
        }
        guard items.count == 4 else {
            error("'\(key)' needs 4 points, found \(items.count)", at: node.position, hint: hint)
            return nil
        }
        var result: [Point] = []
        for item in items {
            guard case .sequence(let xy) = item, xy.count == 2 else {
                error("expected a point [x, y], found \(item.kindDescription)", at: item.position, hint: hint)
                continue
            }
            var coordinates: [Double] = []
            for c in xy {
                guard let s = c.text, let v = Double(s), v.isFinite, v >= 0 else {
                    error(
                        "expected a pixel position (a number, 0 or more), found \(c.kindDescription)", at: c.position,
                        hint: "read the positions off the photo in an image viewer")
                    continue
                }
                coordinates.append(v)
            }
            if coordinates.count == 2 { result.append(Point(x: coordinates[0], y: coordinates[1])) }
        }
        return result.count == 4 ? result : nil
    }
}
