/// The annual Planungsdossier as data: what the composer found in the records for one Fokus year, in
/// the Kreis's outline. Writers render it as an interactive HTML page, or (via `reportDocument`) as ODT
/// and Markdown.
public struct Dossier: Sendable, Hashable {
    /// A sozialpolitischer Zielvorschlag with its votes (participants' sticky notes are not part of the dossier).
    public struct Goal: Sendable, Hashable {
        public var title: String
        public var agree: Int?
        public var disagree: Int?
        public init(title: String, agree: Int?, disagree: Int?) {
            self.title = title
            self.agree = agree
            self.disagree = disagree
        }
    }

    /// A recommendation of the dossier (taken in, not taken in, or earlier).
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var title: String
        public var field: String
        /// The relevance label ("in hohem Maße steuerungsrelevant"), "" when not assessed.
        public var relevance: String
        /// "high", "relevant", "low" or "" (for filters).
        public var relevanceKey: String
        public var year: Int?
        public var status: String
        public var meetingDate: String
        /// Detail form rows (label, value) with a value, empty when the sources have none.
        public var details: [(label: String, value: String)]
        /// Why it was not taken in, for those not taken in.
        public var reason: String?

        public init(id: String, title: String, field: String, relevance: String, relevanceKey: String, year: Int?, status: String,
                    meetingDate: String, details: [(label: String, value: String)], reason: String?) {
            self.id = id
            self.title = title
            self.field = field
            self.relevance = relevance
            self.relevanceKey = relevanceKey
            self.year = year
            self.status = status
            self.meetingDate = meetingDate
            self.details = details
            self.reason = reason
        }

        public static func == (a: Entry, b: Entry) -> Bool { a.id == b.id && a.title == b.title && a.details.map(\.value) == b.details.map(\.value) }
        public func hash(into hasher: inout Hasher) { hasher.combine(id) }
    }

    public var year: Int
    public var title: String
    public var kreis: String
    /// The Vorwort; nil when the office has not written one (the dossier is then a draft).
    public var foreword: String?
    public var goals: [Goal]
    /// The steering group's conclusions on the goal proposals.
    public var conclusions: [String]
    public var takenIn: [Entry]
    public var notTakenIn: [Entry]
    /// Earlier years' recommendations with their status as it stood at this year's meetings.
    public var earlier: [Entry]
    /// The meetings the dossier was made from ("Protokoll der Sitzung der … vom 13. Mai 2022"). Files,
    /// provenance and findings are for the Prüfbericht, not for the public dossier.
    public var sources: [String]
    /// The document date, "YYYY-MM-DD".
    public var date: String

    public init(year: Int, title: String, kreis: String, foreword: String?, goals: [Goal], conclusions: [String] = [], takenIn: [Entry],
                notTakenIn: [Entry], earlier: [Entry], sources: [String], date: String) {
        self.year = year
        self.title = title
        self.kreis = kreis
        self.foreword = foreword
        self.goals = goals
        self.conclusions = conclusions
        self.takenIn = takenIn
        self.notTakenIn = notTakenIn
        self.earlier = earlier
        self.sources = sources
        self.date = date
    }

    /// The fields of the taken-in recommendations in order, "ohne Zuordnung" last.
    public var fields: [String] {
        let names = Set(takenIn.map(\.field))
        return names.filter { $0 != Dossier.unassigned }.sorted() + (names.contains(Dossier.unassigned) ? [Dossier.unassigned] : [])
    }

    /// The meetings it is made from that are not released yet ("Freigabe der Sitzung vom …").
    public var unreleased: [String] = []

    /// What the dossier lacks to be final: a Vorwort, the release of its meetings.
    public var missing: [String] { (foreword == nil ? ["Vorwort (inputs/dossier-vorwort.txt)"] : []) + unreleased }

    /// The group name of recommendations without a Handlungsfeld.
    public static let unassigned = "ohne Zuordnung"
}
