/// An input that could not be processed: the file and the German reason.
public struct InputFailure: Error, Sendable, Equatable {
    /// The path as given.
    public var file: String
    /// Why (German).
    public var reason: String
    /// Reader notes gathered before the failure (which pages were OCR'd and why), for the log.
    public var notes: [String]

    /// Creates a failure.
    public init(file: String, reason: String, notes: [String] = []) {
        self.file = file
        self.reason = reason
        self.notes = notes
    }

    /// "<file>: <reason>".
    public var line: String { "\(file): \(reason)" }
}
