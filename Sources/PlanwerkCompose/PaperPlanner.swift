import PlanwerkConfig
import PlanwerkModel
import PlanwerkText

/// Decides which recommendations get a council paper (those taken into the Planungsdossier, plus any
/// named), gives each its Vorlagen-Nr. from the office's register (once per meeting, recommendation and
/// kind; new numbers continue the year's series in the order of meeting date and German title order), and
/// routes it through the committees.
public struct PaperPlanner: Sendable {
    /// The settings (numbering, routes, calendar, Handlungsfeld assignments).
    public let settings: CouncilSettings

    /// Creates a planner.
    public init(settings: CouncilSettings) { self.settings = settings }

    /// The papers of one kind for the recommendations `selected` (by default those taken into the dossier).
    /// Papers not in `register` get the next free number and `date`; the register with the new entries comes back.
    public func plan(_ records: [MeetingRecord], kind: String, selected: (MeetingRecord, Recommendation) -> Bool = PaperPlanner.takenIntoDossier,
                     register: PaperRegister, date: String) -> (papers: [PlannedPaper], register: PaperRegister) {
        var chosen: [(MeetingRecord, Recommendation)] = []
        for record in records {
            for rec in record.recommendations where selected(record, rec) { chosen.append((record, rec)) }
        }
        chosen.sort { a, b in a.0.date != b.0.date ? a.0.date < b.0.date : GermanCollation.precedes(a.1.title, b.1.title) }
        let numbering = settings.numbering[kind] ?? CouncilSettings.Numbering(abbreviation: kind == "beschlussvorlage" ? "BV" : "MV", start: 1, digits: 3)
        let year = Int(date.prefix(4)) ?? 0
        var register = register
        let papers = chosen.map { record, rec -> PlannedPaper in
            let key = TitleKey(rec.title)
            if let entry = register.entry(kind: kind, meeting: record.id, sameTitle: { TitleKey($0).sameTitle(as: key) }) {
                return PlannedPaper(record: record, recommendation: rec, entry: entry, isNew: false)
            }
            var serial = register.nextSerial(kind: kind, year: year, start: numbering.start)
            // A pattern without {jahr} (or a hand-edited register) may already hold the number: never give it twice.
            while register.entries.contains(where: { $0.number == number(numbering, year: year, serial: serial) }) { serial = serial &+ 1 }
            let entry = PaperRegister.Entry(number: number(numbering, year: year, serial: serial), kind: kind, year: year, serial: serial,
                                            meeting: record.id, recommendation: rec.title, date: date)
            register.entries.append(entry)
            return PlannedPaper(record: record, recommendation: rec, entry: entry, isNew: true)
        }
        return (papers, register)
    }

    /// The default selection: a recommendation the meeting took into the Planungsdossier.
    public static func takenIntoDossier(_ record: MeetingRecord, _ rec: Recommendation) -> Bool { rec.includedInDossier == true }

    func number(_ n: CouncilSettings.Numbering, year: Int, serial: Int) -> String {
        let digits = String(serial)
        let padded = String(repeating: "0", count: max(0, n.digits - digits.count)) + digits
        return settings.numberPattern.replacingOccurrences(of: "{kuerzel}", with: n.abbreviation)
            .replacingOccurrences(of: "{jahr}", with: String(year)).replacingOccurrences(of: "{nummer}", with: padded)
    }

    /// The Handlungsfeld: the record's, else the assignment file's (titles matched tolerantly).
    public func field(of rec: Recommendation) -> String? {
        if let f = rec.field, !f.isEmpty { return f }
        let key = TitleKey(rec.title)
        return settings.fieldAssignments.first { TitleKey($0.key).sameTitle(as: key) }?.value
    }

    /// The route of a Handlungsfeld (or the default route), as configured.
    public func route(field: String?) -> [CouncilSettings.RouteStep] {
        field.flatMap { settings.routes[$0] } ?? settings.defaultRoute
    }

    /// The Beratungsfolge of a paper of `kind` dated `date`: the route's committees, each at its first meeting
    /// after the previous step (the first after the paper's date; nil, "Termin offen", when the calendar has
    /// none, and then for every later step). A Mitteilungsvorlage goes to every committee for Kenntnisnahme; a Beschlussvorlage keeps the
    /// route's roles (Vorberatung, then Entscheidung).
    public func consultation(field: String?, kind: String, after date: String) -> [ConsultationStep] {
        var last: String? = date
        return route(field: field).map { step in
            let meetings = settings.committees.first { $0.name == step.committee }?.meetings.sorted() ?? []
            // After an open step, every later one is open too (it cannot be dated before the earlier one).
            let next = last.flatMap { previous in meetings.first { $0 > previous } }
            last = next
            return ConsultationStep(date: next, committee: step.committee, role: kind == "mitteilungsvorlage" ? ConsultationStep.acknowledgement : step.role)
        }
    }
}
