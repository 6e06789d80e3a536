import PlanwerkModel

/// `votes.unreadable` (warning): a goal proposal whose vote cell is not a clean count (OCR "l5", an empty cell).
public struct VotesUnreadableRule: ValidationRule {
    /// Creates the rule.
    public init() {}
    /// The ids.
    public var ids: [String] { ["votes.unreadable"] }

    /// Checks every goal proposal.
    public func check(_ record: MeetingRecord, context: ValidationContext) -> [Finding] {
        record.goalProposals.compactMap { g in
            guard g.agree == nil || g.disagree == nil else { return nil }
            let raw = g.rawVotes ?? []
            func describe(_ i: Int, _ name: String) -> String? {
                let value = i < raw.count ? raw[i] : ""
                return value.isEmpty ? "„\(name)“ ist leer" : "„\(name)“ lautet „\(value)“"
            }
            var parts: [String] = []
            if g.agree == nil, let p = describe(0, "Stimme zu") { parts.append(p) }
            if g.disagree == nil, let p = describe(1, "Passt für mich nicht") { parts.append(p) }
            return Finding(rule: "votes.unreadable", severity: .warning, recommendation: nil,
                           message: "Stimmen zum Zielvorschlag „\(g.title)“ nicht lesbar: \(parts.joined(separator: ", ")). Bitte die Zahl aus dem Original übertragen.",
                           evidence: g.evidence, field: "goalProposals")
        }
    }
}
