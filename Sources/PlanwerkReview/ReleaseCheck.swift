import PlanwerkModel

/// Whether a meeting may be released, and whether its last release still holds. A release needs every fact a
/// paper uses confirmed or corrected, no open error finding, and (four eyes) a releasing person other than the
/// last one who corrected or confirmed; it holds while those facts keep the values they had.
public enum ReleaseCheck {
    /// The fields of a recommendation a council paper states.
    public static let paperFields = ["relevance", "includedInDossier", "dossier", "details.description", "details.initialSituation",
                                     "details.goals", "details.annualBudget.amountEUR", "details.serviceType.kind", "details.strategicGoals.refs"]

    /// The keys of the facts the papers of this meeting use: the meeting's date, and the paper fields of every
    /// recommendation taken into the dossier.
    public static func usedKeys(_ record: MeetingRecord) -> [String] {
        ["meeting/date"] + record.recommendations.filter { $0.includedInDossier == true }.flatMap { rec in
            paperFields.map { "recommendations/\(RecordFacts.itemKey(rec.title))/\($0)" }
        }
    }

    /// The used facts' current values.
    public static func usedValues(_ record: MeetingRecord) -> [String: FactValue] {
        Dictionary(usedKeys(record).map { ($0, RecordFacts.value($0, in: record) ?? .null) }, uniquingKeysWith: { a, _ in a })
    }

    /// Why `author` may not release the record now (empty: may).
    public static func problems(_ record: MeetingRecord, states: [String: Fact.State], corrections: [Correction], author: String,
                                fourEyes: Bool) -> [String] {
        var out: [String] = []
        let unchecked = usedKeys(record).filter { states[$0] != .confirmed && states[$0] != .corrected }
        if !unchecked.isEmpty {
            out.append("nicht bestätigt oder berichtigt: \(unchecked.joined(separator: ", ")) (planwerk confirm \(record.id) …)")
        }
        let errors = record.findings.filter { $0.severity == .error }
        if !errors.isEmpty { out.append("offene Fehler: \(errors.map(\.message).joined(separator: " | "))") }
        if fourEyes, let last = corrections.last(where: { $0.action != .undo })?.author, last == author {
            out.append("Vier-Augen-Prinzip: \(author) hat zuletzt berichtigt oder bestätigt; freigeben muss eine andere Person")
        }
        return out
    }

    /// The release in force: the last one whose facts still have their values; a finding when the last release
    /// was withdrawn by a change.
    public static func status(_ record: MeetingRecord, releases: [Release]) -> (release: Release?, finding: Finding?) {
        guard let last = releases.last else { return (nil, nil) }
        let now = usedValues(record)
        let changed = Set(last.facts.keys).union(now.keys).filter { last.facts[$0] != now[$0] }.sorted()
        if changed.isEmpty { return (last, nil) }
        let finding = Finding(rule: "release.withdrawn", severity: .warning, recommendation: nil,
                              message: "Die Freigabe durch \(last.author) (\(last.time)) gilt nicht mehr: geändert hat sich \(changed.joined(separator: ", ")). Bitte prüfen und neu freigeben.",
                              evidence: [], field: "release")
        return (nil, finding)
    }
}
