/// The EXIF orientation of a JPEG (tag 0x0112 in IFD0 of the APP1 `Exif` segment): phones store
/// the sensor's pixels as they come and record here how to turn them for display. 1 when absent
/// or unreadable. Values follow the EXIF 2.3 specification, section 4.6.4 (1 = as stored,
/// 6 = turn 90° clockwise, 3 = 180°, 8 = 90° anticlockwise, 2/4/5/7 their mirror images).
enum JPEGOrientation {
    static func read(_ bytes: [UInt8]) -> Int {
        var i = 2
        // Walk the marker segments up to the start of scan.
        while i + 4 <= bytes.count, bytes[i] == 0xFF {
            let marker = bytes[i + 1]
            if marker == 0xDA || marker == 0xD9 { break }
            let length = Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
            guard length >= 2, i + 2 + length <= bytes.count else { break }
            if marker == 0xE1, let value = orientation(inExif: bytes[(i + 4)..<(i + 2 + length)]) { return value }
            i += 2 + length
        }
        return 1
    }

    private static func orientation(inExif segment: ArraySlice<UInt8>) -> Int? {
        let s = Array(segment)
        guard s.count >= 14, Array(s[0..<6]) == [0x45, 0x78, 0x69, 0x66, 0, 0] else { return nil }
        let tiff = 6
        let little: Bool
        switch (s[tiff], s[tiff + 1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return nil
        }
        func u16(_ at: Int) -> Int? {
            guard at >= 0, at + 2 <= s.count else { return nil }
            return little ? Int(s[at]) | Int(s[at + 1]) << 8 : Int(s[at]) << 8 | Int(s[at + 1])
        }
        func u32(_ at: Int) -> Int? {
            guard let a = u16(at), let b = u16(at + 2) else { return nil }
            return little ? a | b << 16 : a << 16 | b
        }
        guard u16(tiff + 2) == 42, let ifd = u32(tiff + 4).map({ tiff + $0 }), let count = u16(ifd) else { return nil }
        for k in 0..<min(count, 512) {
            let entry = ifd + 2 + 12 * k
            guard let tag = u16(entry) else { return nil }
            if tag == 0x0112, u16(entry + 2) == 3, let value = u16(entry + 8), (1...8).contains(value) { return value }
        }
        return nil
    }
}

extension RGBImage {
    /// The image turned and mirrored as EXIF `orientation` (1–8) says it is to be shown.
    func oriented(exif orientation: Int) -> RGBImage {
        guard (2...8).contains(orientation) else { return self }
        let w = width, h = height
        let swaps = orientation >= 5
        var out = RGBImage(width: swaps ? h : w, height: swaps ? w : h)
        // For each displayed pixel (x, y), the stored pixel it shows.
        let source: (Int, Int) -> (Int, Int)
        switch orientation {
        case 2: source = { x, y in (w - 1 - x, y) }
        case 3: source = { x, y in (w - 1 - x, h - 1 - y) }
        case 4: source = { x, y in (x, h - 1 - y) }
        case 5: source = { x, y in (y, x) }
        case 6: source = { x, y in (y, h - 1 - x) }
        case 7: source = { x, y in (w - 1 - y, h - 1 - x) }
        default: source = { x, y in (w - 1 - y, x) }
        }
        for y in 0..<out.height {
            for x in 0..<out.width {
                let (sx, sy) = source(x, y)
                out[x, y] = self[sx, sy]
            }
        }
        return out
    }
}
