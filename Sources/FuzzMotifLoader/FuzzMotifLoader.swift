import BatikMotif

/// libFuzzer entry point: the bytes as a motif file. Any outcome but a crash, a hang or a
/// runaway allocation is a pass: a broken file must give diagnostics. Bytes that are not UTF-8 are
/// refused by the CLI before the loader sees them (`MotifSource.read`), so they are skipped here.
/// Built and run by `scripts/fuzz.sh FuzzMotifLoader`; a plain `swift build` links it as an
/// executable that does nothing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    _ = try? MotifLoader.load(yaml: text, path: "fuzz.yaml", overrides: ["size": 40])
    return 0
}
