import PlanwerkModel
import PlanwerkText

/// `recommendation.duplicate` (warning; error when the results differ): one source decides on the same
/// recommendation twice. Runs on each source's record before sources are merged.
public struct RecommendationDuplicateRule: Sendable {
    /// Creates the rule.
    public init() {}
    /// The id.
    public static let id = "recommendation.duplicate"

    /// The findings for one source's record.
    public func check(source record: MeetingRecord) -> [Finding] {
        var findings: [Finding] = []
        var seen: [Recommendation] = []
        var index = TitleIndex()
        for d in record.recommendations where d.includedInDossier != nil {
            let key = TitleKey(d.title)
            guard let position = index.first(sameTitleAs: key) else {
                seen.append(d)
                index.append(key)
                continue
            }
            let first = seen[position]
            let conflict = first.relevance != d.relevance || first.includedInDossier != d.includedInDossier
            let message = "Die Handlungsempfehlung „\(d.title)“ wird in \(d.evidence.first?.file ?? "diesem Protokoll") mehrfach entschieden"
                + (conflict ? ", mit widersprüchlichem Ergebnis. Bitte das gültige Ergebnis festhalten." : ". Bitte die doppelte Entscheidung streichen.")
            findings.append(Finding(rule: Self.id, severity: conflict ? .error : .warning, recommendation: first.title,
                                    message: message, evidence: first.evidence + d.evidence, field: "includedInDossier"))
        }
        return findings
    }
}
