// PlanwerkMerge: records per source to one record per meeting (same body and date). Items that several
// sources or places state become one item whose evidence lists every source.
import PlanwerkModel
import PlanwerkText

/// Merges source records into meeting records and de-duplicates their items.
public struct RecordMerger: Sendable {
    /// Creates a merger.
    public init() {}

    /// One record per meeting id, sorted by id; sources in the order given.
    public func merge(_ records: [MeetingRecord]) -> [MeetingRecord] {
        var order: [String] = []
        var groups: [String: [MeetingRecord]] = [:]
        for r in records {
            if groups[r.id] == nil { order.append(r.id) }
            groups[r.id, default: []].append(r)
        }
        return order.sorted().map { mergeMeeting(groups[$0]!) }
    }

    /// Merges the records of one meeting.
    public func mergeMeeting(_ records: [MeetingRecord]) -> MeetingRecord {
        var out = records[0]
        out.recommendations = []
        out.agenda = []
        out.goalProposals = []
        out.resolutionProposals = []
        out.agreements = []
        out.goalConclusions = []
        out.nextMeetings = []
        out.findings = []
        out.sources = []
        var agenda = TitledItems<AgendaItem>(), goals = TitledItems<GoalProposal>()
        var recommendations = TitledItems<Recommendation>(), proposals = TitledItems<ResolutionProposal>()
        var agreements = TitledItems<String>()
        for r in records {
            for s in r.sources where !out.sources.contains(s) { out.sources.append(s) }
            out.location = out.location ?? r.location
            out.online = out.online || r.online
            out.sessionNumber = out.sessionNumber ?? r.sessionNumber
            for item in r.agenda { mergeAgendaItem(item, into: &agenda) }
            for g in r.goalProposals { mergeGoal(g, into: &goals) }
            for c in r.goalConclusions { Self.mergeStatement(c, into: &out.goalConclusions) }
            for rec in r.recommendations { mergeRecommendation(rec, into: &recommendations) }
            for p in r.resolutionProposals { mergeProposal(p, into: &proposals) }
            for a in r.agreements {
                let key = TitleKey(a)
                if agreements.index(of: key) == nil { agreements.append(a, key: key) }
            }
            for n in r.nextMeetings { mergeNext(n, into: &out.nextMeetings) }
            for f in r.findings where !out.findings.contains(where: { $0.rule == f.rule && $0.recommendation == f.recommendation && $0.message == f.message }) {
                out.findings.append(f)
            }
        }
        out.agenda = agenda.items
        out.goalProposals = goals.items
        out.recommendations = recommendations.items
        out.resolutionProposals = proposals.items
        out.agreements = agreements.items
        out.nextMeetings.sort { $0.date < $1.date }
        for i in out.agenda.indices { out.agenda[i].position = i + 1 }
        return out
    }

    func mergeAgendaItem(_ item: AgendaItem, into list: inout TitledItems<AgendaItem>) {
        let key = TitleKey(item.title)
        if let i = list.index(of: key) {
            list[i].evidence.mergeEvidence(item.evidence)
            for sub in item.items where !list[i].items.contains(sub) { list[i].items.append(sub) }
        } else {
            list.append(item, key: key)
        }
    }

    /// Adds a statement unless the list has it (tolerantly); a statement one source cut short ("… die sog.")
    /// gives way to the complete one.
    static func mergeStatement(_ text: String, into list: inout [String]) {
        let key = TitleKey(text)
        for (i, existing) in list.enumerated() {
            let other = TitleKey(existing)
            if other.sameTitle(as: key) || other.normalized.hasPrefix(key.normalized) { return }
            if key.normalized.hasPrefix(other.normalized) { list[i] = text; return }
        }
        list.append(text)
    }

    func mergeGoal(_ g: GoalProposal, into list: inout TitledItems<GoalProposal>) {
        let key = TitleKey(g.title)
        if let i = list.index(of: key, also: { $0.year == g.year }) {
            list[i].agree = list[i].agree ?? g.agree
            list[i].disagree = list[i].disagree ?? g.disagree
            if list[i].agree != nil && list[i].disagree != nil { list[i].rawVotes = nil }
            for c in g.comments where !list[i].comments.contains(c) { list[i].comments.append(c) }
            list[i].evidence.mergeEvidence(g.evidence)
        } else {
            list.append(g, key: key)
        }
    }

    /// Joins a recommendation into the list: decision, form and status row of one title become one item.
    func mergeRecommendation(_ rec: Recommendation, into list: inout TitledItems<Recommendation>) {
        let key = TitleKey(rec.title)
        guard let i = list.index(of: key) else {
            list.append(rec, key: key)
            return
        }
        var m = list[i]
        // A decision's values win over a status table's.
        if rec.includedInDossier != nil, m.includedInDossier == nil {
            m.includedInDossier = rec.includedInDossier
            m.relevance = rec.relevance ?? m.relevance
            m.dossier = rec.dossier ?? m.dossier
            m.year = rec.year ?? m.year
        } else {
            m.relevance = m.relevance ?? rec.relevance
            m.dossier = m.dossier ?? rec.dossier
            m.year = m.year ?? rec.year
        }
        m.status = m.status ?? rec.status
        m.field = m.field ?? rec.field
        for c in rec.comments where !m.comments.contains(c) { m.comments.append(c) }
        if let d = rec.details { m.details = m.details.map { mergeDetails($0, d) } ?? d }
        m.evidence.mergeEvidence(rec.evidence)
        list[i] = m
    }

    /// Field by field, the fuller text wins; parsed values come with their text.
    func mergeDetails(_ a: RecommendationDetails, _ b: RecommendationDetails) -> RecommendationDetails {
        func pick(_ x: String?, _ y: String?) -> String? { (y?.count ?? 0) > (x?.count ?? 0) ? y : x }
        var d = a
        d.description = pick(a.description, b.description)
        d.initialSituation = pick(a.initialSituation, b.initialSituation)
        d.goals = pick(a.goals, b.goals)
        if (b.annualBudget.text?.count ?? 0) > (a.annualBudget.text?.count ?? 0) { d.annualBudget = b.annualBudget }
        if (b.serviceType.text?.count ?? 0) > (a.serviceType.text?.count ?? 0) { d.serviceType = b.serviceType }
        d.resourceImpact = pick(a.resourceImpact, b.resourceImpact)
        if (b.strategicGoals.text?.count ?? 0) > (a.strategicGoals.text?.count ?? 0) { d.strategicGoals = b.strategicGoals }
        d.interactions = pick(a.interactions, b.interactions)
        d.steeringGroupAssessment = pick(a.steeringGroupAssessment, b.steeringGroupAssessment)
        d.developedBy = pick(a.developedBy, b.developedBy)
        d.responsible = pick(a.responsible, b.responsible)
        return d
    }

    func mergeProposal(_ p: ResolutionProposal, into list: inout TitledItems<ResolutionProposal>) {
        let key = TitleKey(p.approach)
        if let i = list.index(of: key) {
            if p.text.count > list[i].text.count { list[i].text = p.text }
            for a in p.alternatives where !list[i].alternatives.contains(where: { TitleKey($0).sameTitle(as: TitleKey(a)) }) {
                list[i].alternatives.append(a)
            }
            list[i].evidence.mergeEvidence(p.evidence)
        } else {
            list.append(p, key: key)
        }
    }

    func mergeNext(_ n: NextMeeting, into list: inout [NextMeeting]) {
        if let i = list.firstIndex(where: { $0.date == n.date }) {
            list[i].start = list[i].start ?? n.start
            list[i].end = list[i].end ?? n.end
            list[i].location = list[i].location ?? n.location
            list[i].note = list[i].note ?? n.note
            list[i].evidence.mergeEvidence(n.evidence)
        } else {
            list.append(n)
        }
    }
}
