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
    /// The Vorlagen-Nr.
    public var number: String
    /// The paper's date, "YYYY-MM-DD".
    public var date: String
    /// The Beratungsfolge.
    public var consultation: [ConsultationStep]
    /// The office settings (Federführend, Beteiligt, Bearbeitung, Status, Kreis).
    public var office: CouncilSettings.Office
    /// Write gaps as "[FEHLT: …]" instead of refusing.
    public var draft: Bool

    /// Creates a context.
    public init(record: MeetingRecord, recommendation: Recommendation, field: String?, catalog: StrategicGoalCatalog?, number: String,
                date: String, consultation: [ConsultationStep], office: CouncilSettings.Office, draft: Bool) {
        self.record = record
        self.recommendation = recommendation
        self.field = field
        self.catalog = catalog
        self.number = number
        self.date = date
        self.consultation = consultation
        self.office = office
        self.draft = draft
    }

    /// The error-level findings about this recommendation.
    public var errorFindings: [Finding] {
        record.findings.filter { $0.severity == .error && $0.recommendation == recommendation.title }
    }
}
