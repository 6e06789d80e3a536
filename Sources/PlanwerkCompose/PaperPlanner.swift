import PlanwerkConfig
import PlanwerkModel
import PlanwerkText

/// Decides which recommendations get a council paper (those taken into the Planungsdossier, plus any
/// named), numbers them by their place among the year's papers (sorted by meeting date and title, so the
/// same records always give the same numbers), and routes them through the committees.
public struct PaperPlanner: Sendable {
    /// The settings (numbering, routes, calendar, Handlungsfeld assignments).
    public let settings: CouncilSettings

    /// Creates a planner.
    public init(settings: CouncilSettings) { self.settings = settings }

    /// The papers of one type for the records: every recommendation taken into the dossier, and those
    /// `named` explicitly (record id and title).
    public func plan(_ records: [MeetingRecord], type: String, named: [(recordID: String, title: String)] = []) -> [PlannedPaper] {
        var chosen: [(MeetingRecord, Recommendation)] = []
        for record in records {
            for rec in record.recommendations {
                let isNamed = named.contains { $0.recordID == record.id && $0.title == rec.title }
                if rec.includedInDossier == true || isNamed { chosen.append((record, rec)) }
            }
        }
        chosen.sort { ($0.0.date, $0.1.title) < ($1.0.date, $1.1.title) }
        let numbering = settings.numbering[type] ?? CouncilSettings.Numbering(abbreviation: type == "beschlussvorlage" ? "BV" : "MV", start: 1, digits: 3)
        var perYear: [String: Int] = [:]
        return chosen.map { record, rec in
            let year = String(record.date.prefix(4))
            let index = perYear[year, default: 0]
            perYear[year] = index + 1
            return PlannedPaper(record: record, recommendation: rec, number: number(numbering, year: year, index: index))
        }
    }

    func number(_ n: CouncilSettings.Numbering, year: String, index: Int) -> String {
        let digits = String(n.start + index)
        let padded = String(repeating: "0", count: max(0, n.digits - digits.count)) + digits
        return settings.numberPattern.replacingOccurrences(of: "{kuerzel}", with: n.abbreviation)
            .replacingOccurrences(of: "{jahr}", with: year).replacingOccurrences(of: "{nummer}", with: padded)
    }

    /// The Handlungsfeld: the record's, else the assignment file's (titles matched tolerantly).
    public func field(of rec: Recommendation) -> String? {
        if let f = rec.field, !f.isEmpty { return f }
        let key = TitleKey(rec.title)
        return settings.fieldAssignments.first { TitleKey($0.key).sameTitle(as: key) }?.value
    }

    /// The Beratungsfolge: the route of the Handlungsfeld (or the default route), each committee's first
    /// meeting after the previous step (the first after `date`).
    public func consultation(field: String?, after date: String) -> [ConsultationStep] {
        let route = field.flatMap { settings.routes[$0] } ?? settings.defaultRoute
        var last = date
        return route.map { step in
            let meetings = settings.committees.first { $0.name == step.committee }?.meetings.sorted() ?? []
            let next = meetings.first { $0 > last }
            if let next { last = next }
            return ConsultationStep(date: next, committee: step.committee, role: step.role)
        }
    }
}
