import PlanwerkModel

/// `serviceType.missing` (error): a detail form without Art der Leistung.
/// `serviceType.unclassified` (error): Art der Leistung says neither freiwillige Leistung nor Pflichtleistung.
public struct ServiceTypeRule: ValidationRule {
    /// Creates the rule.
    public init() {}
    /// The ids.
    public var ids: [String] { ["serviceType.missing", "serviceType.unclassified"] }

    /// Checks every recommendation with a detail form.
    public func check(_ record: MeetingRecord, context: ValidationContext) -> [Finding] {
        record.recommendations.compactMap { rec in
            guard let d = rec.details, d.serviceType.kind == nil else { return nil }
            guard let text = d.serviceType.text else {
                return .about(rec, rule: "serviceType.missing", field: "details.serviceType", severity: .error,
                              "Art der Leistung fehlt im Detailformular von „\(rec.title)“. Bitte „freiwillige Leistung“ oder „Pflichtleistung“ angeben.")
            }
            return .about(rec, rule: "serviceType.unclassified", field: "details.serviceType", severity: .error,
                          "Art der Leistung von „\(rec.title)“ ist weder als freiwillige Leistung noch als Pflichtleistung erkennbar („\(text.prefix(80))“). Bitte eindeutig angeben.")
        }
    }
}
