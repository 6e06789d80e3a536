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
    /// The record field it concerns: relative to the recommendation (`details.annualBudget`,
    /// `details.serviceType`, `details.strategicGoals`, `details`, `relevance`) or to the record
    /// (`goalProposals`); nil for the record as a whole. Papers mark gaps by it.
    public var field: String?

    /// Creates a finding.
    public init(rule: String, severity: Severity, recommendation: String?, message: String, evidence: [Evidence], field: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.recommendation = recommendation
        self.message = message
        self.evidence = evidence
        self.field = field
    }

    enum CodingKeys: String, CodingKey { case rule, severity, recommendation, message, evidence, field }

    /// Decodes a finding; one from a record written before findings named their field gets the field its
    /// rule's area stood for then (`budget.*` -> `details.annualBudget`, ...), so no gap of an old record is lost.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rule = try c.decode(String.self, forKey: .rule)
        severity = try c.decode(Severity.self, forKey: .severity)
        recommendation = try c.decodeIfPresent(String.self, forKey: .recommendation)
        message = try c.decode(String.self, forKey: .message)
        evidence = try c.decode([Evidence].self, forKey: .evidence)
        field = c.contains(.field) ? try c.decodeIfPresent(String.self, forKey: .field) : Self.fieldBeforeVersion2(rule)
    }

    /// The field of a finding in records that did not name it.
    static func fieldBeforeVersion2(_ rule: String) -> String? {
        switch rule.split(separator: ".").first {
        case "budget": return "details.annualBudget"
        case "serviceType": return "details.serviceType"
        case "strategicGoals": return "details.strategicGoals"
        default: return nil
        }
    }

    /// Encodes every contract key, nulls included.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(severity, forKey: .severity)
        try c.encode(recommendation, forKey: .recommendation)
        try c.encode(message, forKey: .message)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(field, forKey: .field)
    }
}
