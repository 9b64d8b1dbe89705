/// One subpath as explicit segments, with whether it was closed by `close`.
struct SegmentedSubpath: Hashable, Sendable {
    var start: Point
    var segments: [PathSegment]
    var isClosed: Bool

    var end: Point { segments.last?.end ?? start }

    /// The segments with the straight closing segment added when the end does not meet the start,
    /// whether or not the subpath was closed: fills (area, winding, regions) treat every subpath as
    /// closed, as SVG and Cairo do.
    var filledSegments: [PathSegment] {
        let e = end
        return e == start ? segments : segments + [.line(e, start)]
    }

    /// The segments that are drawn when stroked: the closing segment only when closed.
    var strokedSegments: [PathSegment] { isClosed ? filledSegments : segments }
}
