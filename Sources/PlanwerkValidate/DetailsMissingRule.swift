import PlanwerkModel

/// `details.missing` (info): the meeting decided on a recommendation, but no source holds its detail form.
public struct DetailsMissingRule: ValidationRule {
    /// Creates the rule.
    public init() {}
    /// The ids.
    public var ids: [String] { ["details.missing"] }

    /// Checks every decision.
    public func check(_ record: MeetingRecord, context: ValidationContext) -> [Finding] {
        record.recommendations.compactMap { rec in
            guard rec.includedInDossier != nil, rec.details == nil else { return nil }
            return .about(rec, rule: "details.missing", field: "details", severity: .info,
                          "Zu „\(rec.title)“ liegt in den Quellen dieser Sitzung kein Detailformular vor; Mitteleinsatz, Art der Leistung und strategische Ziele sind daher nicht prüfbar.")
        }
    }
}
