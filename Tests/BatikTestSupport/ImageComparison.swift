import Testing

/// How two images differ, when they differ more than a comparison allows.
public struct ImageDifference: CustomStringConvertible, Sendable {
    public var description: String
}

/// Compares two images pixel by pixel. Pixels whose channels all lie within `channelTolerance` of
/// each other match; the images match when at most `maxDifferingFraction` of the pixels do not.
/// Returns nil for a match, else a message naming how many pixels differ and the worst one.
public func imageDifference(
    _ actual: RGBAImage, _ expected: RGBAImage, channelTolerance: Int = 0, maxDifferingFraction: Double = 0
) -> ImageDifference? {
    guard actual.width == expected.width, actual.height == expected.height else {
        return ImageDifference(
            description: "Image sizes differ: actual \(actual.width) × \(actual.height), "
                + "expected \(expected.width) × \(expected.height).")
    }
    var differing = 0
    var worst: (distance: Int, x: Int, y: Int) = (0, 0, 0)
    var first: (x: Int, y: Int)?
    for y in 0..<actual.height {
        for x in 0..<actual.width {
            let d = actual[x, y].distance(to: expected[x, y])
            guard d > channelTolerance else { continue }
            differing += 1
            if first == nil { first = (x, y) }
            if d > worst.distance { worst = (d, x, y) }
        }
    }
    let total = actual.width * actual.height
    guard Double(differing) > maxDifferingFraction * Double(total) else { return nil }
    let percent = { (f: Double) in String(Double(Int(f * 10000)) / 100) + " %" }
    let (wx, wy) = (worst.x, worst.y)
    return ImageDifference(
        description: "\(differing) of \(total) pixels (\(percent(Double(differing) / Double(total)))) differ by more "
            + "than \(channelTolerance) in a channel; at most \(percent(maxDifferingFraction)) may. "
            + "First at (\(first!.x), \(first!.y)); worst at (\(wx), \(wy)): actual \(actual[wx, wy]), "
            + "expected \(expected[wx, wy]) (difference \(worst.distance)).")
}

/// Records a test issue at the caller when the images differ beyond the tolerance (see
/// `imageDifference`). `context` is added to the message, e.g. where the actual image was saved.
public func expectImagesMatch(
    _ actual: RGBAImage, _ expected: RGBAImage, channelTolerance: Int = 0, maxDifferingFraction: Double = 0,
    context: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    if let difference = imageDifference(
        actual, expected, channelTolerance: channelTolerance, maxDifferingFraction: maxDifferingFraction)
    {
        Issue.record("\(difference)\(context.isEmpty ? "" : " " + context)", sourceLocation: sourceLocation)
    }
}
