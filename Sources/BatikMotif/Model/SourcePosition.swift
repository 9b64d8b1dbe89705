/// A place in a motif file, for messages about the motif after loading (the resist planner names
/// the line of a recipe it cannot make): 1-based line and column, columns counted in Unicode
/// scalars as the loader counts them.
public struct SourcePosition: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
