public import BatikGeometry

extension GreyImage {
    /// The size of the rectangle a page photographed at an angle is straightened to: as wide as
    /// the longer of its top and bottom sides (so the drawing keeps its resolution), and as high as
    /// the page's true proportions say (`PageProportions`, from the corners and the photo's size),
    /// or as the longer of the other two sides when no camera fits the corners.
    public static func straightenedSize(corners: [Point], photo: Size) -> (width: Int, height: Int) {
        precondition(corners.count == 4, "four corners: top-left, top-right, bottom-right, bottom-left")
        let top = corners[0].distance(to: corners[1]), bottom = corners[3].distance(to: corners[2])
        let left = corners[0].distance(to: corners[3]), right = corners[1].distance(to: corners[2])
        let width = max(top, bottom)
        let height = PageProportions.aspect(corners: corners, photo: photo).map { width / $0 } ?? max(left, right)
        return (max(1, Int(width.rounded())), max(1, Int(height.rounded())))
    }

    /// The quadrilateral `corners` (top-left, top-right, bottom-right, bottom-left, in pixels of this
    /// image) resampled to an upright `width` × `height` rectangle: each output pixel centre is
    /// mapped into the photo by the homography between the rectangle and the corners (Hartley &
    /// Zisserman §4.1, `Homography`) and read bilinearly. Nil when three corners are on one line.
    public func straightened(corners: [Point], width: Int, height: Int) -> GreyImage? {
        let rectangle = [
            Point(0, 0), Point(Double(width), 0), Point(Double(width), Double(height)), Point(0, Double(height)),
        ]
        guard let map = Homography(from: rectangle, to: corners) else { return nil }
        var out = [UInt8](repeating: 255, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                // Pixel centres at half-integers in the rectangle; the source's centres at whole
                // numbers (bilinear's convention), hence the −0.5.
                guard let p = map.apply(Point(Double(x) + 0.5, Double(y) + 0.5)) else { continue }
                out[y * width + x] = bilinear(p.x - 0.5, p.y - 0.5)
            }
        }
        return GreyImage(width: width, height: height, pixels: out)
    }

    /// The grey at the continuous position (x, y), pixel centres at whole numbers; outside the
    /// image, white paper.
    func bilinear(_ x: Double, _ y: Double) -> UInt8 {
        guard x > -1, y > -1, x < Double(width), y < Double(height) else { return 255 }
        let fx = x.rounded(.down), fy = y.rounded(.down)
        let tx = x - fx, ty = y - fy
        let x0 = Int(fx), y0 = Int(fy)
        func at(_ i: Int, _ j: Int) -> Double {
            guard i >= 0, j >= 0, i < width, j < height else { return 255 }
            return Double(pixels[j * width + i])
        }
        let top = at(x0, y0) * (1 - tx) + at(x0 + 1, y0) * tx
        let bottom = at(x0, y0 + 1) * (1 - tx) + at(x0 + 1, y0 + 1) * tx
        return UInt8(max(0, min(255, (top * (1 - ty) + bottom * ty).rounded())))
    }
}
