import PlanwerkModel

/// One German summary line per record.
enum Summary {
    static func line(_ r: MeetingRecord, path: String) -> String {
        let decisions = r.recommendations.filter { $0.includedInDossier != nil }.count
        let errors = r.findings.filter { $0.severity == .error }.count
        return "Sitzung \(r.date) \(r.body): \(r.sources.count) Quelle\(r.sources.count == 1 ? "" : "n"), "
            + "\(decisions) Entscheidung\(decisions == 1 ? "" : "en"), \(r.goalProposals.count) Zielvorschl\(r.goalProposals.count == 1 ? "ag" : "äge"), "
            + "\(r.findings.count) Befund\(r.findings.count == 1 ? "" : "e") (\(errors) Fehler) -> \(path)"
    }
}
