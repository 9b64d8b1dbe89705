/// A JPEG that could not be made, in libjpeg-turbo's words.
public struct JPEGError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { "JPEG: " + message }
}
