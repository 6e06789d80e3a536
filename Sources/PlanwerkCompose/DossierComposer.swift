import PlanwerkModel
import PlanwerkReport
import PlanwerkText

/// Assembles the Planungsdossier of one Fokus year from all records: the year is the one the decision
/// sentence names ("Sozialplanung Fokus 2023"), which need not be the meeting's year; a recommendation
/// found in several records is one entry.
public struct DossierComposer: Sendable {
    let profile: Profile
    let fieldAssignments: [String: String]
    let foreword: String?
    let date: String

    /// Creates a composer; `foreword` may use {jahr} and {kreis}; without one (nil or blank) the dossier is a draft.
    public init(profile: Profile, fieldAssignments: [String: String], foreword: String?, date: String) {
        self.profile = profile
        self.fieldAssignments = fieldAssignments
        self.foreword = foreword.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        self.date = date
    }

    /// The Fokus years the records hold decisions or goal proposals for, ascending.
    public static func years(_ records: [MeetingRecord]) -> [Int] {
        var years = Set<Int>()
        for r in records {
            for rec in r.recommendations where rec.includedInDossier != nil { if let y = rec.year { years.insert(y) } }
            for g in r.goalProposals { if let y = g.year { years.insert(y) } }
        }
        return years.sorted()
    }

    /// The dossier of `year`: the recommendations decided for that year, the earlier years' status rows as the
    /// last meeting up to that year stated them (never a later one), and the meetings it used as sources.
    public func compose(_ records: [MeetingRecord], year: Int) -> Dossier {
        let sorted = records.sorted { $0.date < $1.date }
        var taken: [Dossier.Entry] = [], notTaken: [Dossier.Entry] = [], earlier: [Dossier.Entry] = []
        var goals: [Dossier.Goal] = []
        var conclusions: [String] = []
        var used: [MeetingRecord] = []
        var statusSource: MeetingRecord?
        for record in sorted {
            var contributes = false
            for g in record.goalProposals where g.year == year && !goals.contains(where: { TitleKey($0.title).sameTitle(as: TitleKey(g.title)) }) {
                goals.append(Dossier.Goal(title: g.title, agree: g.agree, disagree: g.disagree))
                contributes = true
            }
            // The conclusions of the meeting that voted on this year's proposals.
            if record.goalProposals.contains(where: { $0.year == year }) {
                for c in record.goalConclusions where !conclusions.contains(c) { conclusions.append(c) }
            }
            for rec in record.recommendations where rec.year == year && rec.includedInDossier != nil {
                let entry = self.entry(rec, record, reason: rec.includedInDossier == true ? nil : reason(rec))
                if rec.includedInDossier == true { Self.add(entry, to: &taken) } else { Self.add(entry, to: &notTaken) }
                contributes = true
            }
            if contributes { used.append(record) }
            let hasStatus = record.recommendations.contains { $0.status != nil && ($0.year ?? year) < year }
            if hasStatus, (Int(record.date.prefix(4)) ?? Int.max) <= year { statusSource = record }
        }
        // The status table of the latest meeting up to the Fokus year.
        if let record = statusSource {
            for rec in record.recommendations where rec.status != nil && (rec.year ?? year) < year { Self.add(entry(rec, record, reason: nil), to: &earlier) }
            if !used.contains(where: { $0.id == record.id }) { used.append(record) }
        }
        notTaken.removeAll { n in taken.contains { TitleKey($0.title).sameTitle(as: TitleKey(n.title)) } }
        earlier.sort { a, b in (a.year ?? 0) != (b.year ?? 0) ? (a.year ?? 0) < (b.year ?? 0) : GermanCollation.precedes(a.title, b.title) }
        let sources = used.sorted { $0.date < $1.date }.map { "Protokoll der Sitzung der \($0.body) vom \(GermanFormat.date($0.date))" }
        let text = foreword.map { $0.replacingOccurrences(of: "{jahr}", with: String(year)).replacingOccurrences(of: "{kreis}", with: profile.kreis) }
        var dossier = Dossier(year: year, title: profile.dossierName(year: year), kreis: profile.kreis, foreword: text, goals: goals,
                              conclusions: conclusions, takenIn: taken, notTakenIn: notTaken, earlier: earlier, sources: sources, date: date)
        dossier.unreleased = used.sorted { $0.date < $1.date }.filter { $0.release == nil }.map(PaperFields.releaseGap)
        return dossier
    }

    /// Adds an entry, or merges it into the entry of the same recommendation (details and comments kept).
    static func add(_ entry: Dossier.Entry, to list: inout [Dossier.Entry]) {
        let key = TitleKey(entry.title)
        guard let i = list.firstIndex(where: { TitleKey($0.title).sameTitle(as: key) }) else {
            list.append(entry)
            return
        }
        if list[i].details.isEmpty { list[i].details = entry.details }
        if list[i].relevance.isEmpty { list[i].relevance = entry.relevance; list[i].relevanceKey = entry.relevanceKey }
        if list[i].status.isEmpty { list[i].status = entry.status }
    }

    func entry(_ rec: Recommendation, _ record: MeetingRecord, reason: String?) -> Dossier.Entry {
        let key = TitleKey(rec.title)
        let field = rec.field ?? fieldAssignments.first { TitleKey($0.key).sameTitle(as: key) }?.value ?? Dossier.unassigned
        return Dossier.Entry(id: Slug.make(rec.title), title: rec.title, field: field, relevance: rec.relevance?.germanLabel ?? "",
                             relevanceKey: rec.relevance?.rawValue ?? "", year: rec.year, status: rec.status?.rawValue ?? "",
                             meetingDate: GermanFormat.date(record.date), details: rec.details.map(Self.rows) ?? [], reason: reason)
    }

    func reason(_ rec: Recommendation) -> String {
        if let r = rec.relevance { return "als \(r.germanLabel) eingeschätzt" }
        return "nicht in das Planungsdossier aufgenommen"
    }

    static func rows(_ d: RecommendationDetails) -> [(label: String, value: String)] {
        let budget = d.annualBudget.amountEUR.map { EuroFormat.euros($0) + (d.annualBudget.text.map { " (\($0))" } ?? "") } ?? d.annualBudget.text
        let service: String? = d.serviceType.kind == .voluntary ? "freiwillige Leistung" : d.serviceType.kind == .mandatory ? "Pflichtleistung" : d.serviceType.text
        let pairs: [(String, String?)] = [
            ("Beschreibung der Empfehlung", d.description), ("Ausgangslage", d.initialSituation), ("Ziele/Effekte/Wirkungen", d.goals),
            ("Mitteleinsatz (jährlich)", budget), ("Art der Leistung", service), ("Auswirkungen auf Ressourcen", d.resourceImpact),
            ("Bezug zu den strategischen Zielen", d.strategicGoals.text), ("Wechselwirkungen", d.interactions),
            ("Einschätzung der Steuerungsgruppe", d.steeringGroupAssessment), ("Entwickelt von", d.developedBy),
            ("Verantwortlich für die Umsetzung", d.responsible),
        ]
        return pairs.compactMap { label, value in value.flatMap { $0.isEmpty ? nil : (label: label, value: $0) } }
    }
}
