extension GreyImage {
    /// How many pixels have each grey level, 0…255.
    public var histogram: [Int] {
        var counts = [Int](repeating: 0, count: 256)
        for p in pixels { counts[Int(p)] += 1 }
        return counts
    }
}
