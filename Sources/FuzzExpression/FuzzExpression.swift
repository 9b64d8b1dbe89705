import BatikMotif

/// libFuzzer entry point: the bytes as one expression (`(size - gap) / 2`), parsed and evaluated
/// with a few parameters bound. Parse and evaluation errors are expected; a crash is not.
/// Built and run by `scripts/fuzz.sh FuzzExpression`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self),
        let expression = try? Expression(text)
    else { return 0 }
    _ = expression.names
    _ = try? expression.evaluate(["size": 40, "gap": 2.5, "r": 5, "n": 8, "petals": 6, "t": -0.5])
    return 0
}
