import PlanwerkModel

/// A row of a status table of earlier recommendations.
public struct StatusRow: Sendable, Equatable {
    /// The recommendation's title.
    public var title: String
    /// The Fokus year.
    public var year: Int?
    /// The council status.
    public var status: RecommendationStatus?
    /// The Handlungsfeld, if stated.
    public var field: String?
    /// The relevance column, if stated.
    public var relevance: Relevance?
    /// Where the row is.
    public var evidence: Evidence
}
