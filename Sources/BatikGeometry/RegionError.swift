/// A polygon operation that GEOS could not carry out, with GEOS's own explanation (for example
/// "IllegalArgumentException: Invalid number of points in LinearRing found 3 - must be 0 or >= 4").
public struct RegionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was being done, in words ("union", "inset by 2 mm").
    public var operation: String
    /// GEOS's message, or a description of the failure when GEOS gave none.
    public var message: String

    public init(operation: String, message: String) {
        self.operation = operation
        self.message = message
    }

    public var description: String { "Could not \(operation): \(message)" }
}
