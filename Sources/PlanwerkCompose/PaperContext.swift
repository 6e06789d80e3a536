import PlanwerkConfig
import PlanwerkModel

/// Everything one council paper is composed from.
public struct PaperContext: Sendable {
    /// The meeting record the recommendation comes from.
    public var record: MeetingRecord
    /// The recommendation.
    public var recommendation: Recommendation
    /// The Handlungsfeld (from the record or the assignment file), nil when unknown.
    public var field: String?
    /// The strategic goals catalogue, for the goals' texts.
    public var catalog: StrategicGoalCatalog?
    /// The paper's register entry (Vorlagen-Nr., date, Haushaltsjahr and Deckung from the office).
    public var entry: PaperRegister.Entry
    /// The Beratungsfolge of this paper.
    public var consultation: [ConsultationStep]
    /// The configured route of the Handlungsfeld (who deliberates, who decides), whatever the kind of paper.
    public var route: [CouncilSettings.RouteStep]
    /// The office settings (Federführend, Beteiligt, Bearbeitung, Status, Kreis, signature).
    public var office: CouncilSettings.Office

    /// Creates a context.
    public init(record: MeetingRecord, recommendation: Recommendation, field: String?, catalog: StrategicGoalCatalog?, entry: PaperRegister.Entry,
                consultation: [ConsultationStep], route: [CouncilSettings.RouteStep], office: CouncilSettings.Office) {
        self.record = record
        self.recommendation = recommendation
        self.field = field
        self.catalog = catalog
        self.entry = entry
        self.consultation = consultation
        self.route = route
        self.office = office
    }

    /// The Vorlagen-Nr.
    public var number: String { entry.number }
    /// The paper's date, "YYYY-MM-DD".
    public var date: String { entry.date }

    /// The error-level findings about this recommendation.
    public var errorFindings: [Finding] {
        record.findings.filter { $0.severity == .error && $0.recommendation == recommendation.title }
    }
}
