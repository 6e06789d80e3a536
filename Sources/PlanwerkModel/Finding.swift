/// What validation (or extraction) found in a record: a rule id, a severity, a German message, a place.
public struct Finding: Codable, Sendable, Hashable {
    /// `<area>.<problem>`, e.g. `budget.missing`.
    public var rule: String
    /// How serious it is.
    public var severity: Severity
    /// The title of the recommendation it concerns, or nil.
    public var recommendation: String?
    /// German message for the people who fix the protocol.
    public var message: String
    /// Where the problem is.
    public var evidence: [Evidence]

    /// Creates a finding.
    public init(rule: String, severity: Severity, recommendation: String?, message: String, evidence: [Evidence]) {
        self.rule = rule
        self.severity = severity
        self.recommendation = recommendation
        self.message = message
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey { case rule, severity, recommendation, message, evidence }

    /// Encodes every contract key, nulls included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(severity, forKey: .severity)
        try c.encode(recommendation, forKey: .recommendation)
        try c.encode(message, forKey: .message)
        try c.encode(evidence, forKey: .evidence)
    }
}
