/// "Did you mean …?" for misspelt names: the closest candidate by edit distance (Levenshtein, with
/// a swap of two neighbouring letters counting as one edit, as in optimal string alignment), if it
/// is close enough to be a plausible typo.
enum Suggestions {
    /// The closest candidate, or nil when none is within `maximumDistance(for:)`. Case differences
    /// alone always match. Between equally close candidates, the one nearest in length wins (a
    /// letter typed wrong is likelier than one left out: `p4n` → `p4m`, not `p4`), then the first.
    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let lower = word.lowercased()
        var best: (name: String, distance: Int, lengthDifference: Int)?
        for c in candidates {
            if c.lowercased() == lower { return c }
            let d = editDistance(lower, c.lowercased())
            let l = abs(c.count - word.count)
            // Replacing every letter is no typo (`r` is not a misspelt `x`).
            guard d <= maximumDistance(for: word), d < max(word.count, c.count) else { continue }
            if let b = best, (b.distance, b.lengthDifference) <= (d, l) { continue }
            best = (c, d, l)
        }
        return best?.name
    }

    /// One edit per three letters, at least one: `colur` → `colour`, `cirle` → `circle`, but
    /// `r` is not a typo of `x`.
    static func maximumDistance(for word: String) -> Int { max(1, word.count / 3) }

    /// "did you mean 'x'?", or nil.
    static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String? {
        closest(to: word, in: candidates).map { "did you mean '\($0)'?" }
    }

    /// A hint naming the closest candidate, or listing all of them when there are few
    /// (`listLimit`), or nil.
    static func hint(for word: String, in candidates: [String], listing what: String, listLimit: Int = 12) -> String? {
        if let guess = didYouMean(word, in: candidates) { return guess }
        if candidates.isEmpty { return nil }
        if candidates.count <= listLimit { return "\(what): " + candidates.map { "'\($0)'" }.joined(separator: ", ") }
        return nil
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
