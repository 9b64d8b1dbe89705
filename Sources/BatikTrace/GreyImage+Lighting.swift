extension GreyImage {
    /// Blocks across the longer side of the image when the paper's brightness is estimated.
    static let lightingBlocks = 12

    /// The image divided by an estimate of the bare paper's brightness, so paper comes out white
    /// everywhere: a phone photo is lit unevenly (brighter near the window, a shadow from the hand),
    /// and one global threshold would then lose faint lines in the bright part or take the shadow
    /// for ink.
    ///
    /// The paper at a place is the brightest pixel of its block (`lightingBlocks` across the
    /// longer side; pen lines are far thinner than a block, so every block shows some paper), taken
    /// as the brightest of the 3 × 3 blocks around, so a filled area must cover three blocks across
    /// before it is mistaken for paper, and interpolated bilinearly between block centres.
    public func evenlyLit() -> GreyImage {
        guard width > 0, height > 0 else { return self }
        let side = max(8, max(width, height) / Self.lightingBlocks)
        let columns = (width + side - 1) / side, rows = (height + side - 1) / side
        var blockMax = [UInt8](repeating: 0, count: columns * rows)
        for y in 0..<height {
            let row = (y / side) * columns
            for x in 0..<width {
                let b = row + x / side
                blockMax[b] = max(blockMax[b], pixels[y * width + x])
            }
        }
        var paper = [Double](repeating: 0, count: columns * rows)
        for j in 0..<rows {
            for i in 0..<columns {
                var m: UInt8 = 0
                for dj in -1...1 {
                    for di in -1...1 {
                        let u = i + di, v = j + dj
                        if u >= 0, v >= 0, u < columns, v < rows { m = max(m, blockMax[v * columns + u]) }
                    }
                }
                paper[j * columns + i] = max(Double(m), 1)
            }
        }
        func paperAt(_ x: Int, _ y: Int) -> Double {
            let gx = min(max((Double(x) + 0.5) / Double(side) - 0.5, 0), Double(columns - 1))
            let gy = min(max((Double(y) + 0.5) / Double(side) - 0.5, 0), Double(rows - 1))
            let i0 = Int(gx), j0 = Int(gy)
            let i1 = min(i0 + 1, columns - 1), j1 = min(j0 + 1, rows - 1)
            let tx = gx - Double(i0), ty = gy - Double(j0)
            let top = paper[j0 * columns + i0] * (1 - tx) + paper[j0 * columns + i1] * tx
            let bottom = paper[j1 * columns + i0] * (1 - tx) + paper[j1 * columns + i1] * tx
            return top * (1 - ty) + bottom * ty
        }
        var out = [UInt8](repeating: 255, count: pixels.count)
        for y in 0..<height {
            for x in 0..<width {
                let v = Double(pixels[y * width + x]) * 255 / paperAt(x, y)
                out[y * width + x] = UInt8(min(255, v.rounded()))
            }
        }
        return GreyImage(width: width, height: height, pixels: out)
    }
}
