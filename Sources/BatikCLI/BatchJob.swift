import BatikMotif
import Foundation

/// One listing of a batch: a motif in one colourway, with the arguments `batik listing` is run
/// with, the folder it writes and the fingerprint of everything it reads.
struct BatchJob: Sendable {
    var motif: String
    var colourway: String
    var folder: String
    var arguments: [String]
    var fingerprint: String

    static let stampName = ".batik-batch"

    var stampPath: String { (folder as NSString).appendingPathComponent(Self.stampName) }

    /// Up to date: a finished earlier run with the same inputs and options left its stamp.
    var isUpToDate: Bool {
        guard let old = try? String(contentsOfFile: stampPath, encoding: .utf8) else { return false }
        return old == fingerprint
            && FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent("listing.txt"))
    }

    /// FNV-1a over the texts and file contents: cheap, stable across runs and machines.
    static func fingerprint(of parts: [String], files: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ bytes: some Sequence<UInt8>) {
            for b in bytes {
                hash ^= UInt64(b)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x100_0000_01b3
        }
        for p in parts { add(p.utf8) }
        for f in files { add(FileManager.default.contents(atPath: f) ?? Data()) }
        return String(hash, radix: 16)
    }
}
