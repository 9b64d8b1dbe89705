import BatikGeometry

/// Why a canting plan could not be made.
public struct CantingPlanError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
