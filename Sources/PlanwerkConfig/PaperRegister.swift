import Foundation
import PlanwerkText

/// The office's register of council papers (inputs/vorlagen-register.json): every Vorlagen-Nr. ever given,
/// for which recommendation and kind of paper, and the paper's date. A number is given once per
/// (meeting, recommendation, kind) and never again; the date is fixed when the number is given. The clerk
/// may add the budget facts a protocol does not hold (Haushaltsjahr, Deckung) to an entry.
public struct PaperRegister: Sendable, Equatable {
    /// One given Vorlagen-Nr.
    public struct Entry: Codable, Sendable, Equatable {
        /// The Vorlagen-Nr. as written on the paper ("MV/2023/040").
        public var number: String
        /// The kind of paper ("mitteilungsvorlage", "beschlussvorlage").
        public var kind: String
        /// The year in the number.
        public var year: Int
        /// The running number within kind and year.
        public var serial: Int
        /// The meeting record's id.
        public var meeting: String
        /// The recommendation's title when the number was given.
        public var recommendation: String
        /// The paper's date, "YYYY-MM-DD".
        public var date: String
        /// Haushaltsjahr, entered by the office.
        public var budgetYear: String?
        /// Deckung (how the money is covered), entered by the office.
        public var coverage: String?

        public init(number: String, kind: String, year: Int, serial: Int, meeting: String, recommendation: String, date: String,
                    budgetYear: String? = nil, coverage: String? = nil) {
            self.number = number
            self.kind = kind
            self.year = year
            self.serial = serial
            self.meeting = meeting
            self.recommendation = recommendation
            self.date = date
            self.budgetYear = budgetYear
            self.coverage = coverage
        }

        enum CodingKeys: String, CodingKey {
            case number = "nummer", kind = "art", year = "jahr", serial = "laufendeNummer", meeting = "sitzung",
                 recommendation = "empfehlung", date = "datum", budgetYear = "haushaltsjahr", coverage = "deckung"
        }

        /// Writes every key, the office's empty fields as null (so the clerk sees where to enter them).
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(kind, forKey: .kind)
            try c.encode(year, forKey: .year)
            try c.encode(serial, forKey: .serial)
            try c.encode(meeting, forKey: .meeting)
            try c.encode(recommendation, forKey: .recommendation)
            try c.encode(date, forKey: .date)
            try c.encode(budgetYear, forKey: .budgetYear)
            try c.encode(coverage, forKey: .coverage)
        }
    }

    /// The entries in the order they were given.
    public var entries: [Entry]

    /// The register's file name in inputs/.
    public static let fileName = "vorlagen-register.json"

    public init(entries: [Entry] = []) { self.entries = entries }

    /// The register of the inputs folder; an empty register when the file does not exist yet.
    public static func load(inputs: String) throws -> PaperRegister {
        let path = (inputs as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return PaperRegister() }
        let file = try ConfigJSON.decode(File.self, from: path)
        let problems = problems(file.vorlagen)
        if !problems.isEmpty { throw ConfigError(file: path, problems: problems) }
        return PaperRegister(entries: file.vorlagen)
    }

    /// What makes a register unusable: a number given twice, a date that is not a calendar date.
    static func problems(_ entries: [Entry]) -> [String] {
        var problems: [String] = []
        var seen: Set<String> = []
        for (i, e) in entries.enumerated() {
            if !seen.insert(e.number).inserted { problems.append("Vorlagen-Nr. „\(e.number)“ ist mehrfach vergeben (bei vorlagen.\(i))") }
            if GermanDate.validISO(e.date) == nil { problems.append("„\(e.date)“ ist kein Datum JJJJ-MM-TT (bei vorlagen.\(i).datum)") }
        }
        return problems
    }

    /// The entry of a paper: same kind and meeting, and the same recommendation (titles compared by `sameTitle`).
    public func entry(kind: String, meeting: String, sameTitle: (String) -> Bool) -> Entry? {
        entries.first { $0.kind == kind && $0.meeting == meeting && sameTitle($0.recommendation) }
    }

    /// The next running number of a kind in a year: one above every number given so far, at least `start`.
    public func nextSerial(kind: String, year: Int, start: Int) -> Int {
        let used = entries.filter { $0.kind == kind && $0.year == year }.map(\.serial)
        return max(start, (used.max() ?? (start - 1)) &+ 1)
    }

    /// The file's text: two-space indented JSON with sorted keys, one entry per paper.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(File(vorlagen: entries))) ?? Data("{\"vorlagen\":[]}".utf8)) + Data("\n".utf8)
    }

    struct File: Codable {
        var vorlagen: [Entry]
    }
}
