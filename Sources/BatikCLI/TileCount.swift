import ArgumentParser

/// How many repeats across and down, read as `4x3`.
struct TileCount: ExpressibleByArgument, Equatable {
    var across: Int
    var down: Int

    init(across: Int, down: Int) {
        self.across = across
        self.down = down
    }

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = Int(parts[0]), let d = Int(parts[1]), a > 0, d > 0 else { return nil }
        self.init(across: a, down: d)
    }
}
