import PlanwerkModel

/// `strategicGoals.missing` (error): a detail form that names no strategic goal reference such as "3.1"
/// ("Zuordnung erfolgt später" is missing too). `strategicGoals.unknown` (error): a reference the
/// catalogue (inputs/strategic-goals.xml) does not hold; only checked when a catalogue is configured.
public struct StrategicGoalsRule: ValidationRule {
    /// Creates the rule.
    public init() {}
    /// The ids.
    public var ids: [String] { ["strategicGoals.missing", "strategicGoals.unknown"] }

    /// Checks every recommendation with a detail form.
    public func check(_ record: MeetingRecord, context: ValidationContext) -> [Finding] {
        var out: [Finding] = []
        for rec in record.recommendations {
            guard let d = rec.details else { continue }
            if d.strategicGoals.refs.isEmpty {
                let detail = d.strategicGoals.text.map { " („\($0.prefix(80))“)" } ?? ""
                out.append(.about(rec, rule: "strategicGoals.missing", field: "details.strategicGoals", severity: .error,
                                  "Bezug zu den strategischen Zielen fehlt bei „\(rec.title)“\(detail). Bitte die Nummer des strategischen Ziels angeben, z. B. „(3.1)“."))
            } else if let catalog = context.catalog {
                for ref in d.strategicGoals.refs where catalog.goal(ref) == nil {
                    out.append(.about(rec, rule: "strategicGoals.unknown", field: "details.strategicGoals", severity: .error,
                                      "„\(rec.title)“ verweist auf das strategische Ziel \(ref), das im Zielkatalog „\(catalog.title)“ nicht vorkommt. Bitte Nummer prüfen oder den Katalog ergänzen."))
                }
            }
        }
        return out
    }
}
