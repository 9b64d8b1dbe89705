/// Reads a JPEG's header as any reader would.
public enum JPEGInspection {
    /// Width and height from the baseline frame header (SOF0), nil when there is none.
    public static func frameSize(_ jpeg: [UInt8]) -> (width: Int, height: Int)? {
        guard jpeg.count > 4, jpeg[0] == 0xFF, jpeg[1] == 0xD8 else { return nil }
        var i = 2
        while i + 9 < jpeg.count, jpeg[i] == 0xFF {
            let length = Int(jpeg[i + 2]) << 8 | Int(jpeg[i + 3])
            if jpeg[i + 1] == 0xC0 {
                return (Int(jpeg[i + 7]) << 8 | Int(jpeg[i + 8]), Int(jpeg[i + 5]) << 8 | Int(jpeg[i + 6]))
            }
            i += 2 + length
        }
        return nil
    }
}
