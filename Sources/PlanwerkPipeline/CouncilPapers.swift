import Foundation
import PlanwerkCompose
import PlanwerkConfig
import PlanwerkModel
import PlanwerkReport
import PlanwerkText

/// Council papers from records: which papers, their numbers and routes, refused or drafted where
/// required data is missing, composed from the template and written in the chosen formats.
public struct CouncilPapers: Sendable {
    /// The Kreis's settings.
    public let settings: CouncilSettings
    /// The template of the paper kind.
    public let template: CouncilTemplate
    /// The kind key ("mitteilungsvorlage", "beschlussvorlage").
    public let kind: String
    /// The strategic goals catalogue.
    public let catalog: StrategicGoalCatalog?
    /// The date new papers get, "YYYY-MM-DD" (papers in the register keep theirs).
    public let date: String

    /// Creates the generator.
    public init(settings: CouncilSettings, template: CouncilTemplate, kind: String, catalog: StrategicGoalCatalog?, date: String) {
        self.settings = settings
        self.template = template
        self.kind = kind
        self.catalog = catalog
        self.date = date
    }

    /// The generator of a paper kind from an inputs folder (vorlagen.json, gremien.json, handlungsfelder.json,
    /// templates/<kind>.xml); throws `ConfigError` naming the file and the problem.
    public static func load(inputs: String, kind: String, catalog: StrategicGoalCatalog?, date: String) throws -> CouncilPapers {
        let settings = try CouncilSettings.load(inputs: inputs)
        let template = try TemplateLoader.load((inputs as NSString).appendingPathComponent("templates/\(kind).xml"))
        return CouncilPapers(settings: settings, template: template, kind: kind, catalog: catalog, date: date)
    }

    /// One paper: the composed document (a draft when `missing` is not empty), or nil when it was refused
    /// for what it lacks.
    public struct Paper: Sendable {
        public var planned: PlannedPaper
        public var document: ReportDocument?
        /// What the paper lacks ("Mitteleinsatz", "Ausgangslage", a finding's message).
        public var missing: [String]
        /// The file name without extension: "MV-2023-040-sprachstandserhebung-…".
        public var fileName: String {
            let slug = String(Slug.make(planned.recommendation.title).prefix(60))
            // Only ASCII letters, digits, "-" and "_" from the number: never a hidden file, never a path.
            var number = String(planned.number.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") ? Character($0) : "-" })
            while number.hasPrefix("-") { number.removeFirst() }
            return (number.isEmpty ? "vorlage" : number) + "-" + slug
        }
        /// True when the paper is written and final (no gap).
        public var isFinal: Bool { document != nil && missing.isEmpty }
    }

    /// The papers of `records`: those taken into the dossier, or only the ones whose titles match `only`
    /// (in `only` record, if given), numbered from `register`. A paper that lacks something is refused
    /// unless `draft`. Returns the register with the numbers given now.
    public func papers(_ records: [MeetingRecord], only fragment: String? = nil, in record: MeetingRecord? = nil, draft: Bool,
                       register: PaperRegister) -> (papers: [Paper], register: PaperRegister) {
        var named: [(recordID: String, title: String)] = []
        if let fragment {
            for r in record.map({ [$0] }) ?? records {
                for rec in r.recommendations where Self.matches(rec.title, fragment) { named.append((r.id, rec.title)) }
            }
        }
        let planner = PaperPlanner(settings: settings)
        let (planned, updated) = planner.plan(records, kind: kind, selected: { r, rec in
            if fragment != nil { return named.contains { $0.recordID == r.id && $0.title == rec.title } }
            return (record == nil || r.id == record?.id) && PaperPlanner.takenIntoDossier(r, rec)
        }, register: register, date: date)
        let papers = planned.map { p -> Paper in
            let field = planner.field(of: p.recommendation)
            let context = PaperContext(record: p.record, recommendation: p.recommendation, field: field, catalog: catalog, entry: p.entry,
                                       consultation: planner.consultation(field: field, kind: kind, after: p.date),
                                       route: planner.route(field: field), office: settings.office)
            let composed = CouncilPaperComposer().compose(template, context)
            if !composed.gaps.isEmpty && !draft { return Paper(planned: p, document: nil, missing: composed.gaps) }
            return Paper(planned: p, document: composed.document, missing: composed.gaps)
        }
        return (papers, updated)
    }

    /// True when the title contains the fragment (case and punctuation aside) or is the same title.
    static func matches(_ title: String, _ fragment: String) -> Bool {
        let t = TitleKey(title), f = TitleKey(fragment)
        return t.normalized.contains(f.normalized) || t.sameTitle(as: f)
    }

    /// The latest SOURCE_DATE_EPOCH taken: 9999-12-31 23:59:59 UTC (dates have four-digit years).
    static let latestEpoch = 253_402_300_799

    /// SOURCE_DATE_EPOCH (whole seconds since 1970, as reproducible builds define it), nil when unset; a German
    /// message when it is set to anything else ("nan", "-1", "1e9", a year beyond 9999).
    public static func sourceDateEpoch(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<Int?, InputFailure> {
        guard let text = environment["SOURCE_DATE_EPOCH"] else { return .success(nil) }
        guard !text.isEmpty, text.utf8.count <= 12, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let seconds = Int(text), seconds <= latestEpoch else {
            return .failure(InputFailure(file: "SOURCE_DATE_EPOCH", cause: .invalidEnvironment(variable: "SOURCE_DATE_EPOCH", value: text,
                                                                                             expected: "ganze Sekunden seit dem 1.1.1970, höchstens \(latestEpoch)")))
        }
        return .success(seconds)
    }

    /// The moment for generated documents and review entries, "YYYY-MM-DDTHH:MM:SSZ": SOURCE_DATE_EPOCH when set, else now.
    public static func documentTimestamp(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let epoch = (try? sourceDateEpoch(environment: environment).get()) ?? nil
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: epoch.map { Date(timeIntervalSince1970: TimeInterval($0)) } ?? Date())
    }

    /// The date for generated documents: SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC).
    /// An invalid SOURCE_DATE_EPOCH counts as unset here; the CLI refuses it before any work starts.
    public static func documentDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        String(documentTimestamp(environment: environment).prefix(10))
    }
}
