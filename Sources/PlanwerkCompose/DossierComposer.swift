import PlanwerkModel
import PlanwerkReport
import PlanwerkText

/// Assembles the Planungsdossier of one Fokus year from all records: the year is the one the decision
/// sentence names ("Sozialplanung Fokus 2023"), which need not be the meeting's year; a recommendation
/// found in several records is one entry.
public struct DossierComposer: Sendable {
    let profile: Profile
    let fieldAssignments: [String: String]
    let foreword: String
    let date: String

    /// Creates a composer; `foreword` may use {jahr} and {kreis}.
    public init(profile: Profile, fieldAssignments: [String: String], foreword: String?, date: String) {
        self.profile = profile
        self.fieldAssignments = fieldAssignments
        self.foreword = foreword ?? "Vorwort zum Planungsdossier {jahr} des {kreis} – bitte in inputs/dossier-vorwort.txt ergänzen."
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

    /// The dossier of `year`.
    public func compose(_ records: [MeetingRecord], year: Int) -> Dossier {
        let sorted = records.sorted { $0.date < $1.date }
        var taken: [Dossier.Entry] = [], notTaken: [Dossier.Entry] = [], earlier: [Dossier.Entry] = []
        var goals: [Dossier.Goal] = []
        var used: [MeetingRecord] = []
        var titles: [String] = []
        for record in sorted {
            var contributes = false
            for g in record.goalProposals where g.year == year && !goals.contains(where: { TitleKey($0.title).sameTitle(as: TitleKey(g.title)) }) {
                goals.append(Dossier.Goal(title: g.title, agree: g.agree, disagree: g.disagree, comments: g.comments))
                contributes = true
            }
            for rec in record.recommendations {
                let decided = rec.year == year && rec.includedInDossier != nil
                if decided {
                    let entry = self.entry(rec, record, reason: rec.includedInDossier == true ? nil : reason(rec))
                    if rec.includedInDossier == true { Self.add(entry, to: &taken) } else { Self.add(entry, to: &notTaken) }
                    titles.append(rec.title)
                    contributes = true
                } else if rec.status != nil, let y = rec.year, y < year {
                    Self.add(entry(rec, record, reason: nil), to: &earlier)
                    contributes = true
                }
            }
            if contributes { used.append(record) }
        }
        notTaken.removeAll { n in taken.contains { TitleKey($0.title).sameTitle(as: TitleKey(n.title)) } }
        earlier.sort { ($0.year ?? 0, $0.title) < ($1.year ?? 0, $1.title) }
        let keys = titles.map(TitleKey.init)
        let findings = used.flatMap { r in
            r.findings.filter { f in f.recommendation.map { t in keys.contains { $0.sameTitle(as: TitleKey(t)) } } ?? false }
                .map { Dossier.OpenFinding(severity: Self.severity($0.severity), recommendation: $0.recommendation ?? "", message: $0.message) }
        }
        let sources = used.flatMap { r in
            r.sources.map { "\($0.file) (\(Self.kind($0.kind)), SHA-256 \($0.sha256.prefix(12))…) – Sitzung vom \(GermanFormat.date(r.date))" }
        }
        let text = foreword.replacingOccurrences(of: "{jahr}", with: String(year)).replacingOccurrences(of: "{kreis}", with: profile.kreis)
        return Dossier(year: year, title: profile.dossierName(year: year), kreis: profile.kreis, foreword: text, goals: goals,
                       takenIn: taken, notTakenIn: notTaken, earlier: earlier, findings: findings, sources: sources, date: date)
    }

    /// Adds an entry, or merges it into the entry of the same recommendation (details and comments kept).
    static func add(_ entry: Dossier.Entry, to list: inout [Dossier.Entry]) {
        let key = TitleKey(entry.title)
        guard let i = list.firstIndex(where: { TitleKey($0.title).sameTitle(as: key) }) else {
            list.append(entry)
            return
        }
        if list[i].details.isEmpty { list[i].details = entry.details }
        for c in entry.comments where !list[i].comments.contains(c) { list[i].comments.append(c) }
        if list[i].relevance.isEmpty { list[i].relevance = entry.relevance; list[i].relevanceKey = entry.relevanceKey }
        if list[i].status.isEmpty { list[i].status = entry.status }
        list[i].sources += entry.sources.filter { !list[i].sources.contains($0) }
    }

    func entry(_ rec: Recommendation, _ record: MeetingRecord, reason: String?) -> Dossier.Entry {
        let key = TitleKey(rec.title)
        let field = rec.field ?? fieldAssignments.first { TitleKey($0.key).sameTitle(as: key) }?.value ?? Dossier.unassigned
        return Dossier.Entry(id: Slug.make(rec.title), title: rec.title, field: field, relevance: rec.relevance?.germanLabel ?? "",
                             relevanceKey: rec.relevance?.rawValue ?? "", year: rec.year, status: rec.status?.rawValue ?? "",
                             meetingDate: GermanFormat.date(record.date), comments: rec.comments, details: rec.details.map(Self.rows) ?? [],
                             reason: reason, sources: rec.evidence.map { e in "\(e.file)\(e.page.map { ", Seite \($0)" } ?? "")\(e.line.map { ", Zeile \($0)" } ?? "")" })
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
        return pairs.map { (label: $0.0, value: ($0.1?.isEmpty == false ? $0.1! : "keine Angabe")) }
    }

    static func severity(_ s: Severity) -> String {
        switch s {
        case .error: return "Fehler"
        case .warning: return "Warnung"
        case .info: return "Hinweis"
        }
    }

    static func kind(_ k: SourceKind) -> String {
        switch k {
        case .text: return "Text"
        case .pdf: return "PDF"
        case .ocr: return "PDF, Texterkennung"
        }
    }
}
