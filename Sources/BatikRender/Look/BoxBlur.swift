/// A box blur of packed 8-bit RGB, horizontal then vertical, with running sums: the cost per pixel
/// does not depend on the radius. Edges repeat the edge pixel. Used for the feather of dye bleeding
/// and the softer edges of the reverse side, where a box's linear ramp is all the shape needed.
enum BoxBlur {
    /// Blurs `source` (`width × height × 3` bytes) with a `(2 radius + 1)²` box into `target`,
    /// using `scratch` (same size) for the horizontal pass. A radius of 0 copies.
    static func blur(
        _ source: UnsafeBufferPointer<UInt8>, into target: UnsafeMutableBufferPointer<UInt8>,
        scratch: UnsafeMutableBufferPointer<UInt8>, width: Int, height: Int, radius: Int
    ) {
        precondition(source.count >= width * height * 3 && target.count >= width * height * 3)
        precondition(scratch.count >= width * height * 3)
        guard radius > 0, width > 0, height > 0 else {
            for i in 0..<(width * height * 3) { target[i] = source[i] }
            return
        }
        let n = 2 * radius + 1
        let half = n / 2
        // Horizontal: each row, each channel.
        for y in 0..<height {
            let row = y * width * 3
            for c in 0..<3 {
                var sum = 0
                for k in -radius...radius { sum += Int(source[row + min(max(k, 0), width - 1) * 3 + c]) }
                for x in 0..<width {
                    scratch[row + x * 3 + c] = UInt8(truncatingIfNeeded: (sum + half) / n)
                    let leaving = max(x - radius, 0)
                    let entering = min(x + radius + 1, width - 1)
                    sum += Int(source[row + entering * 3 + c]) - Int(source[row + leaving * 3 + c])
                }
            }
        }
        // Vertical: walk rows with one running sum per column and channel.
        let stride = width * 3
        var sums = [Int](repeating: 0, count: stride)
        sums.withUnsafeMutableBufferPointer { sums in
            for k in -radius...radius {
                let row = min(max(k, 0), height - 1) * stride
                for i in 0..<stride { sums[i] += Int(scratch[row + i]) }
            }
            for y in 0..<height {
                let out = y * stride
                let leaving = max(y - radius, 0) * stride
                let entering = min(y + radius + 1, height - 1) * stride
                for i in 0..<stride {
                    target[out + i] = UInt8(truncatingIfNeeded: (sums[i] + half) / n)
                    sums[i] += Int(scratch[entering + i]) - Int(scratch[leaving + i])
                }
            }
        }
    }
}
