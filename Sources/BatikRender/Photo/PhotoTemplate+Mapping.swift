public import BatikGeometry

/// From product millimetres to photo pixels and back.
extension PhotoTemplate {
    /// The product plane may reach at most this many times the given width in either direction:
    /// beyond it the corners describe a view so oblique that the cloth would be smeared to the horizon.
    static let largestPlaneFactor: Double = 20

    /// Where a point of the product plane (millimetres, as in `clothArea`) lands in the photo
    /// (pixels), or nil beyond the horizon.
    public func photoPoint(forClothPoint p: Point) -> Point? { photoToPlane.inverse?.apply(p) }

    /// The point of the product plane (millimetres) seen at a photo position (pixels), or nil.
    public func clothPoint(forPhotoPoint p: Point) -> Point? { photoToPlane.apply(p) }

    /// The plane rectangle for four corners, checked: finite, convex, in the documented order.
    static func rectangle(corners: [Point], width: Double, height: Double?) throws(PhotoTemplateError) -> [Point] {
        let order = "top-left, top-right, bottom-right, bottom-left"
        guard corners.count == 4 else {
            throw PhotoTemplateError("corners needs 4 points, not \(corners.count)", hint: "list them as \(order)")
        }
        guard corners.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else {
            throw PhotoTemplateError("a corner is not a finite number")
        }
        // In y-down pixels, going round top-left → top-right → bottom-right → bottom-left turns
        // clockwise: every cross product of consecutive edges is positive.
        let crosses = (0..<4).map { k -> Double in
            let a = corners[k], b = corners[(k + 1) % 4], c = corners[(k + 2) % 4]
            return (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x)
        }
        if crosses.allSatisfy({ $0 < 0 }) {
            throw PhotoTemplateError(
                "the corners go round the wrong way (anticlockwise)", hint: "list them as \(order)")
        }
        guard crosses.allSatisfy({ $0 > 0 }) else {
            throw PhotoTemplateError(
                "the four corners do not make a convex shape (two of them are swapped, or three are on one line)",
                hint: "list them as \(order)")
        }
        func length(_ a: Point, _ b: Point) -> Double { ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot() }
        let across = (length(corners[0], corners[1]) + length(corners[3], corners[2])) / 2
        let down = (length(corners[0], corners[3]) + length(corners[1], corners[2])) / 2
        let h = height ?? width * down / across
        guard h.isFinite, h > 0 else { throw PhotoTemplateError("the rectangle's height is not positive") }
        return [Point(x: 0, y: 0), Point(x: width, y: 0), Point(x: width, y: h), Point(x: 0, y: h)]
    }

    /// The plane area (mm) seen inside the product's pixel box, sampled along its outline.
    static func planeArea(of bounds: Rect, through photoToPlane: Homography) throws(PhotoTemplateError) -> Rect {
        let steps = 64
        var points: [Point] = []
        let centre = Point(x: bounds.midX, y: bounds.midY)
        let sign = photoToPlane.weight(at: centre)
        for k in 0...steps {
            let t = Double(k) / Double(steps)
            let x = bounds.minX + t * bounds.width, y = bounds.minY + t * bounds.height
            for p in [Point(x: x, y: bounds.minY), Point(x: x, y: bounds.maxY), Point(x: bounds.minX, y: y), Point(x: bounds.maxX, y: y)] {
                let w = photoToPlane.weight(at: p)
                guard w * sign > 0, let q = photoToPlane.apply(p) else {
                    throw PhotoTemplateError(
                        "the corners put the horizon across the product, so part of it cannot be mapped",
                        hint: "check the corners' order and that they mark a rectangle on the product")
                }
                points.append(q)
            }
        }
        let area = Rect(enclosing: points)!
        let reference = (photoToPlane.apply(Point(x: bounds.maxX, y: centre.y)).map { $0.x } ?? 0)
            - (photoToPlane.apply(Point(x: bounds.minX, y: centre.y)).map { $0.x } ?? 0)
        let limit = largestPlaneFactor * max(abs(reference), 1)
        guard area.width <= limit, area.height <= limit else {
            throw PhotoTemplateError(
                "the corners make the product reach \(Int(max(area.width, area.height))) mm, far beyond its width",
                hint: "mark a rectangle that is large in the photo, near the middle of the product")
        }
        return area
    }

    /// Photo pixels per plane millimetre where the product appears largest.
    static func largestScale(of planeToPhoto: Homography, over area: Rect) -> Double {
        var best = 0.0
        let n = 6
        for i in 0...n {
            for j in 0...n {
                let p = Point(x: area.minX + area.width * Double(i) / Double(n), y: area.minY + area.height * Double(j) / Double(n))
                guard let a = planeToPhoto.apply(p), let bx = planeToPhoto.apply(Point(x: p.x + 1, y: p.y)),
                    let by = planeToPhoto.apply(Point(x: p.x, y: p.y + 1))
                else { continue }
                let sx = ((bx.x - a.x) * (bx.x - a.x) + (bx.y - a.y) * (bx.y - a.y)).squareRoot()
                let sy = ((by.x - a.x) * (by.x - a.x) + (by.y - a.y) * (by.y - a.y)).squareRoot()
                best = max(best, sx, sy)
            }
        }
        return best
    }
}
