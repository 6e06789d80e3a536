// PlanwerkConfig: the Kreis's configuration in inputs/ (profile.json, strategic-goals.xml) to model values.

/// A configuration file that cannot be used; the message is German and names the file.
public struct ConfigError: Error, Sendable, Equatable {
    /// The file.
    public var file: String
    /// What is wrong, with line numbers where known.
    public var problems: [String]

    /// Creates an error.
    public init(file: String, problems: [String]) {
        self.file = file
        self.problems = problems
    }

    /// "<file>: <problem>" lines.
    public var lines: [String] { problems.map { "\(file): \($0)" } }
}
