import Foundation

/// Messages for people go to stderr, so stdout stays clean for paths and listings.
enum StandardError {
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
