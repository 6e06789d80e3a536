/// An input that could not be processed: the file and the German reason.
public struct InputFailure: Error, Sendable, Equatable {
    /// The path as given.
    public var file: String
    /// Why (German).
    public var reason: String

    /// Creates a failure.
    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    /// "<file>: <reason>".
    public var line: String { "\(file): \(reason)" }
}
