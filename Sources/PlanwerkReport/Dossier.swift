/// The annual Planungsdossier as data: what the composer found in the records for one Fokus year, in
/// the Kreis's outline. Writers render it as an interactive HTML page, or (via `reportDocument`) as ODT
/// and Markdown.
public struct Dossier: Sendable, Hashable {
    /// A sozialpolitischer Zielvorschlag with its votes.
    public struct Goal: Sendable, Hashable {
        public var title: String
        public var agree: Int?
        public var disagree: Int?
        public var comments: [String]
        public init(title: String, agree: Int?, disagree: Int?, comments: [String]) {
            self.title = title
            self.agree = agree
            self.disagree = disagree
            self.comments = comments
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
        public var comments: [String]
        /// Detail form rows (label, value), empty when the sources have none.
        public var details: [(label: String, value: String)]
        /// Why it was not taken in, for those not taken in.
        public var reason: String?
        public var sources: [String]

        public init(id: String, title: String, field: String, relevance: String, relevanceKey: String, year: Int?, status: String,
                    meetingDate: String, comments: [String], details: [(label: String, value: String)], reason: String?, sources: [String]) {
            self.id = id
            self.title = title
            self.field = field
            self.relevance = relevance
            self.relevanceKey = relevanceKey
            self.year = year
            self.status = status
            self.meetingDate = meetingDate
            self.comments = comments
            self.details = details
            self.reason = reason
            self.sources = sources
        }

        public static func == (a: Entry, b: Entry) -> Bool { a.id == b.id && a.title == b.title && a.details.map(\.value) == b.details.map(\.value) }
        public func hash(into hasher: inout Hasher) { hasher.combine(id) }
    }

    /// An open validation finding.
    public struct OpenFinding: Sendable, Hashable {
        public var severity: String
        public var recommendation: String
        public var message: String
        public init(severity: String, recommendation: String, message: String) {
            self.severity = severity
            self.recommendation = recommendation
            self.message = message
        }
    }

    public var year: Int
    public var title: String
    public var kreis: String
    public var foreword: String
    public var goals: [Goal]
    public var takenIn: [Entry]
    public var notTakenIn: [Entry]
    public var earlier: [Entry]
    public var findings: [OpenFinding]
    /// Sources: "file (kind, sha256 prefix) – Sitzung date".
    public var sources: [String]
    /// The document date, "YYYY-MM-DD".
    public var date: String

    public init(year: Int, title: String, kreis: String, foreword: String, goals: [Goal], takenIn: [Entry], notTakenIn: [Entry],
                earlier: [Entry], findings: [OpenFinding], sources: [String], date: String) {
        self.year = year
        self.title = title
        self.kreis = kreis
        self.foreword = foreword
        self.goals = goals
        self.takenIn = takenIn
        self.notTakenIn = notTakenIn
        self.earlier = earlier
        self.findings = findings
        self.sources = sources
        self.date = date
    }

    /// The fields of the taken-in recommendations in order, "ohne Zuordnung" last.
    public var fields: [String] {
        let names = Set(takenIn.map(\.field))
        return names.filter { $0 != Dossier.unassigned }.sorted() + (names.contains(Dossier.unassigned) ? [Dossier.unassigned] : [])
    }

    /// The group name of recommendations without a Handlungsfeld.
    public static let unassigned = "ohne Zuordnung"
}
