/// The Kreis's strategic goals catalogue (inputs/strategic-goals.xml).
public struct StrategicGoalCatalog: Sendable, Hashable {
    /// The catalogue's title, e.g. "Strategische Ziele 2030+".
    public var title: String
    /// The goals.
    public var goals: [StrategicGoal]

    /// Creates a catalogue.
    public init(title: String, goals: [StrategicGoal]) {
        self.title = title
        self.goals = goals
    }

    /// The goal with a reference, if the catalogue holds it.
    public func goal(_ id: String) -> StrategicGoal? { goals.first { $0.id == id } }
}
