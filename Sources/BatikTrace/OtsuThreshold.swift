/// The grey level that best splits an image into ink and paper, by Otsu's method: the level that
/// maximises the variance between the two classes (N. Otsu, "A threshold selection method from
/// gray-level histograms", IEEE Trans. SMC 9(1), 1979). A pen drawing on paper has two clear
/// humps in its histogram, dark ink and light paper, and the level between them is what a person
/// would pick by eye.
public enum OtsuThreshold {
    /// The threshold for `histogram` (256 counts): pixels at or below it are ink. Nil when the
    /// image has one grey level only (a blank page), where no split exists.
    public static func level(of histogram: [Int]) -> UInt8? {
        precondition(histogram.count == 256, "a histogram of 8-bit grey has 256 counts")
        let total = Double(histogram.reduce(0, +))
        guard total > 0 else { return nil }
        var sum = 0.0
        for (level, count) in histogram.enumerated() { sum += Double(level) * Double(count) }
        var weightBelow = 0.0, sumBelow = 0.0
        var best = -1.0, bestLevel: Int? = nil
        for level in 0..<255 {
            weightBelow += Double(histogram[level])
            sumBelow += Double(level) * Double(histogram[level])
            let weightAbove = total - weightBelow
            guard weightBelow > 0, weightAbove > 0 else { continue }
            let meanBelow = sumBelow / weightBelow
            let meanAbove = (sum - sumBelow) / weightAbove
            let between = weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove)
            if between > best {
                best = between
                bestLevel = level
            }
        }
        return bestLevel.map { UInt8($0) }
    }
}
