import PlanwerkModel

/// A council paper to write: which recommendation of which record, and its Vorlagen-Nr.
public struct PlannedPaper: Sendable {
    /// The record.
    public var record: MeetingRecord
    /// The recommendation.
    public var recommendation: Recommendation
    /// The Vorlagen-Nr.
    public var number: String
}
