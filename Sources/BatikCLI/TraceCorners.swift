import ArgumentParser
import BatikGeometry
import Foundation

/// `--corners x1,y1,x2,y2,x3,y3,x4,y4`: the page's corners in a photo, in pixels, top-left,
/// top-right, bottom-right, bottom-left.
struct TraceCorners: ExpressibleByArgument, Equatable {
    var points: [Point]

    init?(argument: String) {
        let numbers = argument.split(separator: ",", omittingEmptySubsequences: false)
            .map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == 8, numbers.allSatisfy({ $0?.isFinite == true }) else { return nil }
        let v = numbers.map { $0! }
        points = stride(from: 0, to: 8, by: 2).map { Point(v[$0], v[$0 + 1]) }
    }

    static var defaultValueDescription: String { "x1,y1,x2,y2,x3,y3,x4,y4" }
}
