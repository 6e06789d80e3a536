/// A sozialpolitischer Zielvorschlag with the steering group's votes.
public struct GoalProposal: Codable, Sendable, Hashable {
    /// The year the proposal is for.
    public var year: Int?
    /// The proposal's title.
    public var title: String
    /// "Stimme zu" count, nil where the cell is unreadable.
    public var agree: Int?
    /// "Passt für mich nicht" count, nil where the cell is unreadable.
    public var disagree: Int?
    /// The raw vote cells as written, kept when a count could not be read (for validation).
    public var rawVotes: [String]?
    /// Comments ("Meine Anmerkungen").
    public var comments: [String]
    /// Where the proposal is stated.
    public var evidence: [Evidence]

    /// Creates a goal proposal.
    public init(year: Int?, title: String, agree: Int?, disagree: Int?, rawVotes: [String]? = nil,
                comments: [String] = [], evidence: [Evidence] = []) {
        self.year = year
        self.title = title
        self.agree = agree
        self.disagree = disagree
        self.rawVotes = rawVotes
        self.comments = comments
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey { case year, title, agree, disagree, rawVotes, comments, evidence }

    /// Encodes every contract key, nulls included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(year, forKey: .year)
        try c.encode(title, forKey: .title)
        try c.encode(agree, forKey: .agree)
        try c.encode(disagree, forKey: .disagree)
        try c.encodeIfPresent(rawVotes, forKey: .rawVotes)
        try c.encode(comments, forKey: .comments)
        try c.encode(evidence, forKey: .evidence)
    }
}
