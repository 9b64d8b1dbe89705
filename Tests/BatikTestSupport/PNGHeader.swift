/// A PNG that is all header: the signature, an IHDR of `width` × `height` (8-bit RGB) and an empty
/// IDAT and IEND, a few dozen bytes claiming any size: for testing that readers refuse sizes
/// before decoding.
public func pngHeaderOnly(width: Int, height: Int) -> [UInt8] {
    func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
    }
    var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    var ihdr = Array("IHDR".utf8)
    ihdr += bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0]
    png += ihdr + bigEndian(crc32(ihdr))
    // An empty IDAT, where libpng stops reading the header, then IEND.
    for chunk in [Array("IDAT".utf8), Array("IEND".utf8)] {
        png += [0, 0, 0, 0] + chunk + bigEndian(crc32(chunk))
    }
    return png
}

/// The CRC-32 of PNG chunks (ISO 3309, bit by bit).
public func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for b in bytes {
        crc ^= UInt32(b)
        for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
}
