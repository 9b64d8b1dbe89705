import BatikImport
import Foundation

/// libFuzzer entry point: the bytes as an SVG file to import, read into an `ImportedDrawing` and
/// written as motif YAML. A refusal (`Diagnostic`) is expected; a crash, a hang or a runaway
/// allocation is not. Built and run by `scripts/fuzz.sh FuzzSVGImport`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let document = try? SVGDocument(data: Data(bytes: data, count: size), path: "fuzz.svg") else { return 0 }
    _ = MotifFileWriter().yaml(for: document.drawing)
    return 0
}
