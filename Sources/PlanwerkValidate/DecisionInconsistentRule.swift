import PlanwerkModel

/// `decision.inconsistent` (error): the decision's assessment and its dossier decision contradict the profile,
/// e.g. "weniger steuerungsrelevant" but taken into the dossier, or "steuerungsrelevant" but not taken in.
public struct DecisionInconsistentRule: ValidationRule {
    /// Creates the rule.
    public init() {}
    /// The ids.
    public var ids: [String] { ["decision.inconsistent"] }

    /// Checks every decision of the meeting.
    public func check(_ record: MeetingRecord, context: ValidationContext) -> [Finding] {
        record.recommendations.compactMap { rec in
            guard let included = rec.includedInDossier, let relevance = rec.relevance else { return nil }
            let shouldBeIncluded = context.profile.dossierRelevance.contains(relevance)
            guard included != shouldBeIncluded else { return nil }
            let label = context.profile.relevanceLabels.first { $0.value == relevance }?.label ?? relevance.rawValue
            let what = included ? "aber in das Planungsdossier aufgenommen" : "aber nicht in das Planungsdossier aufgenommen"
            return .about(rec, rule: "decision.inconsistent", field: "relevance", severity: .error,
                          "„\(rec.title)“ ist als „\(label)“ eingeschätzt, \(what). Bitte Einschätzung oder Entscheidung im Protokoll prüfen.")
        }
    }
}
