import BatikGeometry
internal import Yams

/// Checks on a free path (`shape: path`) that is filled: one that encloses nothing is an error, one
/// whose outline crosses itself is repaired and warned about. The other shapes are built from
/// positive sizes and cannot go wrong this way.
extension MotifReader {
    /// Area below which a filled path counts as enclosing nothing: mm².
    static let smallestFilledArea = 1e-6

    /// Reports on `path`, read from the `d` field at `dNode`; false when it is an error.
    func checkFilledPath(_ path: BezierPath, at dNode: Node) -> Bool {
        let rings = path.flattened().filter { $0.isClosed && $0.points.count >= 3 }
        let region = try? Region(path: path)
        if rings.isEmpty || (region?.area ?? 0) < Self.smallestFilledArea {
            error(
                "this path encloses no area: its points lie on a line", at: dNode.position,
                hint: "a filled shape needs width as well as length; for a line, use outline instead of fill")
            return false
        }
        for ring in rings {
            let problem = try? Region(polygons: [Polygon(exterior: ring.points)]).validityProblem()
            guard let problem, problem.hasPrefix("Self-intersection") else { continue }
            let place = problem.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }
            let numbers = place.split(separator: " ").compactMap { Double($0) }
            let at = numbers.count == 2 ? " near (\(format(numbers[0].rounded(toPlaces: 2))), \(format(numbers[1].rounded(toPlaces: 2))))" : ""
            warning(
                "the path's outline crosses itself\(at); it was repaired: the parts it encloses are filled "
                    + "by the non-zero rule, a loop that turns back may be left empty",
                at: dNode.position,
                hint: "look at the preview; redraw the path so its outline does not cross to silence this")
            break
        }
        return true
    }
}

extension Double {
    /// Rounded to `places` decimals, for positions in messages.
    fileprivate func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
