import ArgumentParser

/// `--shard i/n`: this run does the i-th of n equal shares of the jobs, so a catalogue too big
/// for one machine is split over several by any job runner.
struct Shard: ExpressibleByArgument, Equatable {
    var index: Int
    var count: Int

    init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    init?(argument: String) {
        let parts = argument.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, n <= 10_000, (1...n).contains(i)
        else { return nil }
        self.init(index: i, count: n)
    }

    static var defaultValueDescription: String { "i/n" }

    /// Whether job number `job` (0-based, in the catalogue's order) is this shard's.
    func owns(_ job: Int) -> Bool { job % count == index - 1 }
}
