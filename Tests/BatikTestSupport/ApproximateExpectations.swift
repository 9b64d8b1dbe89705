import BatikGeometry
import Testing

/// Expects `actual` within `tolerance` of `expected`, reporting both values and the difference at
/// the caller's line.
public func expectApproximatelyEqual(
    _ actual: Double, _ expected: Double, tolerance: Double,
    _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    let difference = abs(actual - expected)
    #expect(
        difference <= tolerance,
        "\(actual) is \(difference) from \(expected), more than \(tolerance)\(comment.map { ": \($0)" } ?? "")",
        sourceLocation: sourceLocation)
}

/// Expects two points within `tolerance` of each other (Euclidean distance).
public func expectApproximatelyEqual(
    _ actual: Point, _ expected: Point, tolerance: Double,
    _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    let distance = actual.distance(to: expected)
    #expect(
        distance <= tolerance,
        "\(actual) is \(distance) from \(expected), more than \(tolerance)\(comment.map { ": \($0)" } ?? "")",
        sourceLocation: sourceLocation)
}

/// Expects two transforms to agree coefficient by coefficient within `tolerance`.
public func expectApproximatelyEqual(
    _ actual: AffineTransform, _ expected: AffineTransform, tolerance: Double,
    _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        actual.isApproximatelyEqual(to: expected, absoluteTolerance: tolerance),
        "\(actual) differs from \(expected) by more than \(tolerance)\(comment.map { ": \($0)" } ?? "")",
        sourceLocation: sourceLocation)
}

/// Expects two rectangles' edges to agree within `tolerance`.
public func expectApproximatelyEqual(
    _ actual: Rect?, _ expected: Rect, tolerance: Double,
    _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let actual else {
        Issue.record("expected \(expected), got nil", sourceLocation: sourceLocation)
        return
    }
    let worst = max(
        abs(actual.minX - expected.minX), abs(actual.minY - expected.minY),
        abs(actual.maxX - expected.maxX), abs(actual.maxY - expected.maxY))
    #expect(
        worst <= tolerance,
        "\(actual) differs from \(expected) by \(worst), more than \(tolerance)\(comment.map { ": \($0)" } ?? "")",
        sourceLocation: sourceLocation)
}
