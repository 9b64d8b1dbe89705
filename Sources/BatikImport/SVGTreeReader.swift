import BatikMotif
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses the SVG text into `SVGNode`s with FoundationXML's `XMLParser` (libxml2 underneath, and
/// shipped with the toolchain, so no package or system library is added).
///
/// The parser is told never to resolve external entities; `SVGPrescan` has already refused any
/// entity declaration. A file that is not well-formed XML is reported with the parser's own line,
/// column and message.
final class SVGTreeReader: NSObject, XMLParserDelegate {
    private let path: String
    private var stack: [SVGNode] = []
    private(set) var root: SVGNode?
    private var count = 0
    private var failure: Diagnostic?
    private let bytes: [UInt8]
    /// Byte offset of the start of each line, to move a place back to its tag's '<'.
    private let lineStarts: [Int]

    private init(path: String, data: Data) {
        self.path = path
        self.bytes = [UInt8](data)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0a { starts.append(i + 1) }
        self.lineStarts = starts
    }

    /// libxml2 reports an element where its start tag ends; warnings read better pointing at the
    /// `<` where it begins.
    private func tagStart(line: Int, column: Int) -> (Int, Int) {
        guard line >= 1, line <= lineStarts.count else { return (line, column) }
        var offset = min(lineStarts[line - 1] + max(column - 1, 0), bytes.count - 1)
        while offset > 0, bytes[offset] != UInt8(ascii: "<") { offset -= 1 }
        var l = line
        while l > 1, lineStarts[l - 1] > offset { l -= 1 }
        return (l, offset - lineStarts[l - 1] + 1)
    }

    static func read(_ data: Data, path: String) throws(Diagnostic) -> SVGNode {
        let reader = SVGTreeReader(path: path, data: data)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = reader
        let ok = parser.parse()
        if let failure = reader.failure { throw failure }
        // libxml2 may recover from a broken tag and still report success; any error refuses the file.
        if !ok || reader.root == nil || reader.xmlError != nil {
            let error = reader.xmlError ?? (parser.parserError as NSError?)
            let message = error.map(Self.describe) ?? "the file is not XML"
            let (line, column) = reader.xmlErrorPlace ?? (parser.lineNumber, parser.columnNumber)
            throw .svgError(
                path, line: max(line, 1), column: max(column, 1),
                "not a readable SVG file: \(message)",
                hint: "is this an SVG file? Open it in Inkscape and save it again as Inkscape SVG")
        }
        guard let root = reader.root, root.name == "svg" else {
            throw .svgError(
                path, line: reader.root?.line ?? 1, column: reader.root?.column ?? 1,
                "the file is XML but not SVG: its first element is <\(reader.root?.name ?? "?")>, not <svg>",
                hint: "export the drawing as SVG")
        }
        return root
    }

    /// The first error libxml2 reported, and where.
    private(set) var xmlError: NSError?
    private(set) var xmlErrorPlace: (Int, Int)?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard xmlError == nil else { return }
        xmlError = parseError as NSError
        xmlErrorPlace = (parser.lineNumber, parser.columnNumber)
    }

    /// libxml2's message when Foundation passes one on, else a plain sentence for the common
    /// error codes (libxml2's `xmlParserErrors`, which `XMLParser.ErrorCode` mirrors), else the code.
    static func describe(_ error: NSError) -> String {
        let text = (error.userInfo[NSLocalizedDescriptionKey] as? String ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty, !text.hasPrefix("The operation could not be completed") { return text }
        return commonErrors[error.code].map { "\($0) (XML error \(error.code))" } ?? "XML error \(error.code)"
    }

    static let commonErrors: [Int: String] = [
        4: "the text does not start with an XML tag such as <svg>",
        5: "the file ends before its tags are closed",
        9: "a character that XML does not allow",
        23: "an entity reference (&name) is missing its ';'",
        26: "it uses an entity (&name;) that is not declared",
        38: "'<' inside an attribute value",
        39: "an attribute value must start with a quote",
        40: "an attribute value is not closed with its quote",
        41: "an attribute has no value",
        42: "an attribute is given twice",
        64: "the XML declaration (<?xml …?>) is not at the very start",
        68: "a name was expected after '<'",
        73: "'>' was expected to close the tag",
        76: "a closing tag does not match the tag it opens",
        77: "a tag is never closed",
    ]

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        count += 1
        if count > SVGImportLimits.elements {
            failure = .svgError(
                path, line: parser.lineNumber, column: parser.columnNumber,
                "the drawing has more than \(SVGImportLimits.elements) XML elements; that is far more than a motif holds",
                hint: "simplify the drawing in Inkscape (Path › Simplify, fewer objects) and save it again")
            parser.abortParsing()
            return
        }
        let parts = elementName.split(separator: ":", maxSplits: 1).map(String.init)
        let (line, column) = tagStart(line: parser.lineNumber, column: parser.columnNumber)
        let node = SVGNode(
            name: parts.last ?? elementName, prefix: parts.count == 2 ? parts[0] : nil, attributes: attributeDict,
            line: line, column: column)
        if let parent = stack.last {
            parent.children.append(node)
        } else if root == nil {
            root = node
        }
        stack.append(node)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        _ = stack.popLast()
    }

    /// Text is kept only for `<title>` (the drawing's name), and only its first 200 characters.
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard let node = stack.last, node.name == "title", node.text.count < 200 else { return }
        node.text += string.prefix(200 - node.text.count)
    }

    /// Never called with resolution off, but if libxml2 ever asks, nothing is fetched.
    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        failure = .svgError(
            path, line: parser.lineNumber, column: parser.columnNumber,
            "the file refers to an external entity '\(name)'; nothing outside the file is read",
            hint: "save the drawing again from Inkscape as plain SVG")
        parser.abortParsing()
        return nil
    }
}
