/// An output that could not be written: the path and the German reason.
public struct WriteFailure: Error, Sendable, Equatable {
    /// The file or folder.
    public var path: String
    /// Why (German).
    public var reason: String

    /// Creates a failure.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// "<path>: <reason>".
    public var line: String { "\(path): \(reason)" }
}
