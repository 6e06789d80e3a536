import PlanwerkModel

/// Runs the rules over a record: findings of earlier validation runs are replaced, extraction findings kept.
public struct Validator: Sendable {
    /// The rules, in report order.
    public static let rules: [any ValidationRule] = [
        BudgetMissingRule(), BudgetImplausibleRule(), BudgetArithmeticRule(), ServiceTypeRule(), StrategicGoalsRule(),
        DecisionInconsistentRule(), VotesUnreadableRule(), DetailsMissingRule(),
    ]

    /// What the rules may consult.
    public let context: ValidationContext

    /// Creates a validator.
    public init(context: ValidationContext) { self.context = context }

    /// The record with fresh findings, sorted by severity, recommendation and rule.
    public func validate(_ record: MeetingRecord) -> MeetingRecord {
        let ruleIDs = Set(Self.rules.flatMap(\.ids))
        var out = record
        var findings = record.findings.filter { !ruleIDs.contains($0.rule) }
        for rule in Self.rules { findings += rule.check(record, context: context) }
        out.findings = findings.sorted {
            ($0.severity, $0.recommendation ?? "", $0.rule) < ($1.severity, $1.recommendation ?? "", $1.rule)
        }
        return out
    }
}
