/// A place in a motif file: 1-based line and column (columns count Unicode scalars, as Yams does).
struct TextPosition: Hashable, Sendable, Comparable {
    var line: Int
    var column: Int

    static let start = TextPosition(line: 1, column: 1)

    static func < (a: TextPosition, b: TextPosition) -> Bool { (a.line, a.column) < (b.line, b.column) }

    func movedRight(by n: Int) -> TextPosition { TextPosition(line: line, column: column + n) }
}
