import BatikMotif

/// Checks made on the raw bytes before any XML parser sees them.
///
/// An XML parser expands entities as it reads, so a "billion laughs" file (entities defined in
/// terms of each other, ten times over) or an entity that names a local file
/// (`<!ENTITY x SYSTEM "file:///etc/passwd">`) would already have done its harm when the parser
/// reports back. Entities are only ever declared in a DOCTYPE's internal subset (`<!DOCTYPE svg [
/// … ]>`), which no drawing program writes, so any internal subset or `<!ENTITY` is refused here.
/// A DOCTYPE with only an external identifier (old Inkscape and Illustrator files name the SVG 1.1
/// DTD) passes: the parser is told never to load it.
///
/// The points of all path data (`d`, `points`) are counted here too, before the parser holds a
/// 20 MB attribute in memory (libxml2 would refuse one over 10 MB with a message about its own
/// limits rather than the drawing's).
enum SVGPrescan {
    static func check(_ bytes: [UInt8], path: String) throws(Diagnostic) {
        guard bytes.contains(where: { !Self.isSpace($0) }) else {
            throw .svgError(
                path, line: 1, column: 1, "the file is empty",
                hint: "save the drawing from Inkscape as Inkscape SVG or plain SVG")
        }
        try checkEncoding(bytes, path: path)
        if let at = find(Array("<!ENTITY".utf8), in: bytes) {
            let (line, column) = place(of: at, in: bytes)
            throw .svgError(
                path, line: line, column: column,
                "the file declares an XML entity; entities are refused because they can expand without end or read other files",
                hint: "drawing programs never write <!ENTITY: save the drawing again from Inkscape as plain SVG")
        }
        try countPathPoints(bytes, path: path)
        if let at = find(Array("<!DOCTYPE".utf8), in: bytes) {
            var i = at + 9
            var quote: UInt8?
            while i < bytes.count {
                let b = bytes[i]
                if let q = quote {
                    if b == q { quote = nil }
                } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    quote = b
                } else if b == UInt8(ascii: "[") {
                    let (line, column) = place(of: i, in: bytes)
                    throw .svgError(
                        path, line: line, column: column,
                        "the DOCTYPE has an internal subset ([ … ]), which can declare entities; it is refused",
                        hint: "delete the DOCTYPE line, or save the drawing again from Inkscape as plain SVG")
                } else if b == UInt8(ascii: ">") {
                    break
                }
                i += 1
            }
        }
    }

    /// Encodings in which the checks above see what the parser will see: ASCII bytes stay ASCII.
    static let asciiCompatible: Set<String> = [
        "utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1", "windows-1252",
    ]

    /// The byte checks only work when `<!ENTITY` is spelled in ASCII bytes; a file in UTF-16 (NUL
    /// bytes) or one whose declaration names another encoding (UTF-7 spells `<` as `+ADw-`) could
    /// hide an entity from them, so such files are refused. Drawing programs write UTF-8.
    static func checkEncoding(_ bytes: [UInt8], path: String) throws(Diagnostic) {
        // Lines and columns mean nothing in bytes of another encoding: the file is named at its start.
        if bytes.contains(0) {
            throw .svgError(
                path, line: 1, column: 1, "the file is not UTF-8 text (it has NUL bytes, as UTF-16 has)",
                hint: "save the drawing as UTF-8 (Inkscape always does)")
        }
        // "<?xm" in EBCDIC, which libxml2 recognises by these four bytes (XML 1.0 appendix F.1).
        if bytes.starts(with: [0x4c, 0x6f, 0xa7, 0x94]) {
            throw .svgError(
                path, line: 1, column: 1, "the file is written in EBCDIC; only UTF-8 is read",
                hint: "save the drawing as UTF-8 (Inkscape always does)")
        }
        guard bytes.starts(with: Array("<?xml".utf8)) || bytes.starts(with: [0xef, 0xbb, 0xbf] + Array("<?xml".utf8)),
            let end = bytes.firstIndex(of: UInt8(ascii: ">"))
        else { return try checkUTF8(bytes, path: path) }
        let declaration = String(decoding: bytes[..<end], as: UTF8.self).lowercased()
        guard let range = declaration.range(of: "encoding") else { return try checkUTF8(bytes, path: path) }
        let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        let name = String(rest.prefix { $0 != "\"" && $0 != "'" && $0 != " " })
        guard !asciiCompatible.contains(name) else {
            if utf8Names.contains(name) { try checkUTF8(bytes, path: path) }
            return
        }
        let (line, column) = place(
            of: declaration.distance(from: declaration.startIndex, to: range.lowerBound), in: bytes)
        throw .svgError(
            path, line: line, column: column, "the file says it is written in the \(name) encoding; only UTF-8 is read",
            hint: "save the drawing as UTF-8 (Inkscape always does)")
    }

    /// Names of UTF-8 and its subset ASCII, whose bytes must be well-formed UTF-8.
    static let utf8Names: Set<String> = ["utf-8", "utf8", "us-ascii", "ascii"]

    /// Refuses bytes that are not well-formed UTF-8 in a file that is (or says it is) UTF-8.
    /// libxml2 reports the error but goes on and hands the bad bytes to Foundation's XMLParser,
    /// which traps on an element name that is not UTF-8 (found by FuzzSVGImport: `<\xff\xff`).
    static func checkUTF8(_ bytes: [UInt8], path: String) throws(Diagnostic) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return
            case .error:
                let (line, column) = place(of: offset, in: bytes)
                throw .svgError(
                    path, line: line, column: column,
                    "byte \(offset + 1) (0x\(String(bytes[offset], radix: 16, uppercase: true))) is not UTF-8, and the file declares no other encoding",
                    hint: "save the drawing as UTF-8 (Inkscape always does), or name its encoding: <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")
            }
        }
    }

    /// Counts the numbers in every `d="…"` and `points="…"` attribute value and refuses the file
    /// when they pass `SVGImportLimits.pathPoints`, naming the attribute that passes it.
    static func countPathPoints(_ bytes: [UInt8], path: String) throws(Diagnostic) {
        var total = 0
        var i = 0
        let n = bytes.count
        let d = UInt8(ascii: "d"), s = UInt8(ascii: "s"), eq = UInt8(ascii: "=")
        while i < n {
            // An attribute named d or points: `d=` or `points=` after a space, then a quote.
            var valueStart: Int?
            if bytes[i] == eq, i >= 2 {
                var k = i - 1
                while k > 0, isSpace(bytes[k]) { k -= 1 }
                let isD = bytes[k] == d && isSpace(bytes[k - 1])
                let isPoints =
                    bytes[k] == s && k >= 6 && Array(bytes[(k - 5)...k]) == Array("points".utf8)
                    && isSpace(bytes[k - 6])
                if isD || isPoints {
                    var j = i + 1
                    while j < n, isSpace(bytes[j]) { j += 1 }
                    if j < n, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") { valueStart = j }
                }
            }
            guard let start = valueStart else {
                i += 1
                continue
            }
            let quote = bytes[start]
            var j = start + 1
            var inNumber = false
            while j < n, bytes[j] != quote {
                let b = bytes[j]
                let digit = (b >= 48 && b <= 57) || b == UInt8(ascii: ".")
                if digit && !inNumber { total += 1 }
                inNumber = digit || (inNumber && (b == UInt8(ascii: "e") || b == UInt8(ascii: "E")))
                j += 1
            }
            if total / 2 > SVGImportLimits.pathPoints {
                let (line, column) = place(of: start, in: bytes)
                throw .svgError(
                    path, line: line, column: column,
                    "the drawing's paths have more than \(SVGImportLimits.pathPoints) points; far more than a motif file can hold",
                    hint: "simplify the drawing in Inkscape (Path › Simplify) and save it again")
            }
            i = j + 1
        }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0a || b == 0x0d }

    static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard needle.count <= bytes.count, let first = needle.first else { return nil }
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first {
                var j = 1
                while j < needle.count, bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// 1-based line and column (in bytes) of `offset`.
    static func place(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1, lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0a {
            line += 1
            lineStart = i + 1
        }
        return (line, offset - lineStart + 1)
    }
}
