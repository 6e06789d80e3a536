import PlanwerkModel

/// A detail form found in a source: the recommendation's title, the fields, and which labels it had.
public struct DetailForm: Sendable {
    /// The recommendation's title.
    public var title: String
    /// The parsed fields.
    public var details: RecommendationDetails
    /// The labels present, in order.
    public var fields: [DetailFormField]
    /// Where the form starts.
    public var evidence: Evidence
    /// True when the form stops before its last field and nothing of it follows (the protocol breaks off).
    public var isTruncated: Bool {
        guard let last = fields.last else { return false }
        return last != DetailFormField.allCases.last
    }
}
