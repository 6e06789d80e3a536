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
    /// The template of the paper type.
    public let template: CouncilTemplate
    /// The type key ("mitteilungsvorlage", "beschlussvorlage").
    public let type: String
    /// The strategic goals catalogue.
    public let catalog: StrategicGoalCatalog?
    /// The papers' date, "YYYY-MM-DD".
    public let date: String

    /// Creates the generator.
    public init(settings: CouncilSettings, template: CouncilTemplate, type: String, catalog: StrategicGoalCatalog?, date: String) {
        self.settings = settings
        self.template = template
        self.type = type
        self.catalog = catalog
        self.date = date
    }

    /// One paper: the composed document, or the refusal with the findings that block it.
    public struct Paper: Sendable {
        public var planned: PlannedPaper
        public var document: ReportDocument?
        public var refusal: [Finding]
        /// The file name without extension: "MV-2023-040-sprachstandserhebung-…".
        public var fileName: String {
            let slug = String(Slug.make(planned.recommendation.title).prefix(60))
            // Only ASCII letters, digits, "-" and "_" from the number: never a hidden file, never a path.
            var number = String(planned.number.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") ? Character($0) : "-" })
            while number.hasPrefix("-") { number.removeFirst() }
            return (number.isEmpty ? "vorlage" : number) + "-" + slug
        }
    }

    /// The papers of `records`: those taken into the dossier, or only the ones whose titles match `only`
    /// (in `only` record, if given). Error findings refuse a paper unless `draft`.
    public func papers(_ records: [MeetingRecord], only fragment: String? = nil, in record: MeetingRecord? = nil, draft: Bool) -> [Paper] {
        var named: [(recordID: String, title: String)] = []
        if let fragment {
            for r in record.map({ [$0] }) ?? records {
                for rec in r.recommendations where Self.matches(rec.title, fragment) { named.append((r.id, rec.title)) }
            }
        }
        let planner = PaperPlanner(settings: settings)
        var planned = planner.plan(records, type: type, named: named)
        if fragment != nil { planned = planned.filter { p in named.contains { $0.recordID == p.record.id && $0.title == p.recommendation.title } } }
        else if let record { planned = planned.filter { $0.record.id == record.id } }
        return planned.map { p in
            let field = planner.field(of: p.recommendation)
            let context = PaperContext(record: p.record, recommendation: p.recommendation, field: field, catalog: catalog, number: p.number,
                                       date: date, consultation: planner.consultation(field: field, after: p.record.date),
                                       office: settings.office, draft: draft)
            let blocking = context.errorFindings
            if !blocking.isEmpty && !draft { return Paper(planned: p, document: nil, refusal: blocking) }
            return Paper(planned: p, document: CouncilPaperComposer().compose(template, context), refusal: [])
        }
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

    /// The date for generated documents: SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC).
    /// An invalid SOURCE_DATE_EPOCH counts as unset here; the CLI refuses it before any work starts.
    public static func documentDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let epoch = (try? sourceDateEpoch(environment: environment).get()) ?? nil
        let seconds = epoch.map(TimeInterval.init) ?? Date().timeIntervalSince1970
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}
