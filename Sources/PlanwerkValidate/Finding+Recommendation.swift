import PlanwerkModel

extension Finding {
    /// A finding about a recommendation, located where the recommendation is stated.
    static func about(_ rec: Recommendation, rule: String, field: String?, severity: Severity, _ message: String) -> Finding {
        Finding(rule: rule, severity: severity, recommendation: rec.title, message: message, evidence: rec.evidence, field: field)
    }
}
