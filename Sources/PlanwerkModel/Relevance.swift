/// The steering relevance a recommendation was assessed with.
public enum Relevance: String, Codable, Sendable, CaseIterable {
    /// "in hohem Maße steuerungsrelevant".
    case high
    /// "steuerungsrelevant".
    case relevant
    /// "weniger steuerungsrelevant".
    case low

    /// The German label.
    public var germanLabel: String {
        switch self {
        case .high: return "in hohem Maße steuerungsrelevant"
        case .relevant: return "steuerungsrelevant"
        case .low: return "weniger steuerungsrelevant"
        }
    }
}
