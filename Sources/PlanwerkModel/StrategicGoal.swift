/// One goal of the Kreis's strategic goals catalogue.
public struct StrategicGoal: Codable, Sendable, Hashable {
    /// The reference, e.g. "3.1".
    public var id: String
    /// The goal's text.
    public var text: String

    /// Creates a goal.
    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}
